import type { ReactNode } from "react";
import { renderRichContent } from "../../src/components/Prose/RichText.js";
import { richText } from "../../src/parse/richText.js";

/** Inline markup as a page shows it: read into rich text as parseRecap reads it, rendered as the components render it. */
export function renderInline(text: string): ReactNode {
  return renderRichContent(richText(text));
}
