import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { storybookTest } from "@storybook/addon-vitest/vitest-plugin";
import react from "@vitejs/plugin-react";
import { playwright } from "@vitest/browser-playwright";
import { browserslistToTargets, bundle } from "lightningcss";
import type { Plugin } from "vite";
import { defineConfig } from "vitest/config";
import { emulateMedia, printToPdf } from "./test/support/browser-commands.js";
import { chromiumArgs, findChromium } from "./test/support/chromium.js";

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const pkg = JSON.parse(readFileSync(here("package.json"), "utf8")) as {
  version: string;
  dependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
};

// Browsers that have @layer, :where(), container queries, logical properties and light-dark().
const cssTargets = browserslistToTargets(["chrome >= 123", "edge >= 123", "firefox >= 128", "safari >= 17.5"]);

function bundledCss(): string {
  return new TextDecoder().decode(bundle({ filename: here("src/styles.css"), minify: true, targets: cssTargets }).code);
}

const CSS_MODULE = "virtual:recap-kit/styles";

/**
 * Emits dist/styles.css: every component's CSS bundled into one file. Components never import
 * CSS, so dist/index.js stays importable by plain Node for server rendering. The static renderer
 * gets the same CSS as a string, to inline it into standalone pages.
 */
function recapKitStyles(): Plugin {
  return {
    name: "recap-kit:styles",
    resolveId(id) {
      return id === CSS_MODULE ? `\0${CSS_MODULE}` : undefined;
    },
    load(id) {
      if (id !== `\0${CSS_MODULE}`) return undefined;
      for (const file of bundle({ filename: here("src/styles.css"), targets: cssTargets }).dependencies ?? []) {
        if (file.type === "import") this.addWatchFile(file.url);
      }
      return `export default ${JSON.stringify(bundledCss())};`;
    },
    generateBundle() {
      if (this.environment?.config.build.lib) this.emitFile({ type: "asset", fileName: "styles.css", source: bundledCss() });
    },
  };
}

const external = [...Object.keys(pkg.dependencies ?? {}), ...Object.keys(pkg.peerDependencies ?? {})];

const chromium = await findChromium();
// A fresh object per project: Vitest writes into the instances it is given.
const browser = () => ({
  enabled: true,
  headless: true,
  provider: playwright({ launchOptions: { ...(chromium ? { executablePath: chromium } : {}), args: chromiumArgs } }),
  instances: [{ browser: "chromium" as const }],
});

export default defineConfig({
  plugins: [react(), recapKitStyles()],
  define: { __RECAP_KIT_VERSION__: JSON.stringify(pkg.version) },
  build: {
    lib: {
      entry: {
        index: here("src/index.ts"),
        static: here("src/static/index.ts"),
        markdown: here("src/markdown/index.ts"),
        import: here("src/import/index.ts"),
        cli: here("src/cli/main.ts"),
      },
      formats: ["es"],
    },
    target: "es2022",
    minify: false,
    emptyOutDir: true,
    rolldownOptions: {
      external: (id) => id.startsWith("node:") || external.some((name) => id === name || id.startsWith(`${name}/`)),
      output: {
        banner: (chunk) => (chunk.name === "cli" ? "#!/usr/bin/env node" : ""),
        chunkFileNames: "chunks/[name]-[hash].js",
      },
    },
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          environment: "jsdom",
          include: ["test/**/*.test.{ts,tsx}"],
          exclude: ["test/browser/**"],
          setupFiles: ["test/support/setup-unit.ts"],
          // Property-based tests run hundreds of cases; CI shares two cores with a browser.
          testTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: "browser",
          include: ["test/browser/**/*.test.{ts,tsx}"],
          browser: {
            ...browser(),
            viewport: { width: 1024, height: 768 },
            // Keeps test/browser/__screenshots__ for the committed visual baselines only.
            screenshotFailures: false,
            commands: { emulateMedia, printToPdf },
            expect: {
              toMatchScreenshot: {
                comparatorName: "pixelmatch",
                comparatorOptions: { threshold: 0.2, allowedMismatchedPixels: 20 },
              },
            },
          },
        },
      },
      ...(["light", "dark"] as const).map((theme) => ({
        extends: true as const,
        plugins: [storybookTest({ configDir: here(".storybook"), initialGlobals: { theme } })],
        test: { name: `storybook:${theme}`, browser: browser() },
      })),
    ],
  },
});
