import { Fragment, type ReactNode } from "react";

/** How the last items of a list are joined: the language's own word, or "&". */
export type Conjunction = "and" | "ampersand";

/**
 * What goes between the items of a list: between most of them, before the last one, and (when it
 * differs) between the only two: ", " / ", and " / " and " make "A and B" and "A, B, and C".
 */
export interface ListWords {
  between: string;
  last: string;
  pair?: string | undefined;
}

/** Joins React nodes with the words given ("A, B, and C"), keeping each node's own markup. */
export function joinNodes(nodes: readonly ReactNode[], words: ListWords): ReactNode {
  const count = nodes.length;
  if (count < 2) return nodes[0] ?? null;
  return nodes.map((node, index) => (
    // biome-ignore lint/suspicious/noArrayIndexKey: the list is rendered once and never reordered.
    <Fragment key={index}>
      {index === 0 ? "" : index < count - 1 ? words.between : count === 2 ? (words.pair ?? words.last) : words.last}
      {node}
    </Fragment>
  ));
}

const SPACE = { between: " ", last: " " };

/**
 * Puts a space between pieces that the layout shows apart (flex items, badges): a reader mode, a
 * feed or a copy-paste then reads "Track: ServiceMeshCon 2021 Format: Keynote", not one run-on word.
 */
export function spaced(nodes: readonly ReactNode[]): ReactNode {
  return joinNodes(
    nodes.filter((node) => node !== null && node !== undefined && node !== false),
    SPACE,
  );
}
