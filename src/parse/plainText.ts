import type { RichNode } from "../model/parsed.js";

// Apart from richText.ts: what renders and describes a parsed recap (structured data, the static
// page's head) needs this, never the inline-markup parser that richText.ts brings.

/** What a reader reads of rich text: its words, without the markup. */
export function plainText(nodes: readonly RichNode[]): string {
  let text = "";
  for (const node of nodes) {
    if (typeof node === "string") text += node;
    else if (node.type === "code" || node.type === "url") text += node.text;
    else text += plainText(node.children);
  }
  return text;
}
