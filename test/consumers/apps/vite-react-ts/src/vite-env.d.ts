/// <reference types="vite/client" />
/// <reference types="recap-kit/client" />
