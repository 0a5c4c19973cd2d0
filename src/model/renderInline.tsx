import { Fragment, type ReactNode } from "react";
import { type InlineNode, parseInline } from "./inline.js";
import { linkProps } from "./url.js";

function renderNode(node: InlineNode, key: string): ReactNode {
  switch (node.type) {
    case "text":
      return node.value;
    case "code":
      return <code key={key}>{node.value}</code>;
    case "emphasis":
      return <em key={key}>{render(node.children, `${key}.`)}</em>;
    case "strong":
      return <strong key={key}>{render(node.children, `${key}.`)}</strong>;
    case "link": {
      const props = linkProps(node.url);
      const children = render(node.children, `${key}.`);
      // A URL that is not allowed keeps its words but never becomes a link.
      return props ? (
        <a key={key} {...props}>
          {children}
        </a>
      ) : (
        <Fragment key={key}>{children}</Fragment>
      );
    }
  }
}

function render(nodes: readonly InlineNode[], keyPrefix: string): ReactNode[] {
  return nodes.map((node, index) => renderNode(node, `${keyPrefix}${index}`));
}

/**
 * Renders inline markup (`[text](url)`, `*em*`, `**strong**`, `` `code` ``) as React elements,
 * never as HTML strings: whatever the text holds stays text.
 */
export function renderInline(source: string): ReactNode {
  return render(parseInline(source), "");
}
