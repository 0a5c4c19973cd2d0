import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { storybookTest } from "@storybook/addon-vitest/vitest-plugin";
import react from "@vitejs/plugin-react";
import { playwright } from "@vitest/browser-playwright";
import type { Plugin } from "vite";
import { defineConfig } from "vitest/config";
import { ariaSnapshot, emulateMedia, printToPdf, renderInNode } from "./test/support/browser-commands.js";
import { chromiumArgs, findChromium } from "./test/support/chromium.js";
import { bundledCss, layeredCss, stylesheetFiles } from "./test/support/stylesheet.js";

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const pkg = JSON.parse(readFileSync(here("package.json"), "utf8")) as {
  version: string;
  dependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
};

const CSS_MODULE = "virtual:recap-kit/styles";

const STYLES_DECLARATION = `/** recap-kit's style sheet: import it once, for its side effect (\`import "recap-kit/styles.css"\`). */
export {};
`;

/**
 * Emits dist/styles.css, every component's CSS bundled into one file, and dist/styles.layer.css,
 * the same inside a cascade layer. Components never import CSS, so dist/index.js stays importable
 * by plain Node for server rendering. The static renderer gets the same CSS as a string, to inline
 * it into standalone pages.
 */
function recapKitStyles(): Plugin {
  return {
    name: "recap-kit:styles",
    resolveId(id) {
      return id === CSS_MODULE ? `\0${CSS_MODULE}` : undefined;
    },
    load(id) {
      if (id !== `\0${CSS_MODULE}`) return undefined;
      for (const file of stylesheetFiles()) this.addWatchFile(file);
      return `export default ${JSON.stringify(bundledCss())};`;
    },
    generateBundle() {
      if (!this.environment?.config.build.lib) return;
      const css = bundledCss();
      this.emitFile({ type: "asset", fileName: "styles.css", source: css });
      this.emitFile({ type: "asset", fileName: "styles.layer.css", source: layeredCss(css) });
      // TypeScript 5.x and 7 refuse a side-effect import of a module they cannot type (TS2882).
      this.emitFile({ type: "asset", fileName: "styles.css.d.ts", source: STYLES_DECLARATION });
    },
  };
}

/** Emits dist/client.d.ts, the types of recap files imported through the plugin or the loader (recap-kit/client). */
function recapKitClientTypes(): Plugin {
  return {
    name: "recap-kit:client-types",
    generateBundle() {
      if (!this.environment?.config.build.lib) return;
      this.emitFile({ type: "asset", fileName: "client.d.ts", source: readFileSync(here("src/client.d.ts"), "utf8") });
    },
  };
}

/**
 * `#render-cache` from source wherever recap-kit is not being built into dist (tests, Storybook):
 * package.json's "imports" point into dist, which a fresh clone has not built yet. A browser gets
 * the module a reader's browser gets (nothing kept); the unit tests get the server's (their own alias).
 */
function renderCacheFromSource(): Plugin {
  let library = false;
  return {
    name: "recap-kit:render-cache-source",
    enforce: "pre",
    configResolved(config) {
      library = config.command === "build" && Boolean(config.build.lib);
    },
    resolveId(id) {
      if (id !== "#render-cache" || library) return undefined;
      const browser = this.environment?.config.consumer === "client";
      return here(`src/components/RecapArticle/${browser ? "renderCache.browser.ts" : "renderCache.tsx"}`);
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
  plugins: [react(), recapKitStyles(), recapKitClientTypes(), renderCacheFromSource()],
  define: { __RECAP_KIT_VERSION__: JSON.stringify(pkg.version) },
  build: {
    lib: {
      entry: {
        index: here("src/index.ts"),
        static: here("src/static/index.ts"),
        embed: here("src/embed/index.ts"),
        markdown: here("src/markdown/index.ts"),
        import: here("src/import/index.ts"),
        cli: here("src/cli/main.ts"),
        vite: here("src/vite/index.ts"),
        webpack: here("src/webpack/index.ts"),
        "labels/index": here("src/labels/index.ts"),
        "labels/en": here("src/labels/en.ts"),
        "labels/de": here("src/labels/de.ts"),
        "labels/fr": here("src/labels/fr.ts"),
        "labels/nl": here("src/labels/nl.ts"),
        "labels/es": here("src/labels/es.ts"),
        "labels/ja": here("src/labels/ja.ts"),
        "labels/ar": here("src/labels/ar.ts"),
        // `#render-cache` (package.json "imports"): the server's module and the browser's, each
        // emitted, one picked by the app's bundler; in dist they stay an import of "#render-cache".
        "components/RecapArticle/renderCache": here("src/components/RecapArticle/renderCache.tsx"),
        "components/RecapArticle/renderCache.browser": here("src/components/RecapArticle/renderCache.browser.ts"),
      },
      formats: ["es"],
    },
    target: "es2022",
    minify: false,
    emptyOutDir: true,
    rolldownOptions: {
      external: (id) => id.startsWith("node:") || id.startsWith("#") || external.some((name) => id === name || id.startsWith(`${name}/`)),
      output: {
        banner: (chunk) => (chunk.name === "cli" ? "#!/usr/bin/env node" : ""),
        // One file per source module (dist/components/SessionCard/SessionCard.js …), as in src/: an
        // app's bundler then splits recap-kit by route like its own code, so a route with a
        // SessionCard loads the card's modules and not the article's, and a Client Component never
        // reaches the parser's modules (checked by test/bench/size.js on dist/).
        preserveModules: true,
        preserveModulesRoot: here("src"),
        entryFileNames: "[name].js",
      },
    },
  },
  test: {
    projects: [
      {
        extends: true,
        // The unit tests render as a server does (the CLI, the static page): with the server's cache.
        resolve: { alias: [{ find: /^#render-cache$/, replacement: here("src/components/RecapArticle/renderCache.tsx") }] },
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
          // Screenshots wait up to 30 s for a stable capture on a loaded machine (visual.test.tsx).
          testTimeout: 60_000,
          browser: {
            ...browser(),
            viewport: { width: 1024, height: 768 },
            // Keeps test/browser/__screenshots__ for the committed visual baselines only.
            screenshotFailures: false,
            commands: { ariaSnapshot, emulateMedia, printToPdf, renderInNode },
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
        // A whole recap page with axe takes seconds on a loaded machine of two cores (15 s is the default).
        test: { name: `storybook:${theme}`, browser: browser(), testTimeout: 60_000 },
      })),
    ],
  },
});
