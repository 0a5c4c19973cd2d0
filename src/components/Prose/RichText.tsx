import { Fragment, type ReactNode } from "react";
import type { RichNode, RichText } from "../../model/parsed.js";
import { linkProps } from "../../model/url.js";

function renderNode(node: RichNode, key: number): ReactNode {
  if (typeof node === "string") return node;
  // Rich text made by hand, or changed on its way from a server, is not trusted to be well formed.
  if (typeof node !== "object" || node === null) return null;
  switch (node.type) {
    case "emphasis":
      return (
        <em key={key} className="rk-Prose-emphasis">
          {renderRichNodes(node.children)}
        </em>
      );
    case "strong":
      return (
        <strong key={key} className="rk-Prose-strong">
          {renderRichNodes(node.children)}
        </strong>
      );
    case "code":
      return (
        <code key={key} className="rk-Prose-code">
          {node.text}
        </code>
      );
    case "url":
      return <bdi key={key}>{node.text}</bdi>;
    case "link": {
      // Checked again here, cheaply: a tree made by hand (or sent over the wire) is not trusted.
      const props = linkProps(node.href);
      return props ? (
        <a key={key} className="rk-Link rk-Prose-link" {...props} title={node.title}>
          {renderRichNodes(node.children)}
        </a>
      ) : (
        renderRichNodes(node.children)
      );
    }
    default: {
      // An element of a kind this version does not know: its words are shown, never dropped.
      const { text, children } = node as { text?: unknown; children?: readonly RichNode[] };
      return typeof text === "string" ? text : <Fragment key={key}>{renderRichNodes(children as readonly RichNode[])}</Fragment>;
    }
  }
}

/** Inline markup, read by `parseRecap`, as React elements: text stays text. */
export function renderRichNodes(nodes: readonly RichNode[]): ReactNode {
  if (!Array.isArray(nodes)) return null;
  return nodes.length === 1 ? renderNode(nodes[0] as RichNode, 0) : nodes.map(renderNode);
}

/**
 * Rich text as `parseRecap` makes it, or a plain string, which is shown as written: inline markup
 * in a string is read by `parseRecap`, never at render time.
 */
export type RichContent = RichText | string;

/** A piece of rich content, rendered. */
export function renderRichContent(content: RichContent): ReactNode {
  if (typeof content === "string") return content;
  // Without a tree (made by hand, or changed on the way), the text as written.
  return Array.isArray(content?.nodes) ? renderRichNodes(content.nodes) : typeof content?.text === "string" ? content.text : null;
}
