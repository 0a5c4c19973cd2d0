import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { storybookTest } from "@storybook/addon-vitest/vitest-plugin";
import react from "@vitejs/plugin-react";
import { playwright } from "@vitest/browser-playwright";
import { browserslistToTargets, bundle } from "lightningcss";
import type { Plugin } from "vite";
import { defineConfig } from "vitest/config";
import { chromiumArgs, findChromium } from "./test/support/chromium.js";

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const pkg = JSON.parse(readFileSync(here("package.json"), "utf8")) as {
  dependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
};

// Browsers that have @layer, :where(), container queries and logical properties.
const cssTargets = browserslistToTargets(["chrome >= 111", "edge >= 111", "firefox >= 128", "safari >= 16.4"]);

/**
 * Emits dist/styles.css: every component's CSS bundled into one file. Components never import
 * CSS, so dist/index.js stays importable by plain Node for server rendering.
 */
function recapKitStyles(): Plugin {
  return {
    name: "recap-kit:styles",
    apply: "build",
    generateBundle() {
      const { code } = bundle({ filename: here("src/styles.css"), minify: true, targets: cssTargets });
      this.emitFile({ type: "asset", fileName: "styles.css", source: code });
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
  build: {
    lib: { entry: { index: here("src/index.ts") }, formats: ["es"] },
    target: "es2022",
    minify: false,
    emptyOutDir: true,
    rolldownOptions: {
      external: (id) => external.some((name) => id === name || id.startsWith(`${name}/`)),
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
