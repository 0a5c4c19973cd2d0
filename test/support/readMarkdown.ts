import { type ParseRecapMarkdownOptions, parseRecapMarkdown } from "../../src/markdown/index.js";
import type { RecapDocument } from "../../src/model/types.js";
import { toRecapDocument } from "../../src/parse/toRecapDocument.js";

/** A Markdown recap read as the document it says (as JSON would say it), for tests of what was read. */
export function readMarkdown(text: string, options?: ParseRecapMarkdownOptions): RecapDocument {
  return toRecapDocument(parseRecapMarkdown(text, options));
}
