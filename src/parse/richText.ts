import { type InlineNode, parseInline } from "../model/inline.js";
import type { RichNode, RichText } from "../model/parsed.js";
import { safeHref } from "../model/url.js";
import { plainText } from "./plainText.js";

// A bare URL in running text, without the sentence's own punctuation after it.
const BARE_URL = /\b(?:https?:\/\/|www\.)[^\s<>]*[^\s<>.,;:!?'"”’)\]]/g;

/** Adds text, joined to the text before it. */
function pushText(out: RichNode[], text: string): void {
  if (!text) return;
  const last = out.length - 1;
  if (typeof out[last] === "string") out[last] += text;
  else out.push(text);
}

/**
 * Text stays text, but a bare URL in it becomes a node of its own, which components isolate
 * (`<bdi>`), so that a left-to-right address in right-to-left prose keeps its characters in order.
 */
function pushTextWithUrls(out: RichNode[], text: string): void {
  if (!text.includes("http") && !text.includes("www.")) {
    pushText(out, text);
    return;
  }
  let last = 0;
  for (const match of text.matchAll(BARE_URL)) {
    pushText(out, text.slice(last, match.index));
    out.push({ type: "url", text: match[0] });
    last = match.index + match[0].length;
  }
  pushText(out, text.slice(last));
}

function toRichNodes(nodes: readonly InlineNode[], out: RichNode[] = []): RichNode[] {
  for (const node of nodes) {
    switch (node.type) {
      case "text":
        pushTextWithUrls(out, node.value);
        break;
      case "code":
        out.push({ type: "code", text: node.value });
        break;
      case "emphasis":
      case "strong":
        out.push({ type: node.type, children: toRichNodes(node.children) });
        break;
      case "link": {
        // A URL that may not be a link keeps its words, as text.
        const href = safeHref(node.url);
        if (href === undefined) toRichNodes(node.children, out);
        else
          out.push(
            node.title
              ? { type: "link", href, title: node.title, children: toRichNodes(node.children) }
              : { type: "link", href, children: toRichNodes(node.children) },
          );
        break;
      }
      case "image":
        // Pictures inside running text are not shown (a recap's pictures have their own fields):
        // their description is, as a browser shows it when the picture is missing.
        pushTextWithUrls(out, node.alt);
        break;
    }
  }
  return out;
}

/** Running text with its inline markup read into the tree that components render. */
export function richText(text: string): RichText {
  return { text, nodes: toRichNodes(parseInline(text)) };
}

export { plainText };
