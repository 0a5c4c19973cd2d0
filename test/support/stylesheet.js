// How recap-kit's one style sheet is built: shared by vite.config.ts (which ships it) and the CSS
// tests (which check what ships), so the two cannot drift apart.
import { fileURLToPath } from "node:url";
import { browserslistToTargets, bundle } from "lightningcss";

export const STYLES_ENTRY = fileURLToPath(new URL("../../src/styles.css", import.meta.url));

// The browsers Vite 8 and Next.js build for by default ("baseline widely available"): what
// recap-kit ships needs no further lowering there, so a consumer's build leaves it as it is.
export const cssTargets = browserslistToTargets(["chrome >= 111", "edge >= 111", "firefox >= 114", "safari >= 16.4"]);

/** @returns {string} every component's CSS in one minified, unlayered sheet: dist/styles.css */
export function bundledCss() {
  return new TextDecoder().decode(bundle({ filename: STYLES_ENTRY, minify: true, targets: cssTargets }).code);
}

/**
 * The same rules in the `recap-kit` cascade layer, for apps that order their layers (Tailwind v4):
 * dist/styles.layer.css.
 * @param {string} css
 */
export function layeredCss(css) {
  return `@layer recap-kit{${css}}`;
}

/** @returns {string[]} the files the sheet is made of, for a dev server to watch */
export function stylesheetFiles() {
  return (bundle({ filename: STYLES_ENTRY, targets: cssTargets }).dependencies ?? [])
    .filter((dependency) => dependency.type === "import")
    .map((dependency) => dependency.url);
}
