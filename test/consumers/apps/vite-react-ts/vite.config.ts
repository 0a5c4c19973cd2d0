import react from "@vitejs/plugin-react";
import recap from "recap-kit/vite";
import { defineConfig } from "vite";

// Vite's defaults (targets, CSS minifier) as `npm create vite` leaves them, with recap-kit's plugin:
// `import recap from "./kubecon.recap.md"` gives the recap parsed at build time. The one addition
// for measuring puts the recap's data in a chunk of its own, so that what recap-kit adds to a
// route can be told from the data it shows.
export default defineConfig({
  plugins: [react(), recap()],
  build: {
    rolldownOptions: {
      output: {
        codeSplitting: { groups: [{ name: "recap-data", test: /\.recap\.md/ }] },
      },
    },
  },
});
