/**
 * # recap-kit/webpack
 *
 * A webpack loader that makes a recap file a module of parsed data: `import recap from
 * "./kubecon.recap.md"` (or `.recap.json`) gives the parsed `Recap`, checked and prepared at build
 * time, so the reader's browser gets the data and no parser. For Next.js (webpack and Turbopack)
 * and Docusaurus. Warnings are the build's warnings, with the file and line; a problem fails the
 * build with every problem, its line and path, as `recap-kit check` says them.
 *
 * ```ts
 * // next.config.ts
 * const nextConfig: NextConfig = {
 *   turbopack: {
 *     rules: {
 *       "*.recap.md": { loaders: ["recap-kit/webpack"], as: "*.js" },
 *       "*.recap.json": { loaders: ["recap-kit/webpack"], as: "*.js" },
 *     },
 *   },
 *   webpack: (config) => {
 *     config.module.rules.push({ test: /\.recap\.(md|json)$/, type: "javascript/auto", use: "recap-kit/webpack" });
 *     return config;
 *   },
 * };
 * ```
 *
 * In Docusaurus, a plugin's `configureWebpack` returns the rules; the one for Markdown has the test
 * of a Markdown rule, as Docusaurus's content plugins' rules do, so that its MDX loader leaves the
 * files it includes alone:
 *
 * ```ts
 * { test: /\.mdx?$/, include: /\.recap\.md$/, use: "recap-kit/webpack" },
 * { test: /\.recap\.json$/, type: "javascript/auto", use: "recap-kit/webpack" },
 * ```
 *
 * Types: `/// <reference types="recap-kit/client" />`.
 *
 * @module
 */
import { relative, sep } from "node:path";
import type { LoaderContext } from "webpack";
import { problemsMessage, type RecapFileOptions, readRecapFile, recapModule, warningMessage } from "../build/readRecapFile.js";

/**
 * The loader's options (`use: { loader: "recap-kit/webpack", options: { language: "de" } }`): the
 * language to assume for a recap that names none, how to shorten excerpts, and `strict`, which
 * fails the build on any warning or to-do.
 */
export type RecapLoaderOptions = RecapFileOptions;

/** A message for the build's output: webpack shows the message, without recap-kit's stack. */
function buildMessage(message: string): Error {
  return Object.assign(new Error(message), { hideStack: true });
}

/** The loader: see the module's documentation. */
export default function recapLoader(this: LoaderContext<RecapLoaderOptions>, text: string): string {
  const options = this.getOptions();
  const file = this.resourcePath;
  const name =
    relative(this.rootContext || process.cwd(), file)
      .split(sep)
      .join("/") || file;
  const result = readRecapFile(text, file, options);
  // A refused file in strict mode lists its warnings as problems: said once.
  if (result.ok || !options.strict) for (const warning of result.warnings) this.emitWarning(buildMessage(warningMessage(name, warning)));
  if (!result.ok) throw buildMessage(problemsMessage(name, result.issues, options.strict));
  return recapModule(result.recap);
}
