// @ts-check
import react from "@astrojs/react";
import { defineConfig } from "astro/config";
import recap from "recap-kit/vite";

// A static Astro blog; React renders recap-kit on the server at build time, with no client JavaScript.
// The recap is a Markdown file, checked and parsed by recap-kit's Vite plugin when the site is built.
export default defineConfig({
  integrations: [react()],
  vite: { plugins: [recap()] },
  telemetry: false,
});
