import type { RichNode } from "../model/parsed.js";

// Apart from richText.ts: what renders and describes a parsed recap (structured data, the static
// page's head) needs this, never the inline-markup parser that richText.ts brings.

/** What a reader reads of rich text: its words, without the markup. */
export function plainText(nodes: readonly RichNode[]): string {
  let text = "";
  // Rich text made by hand may be anything: what is not text or an element with text is skipped.
  if (Array.isArray(nodes))
    for (const node of nodes) {
      if (typeof node === "string") text += node;
      else if (typeof node !== "object" || node === null) continue;
      else if ("text" in node && typeof node.text === "string") text += node.text;
      else if ("children" in node) text += plainText(node.children);
    }
  return text;
}
