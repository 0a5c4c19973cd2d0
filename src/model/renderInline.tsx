import { Fragment, type ReactNode } from "react";
import { type InlineNode, parseInlineRecently } from "./inline.js";
import { linkProps } from "./url.js";

// A bare URL in running text, without the sentence's own punctuation after it.
const BARE_URL = /\b(?:https?:\/\/|www\.)[^\s<>]*[^\s<>.,;:!?'"”’)\]]/g;

/**
 * Text stays text, but a bare URL in it is isolated (`<bdi>`), so that a left-to-right address in
 * right-to-left prose keeps its characters in order.
 */
function renderText(text: string, key: string): ReactNode {
  if (!text.includes("http") && !text.includes("www.")) return text;
  const parts: ReactNode[] = [];
  let last = 0;
  for (const match of text.matchAll(BARE_URL)) {
    parts.push(text.slice(last, match.index), <bdi key={`${key}u${match.index}`}>{match[0]}</bdi>);
    last = match.index + match[0].length;
  }
  if (parts.length === 0) return text;
  parts.push(text.slice(last));
  return <Fragment key={key}>{parts}</Fragment>;
}

function renderNode(node: InlineNode, key: string): ReactNode {
  switch (node.type) {
    case "text":
      return renderText(node.value, key);
    case "code":
      return (
        <code key={key} className="rk-Prose-code">
          {node.value}
        </code>
      );
    case "emphasis":
      return (
        <em key={key} className="rk-Prose-emphasis">
          {render(node.children, `${key}.`)}
        </em>
      );
    case "strong":
      return (
        <strong key={key} className="rk-Prose-strong">
          {render(node.children, `${key}.`)}
        </strong>
      );
    case "link": {
      const props = linkProps(node.url);
      const children = render(node.children, `${key}.`);
      // A URL that is not allowed keeps its words but never becomes a link.
      return props ? (
        <a key={key} className="rk-Link rk-Prose-link" {...props} title={node.title}>
          {children}
        </a>
      ) : (
        <Fragment key={key}>{children}</Fragment>
      );
    }
    case "image":
      // Pictures inside running text are not shown (a recap's pictures have their own fields):
      // their description is, as a browser shows it when the picture is missing.
      return renderText(node.alt, key);
  }
}

function render(nodes: readonly InlineNode[], keyPrefix: string): ReactNode[] {
  return nodes.map((node, index) => renderNode(node, `${keyPrefix}${index}`));
}

/**
 * Renders inline markup (links, emphasis, strong, code; see `parseInline`) as React elements,
 * never as HTML strings: whatever the text holds stays text.
 */
export function renderInline(source: string): ReactNode {
  // Rendering the same recap again (a server, a static build) parses each paragraph once.
  return render(parseInlineRecently(source), "");
}
