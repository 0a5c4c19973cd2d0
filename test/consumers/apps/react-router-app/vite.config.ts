import { reactRouter } from "@react-router/dev/vite";
import recap from "recap-kit/vite";
import { defineConfig } from "vite";

export default defineConfig({
  plugins: [recap(), reactRouter()],
});
