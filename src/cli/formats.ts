import { extname } from "node:path";

/** The two forms of a recap document. */
export type Format = "json" | "markdown";

/** Which form a file is in: as --from or --to says, else by its extension (.md, .markdown, .json), else `fallback`. */
export function formatOf(path: string | undefined, given: Format | undefined, fallback: Format): Format {
  if (given) return given;
  const extension = path && path !== "-" ? extname(path).toLowerCase() : "";
  if (extension === ".md" || extension === ".markdown") return "markdown";
  if (extension === ".json") return "json";
  return fallback;
}
