/**
 * # recap-kit/vite
 *
 * A Vite plugin that makes a recap file a module of parsed data: `import recap from
 * "./kubecon.recap.md"` (or `.recap.json`) gives the parsed `Recap`, checked and prepared at build
 * time, so the reader's browser gets the data and no parser. Warnings print in the build with the
 * file and line; a problem fails it with every problem, its line and path, as `recap-kit check`
 * says them; in `vite dev` the error overlay shows them, and saving the file re-renders the page.
 * Works wherever Vite does: Vite apps, Astro, React Router, SvelteKit, Vitest, Storybook.
 *
 * ```ts
 * // vite.config.ts
 * import recap from "recap-kit/vite";
 * export default defineConfig({ plugins: [react(), recap()] });
 * ```
 *
 * Types: `/// <reference types="recap-kit/client" />` (or `"types": ["recap-kit/client"]`).
 *
 * @module
 */
import { relative, sep } from "node:path";
import type { Plugin } from "vite";
import { problemsMessage, RECAP_FILE, type RecapFileOptions, readRecapFile, recapModule, warningMessage } from "../build/readRecapFile.js";

/**
 * What the plugin may be told: the language to assume for a recap that names none (its dates are
 * written in it), how to shorten excerpts, `strict`, which fails the build on any warning or to-do
 * (for a publishing build), and which files it reads.
 */
export interface RecapPluginOptions extends RecapFileOptions {
  /**
   * The files read as recaps, by their path: `/\.recap\.md$/` leaves `.recap.json` files to Vite,
   * as JSON, for code that wants the document as written.
   * @default /\.recap\.(md|json)$/
   */
  include?: RegExp | undefined;
}

// Vite's own ways of importing a file as something else: left to Vite.
const OTHER_FORM = /[?&](raw|url|inline|worker|sharedworker)\b/;

/** The plugin: see the module's documentation. Add it once, to the app's Vite config. */
export default function recap({ include = RECAP_FILE, ...options }: RecapPluginOptions = {}): Plugin {
  let root = process.cwd();
  return {
    name: "recap-kit",
    // Before Vite's JSON plugin, which gets the parsed recap as JSON to make a module of.
    enforce: "pre",
    configResolved(config) {
      root = config.root;
    },
    transform(text, id) {
      const query = id.indexOf("?");
      const file = query === -1 ? id : id.slice(0, query);
      if (!include.test(file) || (query !== -1 && OTHER_FORM.test(id.slice(query)))) return null;
      const name = relative(root, file).split(sep).join("/") || file;
      const result = readRecapFile(text, file, options);
      // A refused file in strict mode lists its warnings as problems: said once.
      if (result.ok || !options.strict) for (const warning of result.warnings) this.warn(warningMessage(name, warning));
      if (!result.ok) {
        const line = result.issues.find((issue) => issue.line !== undefined)?.line;
        this.error({
          message: problemsMessage(name, result.issues, options.strict),
          id: file,
          ...(line === undefined ? {} : { loc: { file, line, column: 0 } }),
        });
      }
      const code = file.endsWith(".json") ? JSON.stringify(result.recap) : recapModule(result.recap);
      return { code, map: { mappings: "" } };
    },
  };
}
