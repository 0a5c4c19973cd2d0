import { Fragment, type ReactNode } from "react";
import { memo } from "./memo.js";
import { plainSpaces } from "./plainSpaces.js";

/** How the last items of a list are joined: the language's own word, or "&". */
export type Conjunction = "and" | "ampersand";

/**
 * A conjunction, `unit` for a plain enumeration ("Moderator, ACME"), or separators of one's own:
 * between items, and before the last one ("A, X; B, Y; and C, Z").
 */
export type ListStyle = Conjunction | "unit" | { between: string; last: string };

/**
 * Joins React nodes the way the language joins words ("A, B and C", "A, B und C", "A、B、C"),
 * or with an ampersand ("A, B & C"), keeping each node's own markup.
 */
export function joinNodes(nodes: readonly ReactNode[], language: string, style: ListStyle = "and"): ReactNode {
  if (nodes.length < 2) return nodes[0] ?? null;
  const own = style === "ampersand" ? { between: ", ", last: " & " } : typeof style === "object" ? style : undefined;
  const separators = own
    ? nodes.map((_, index) => (index === 0 ? "" : index === nodes.length - 1 ? own.last : own.between))
    : listSeparators(nodes.length, language, style === "unit" ? "unit" : "conjunction");
  return nodes.map((node, index) => (
    // biome-ignore lint/suspicious/noArrayIndexKey: the list is rendered once and never reordered.
    <Fragment key={index}>
      {separators[index]}
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
    "",
    SPACE,
  );
}

/** The language's word for "and" ("und", "et", "و"), or "" where it joins with punctuation only (Japanese "、"). */
export function conjunctionWord(language: string): string {
  const word = (listSeparators(2, language, "conjunction")[1] ?? "").trim();
  return /\p{L}/u.test(word) ? word : "";
}

/** The text the language puts before each of `count` items (the first gets ""). */
function listSeparators(count: number, language: string, type: "conjunction" | "unit"): string[] {
  return memo(`list:${language}:${type}:${count}`, () => separatorsOf(count, language, type));
}

function separatorsOf(count: number, language: string, type: "conjunction" | "unit"): string[] {
  const format = new Intl.ListFormat(language, { type, style: type === "unit" ? "short" : "long" });
  const separators: string[] = [];
  let pending = "";
  for (const part of format.formatToParts(Array.from({ length: count }, (_, i) => String(i)))) {
    if (part.type === "literal") pending += plainSpaces(part.value);
    else {
      separators.push(pending);
      pending = "";
    }
  }
  return separators;
}
