// @ts-check
import react from "@astrojs/react";
import { defineConfig } from "astro/config";

// A static Astro blog; React renders recap-kit on the server at build time, with no client JavaScript.
export default defineConfig({
  integrations: [react()],
  telemetry: false,
});
