import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

// Vite's defaults (targets, CSS minifier) as `npm create vite` leaves them. The one addition puts
// recap-kit (and clsx, its only dependency) in a chunk of its own, to measure what it adds.
export default defineConfig({
  plugins: [react()],
  build: {
    rolldownOptions: {
      output: {
        codeSplitting: { groups: [{ name: "recap-kit", test: /[\\/]node_modules[\\/](recap-kit|clsx)[\\/]/ }] },
      },
    },
  },
});
