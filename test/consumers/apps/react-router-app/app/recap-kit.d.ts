/// <reference types="recap-kit/client" />
