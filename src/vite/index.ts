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
import { readFile } from "node:fs/promises";
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

/** The module id of a recap file (`\0` keeps other plugins away, and the path keeps it readable). */
const PREFIX = "\0recap-kit:";
const SUFFIX = ".js";

/** The plugin: see the module's documentation. Add it once, to the app's Vite config. */
export default function recap({ include = RECAP_FILE, ...options }: RecapPluginOptions = {}): Plugin {
  let root = process.cwd();
  return {
    name: "recap-kit",
    // Before Vite's resolver, and the plugins of frameworks that read .md and .json files.
    enforce: "pre",
    configResolved(config) {
      root = config.root;
    },
    // A recap file gets a module id of its own: frameworks that handle .md and .json files
    // themselves (Astro makes components of Markdown, Vite modules of JSON) then leave it to us.
    async resolveId(source, importer, options) {
      if (source.startsWith(PREFIX)) return source;
      // The file itself, watched by its module (below): Vite links the two for HMR.
      if (!/\.(md|json)$/.test(source) || importer?.startsWith(PREFIX)) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      if (!resolved || resolved.external || !include.test(resolved.id)) return null;
      return `${PREFIX}${resolved.id}${SUFFIX}`;
    },
    async load(id) {
      if (!id.startsWith(PREFIX) || !id.endsWith(SUFFIX)) return null;
      const file = id.slice(PREFIX.length, -SUFFIX.length);
      // Saving the file re-runs this, and Vite's HMR updates what imports the recap.
      this.addWatchFile(file);
      const name = relative(root, file).split(sep).join("/") || file;
      const result = readRecapFile(await readFile(file, "utf8"), file, options);
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
      return { code: recapModule(result.recap), map: { mappings: "" } };
    },
  };
}
