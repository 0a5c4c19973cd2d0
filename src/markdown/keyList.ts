import type { List } from "mdast";
import { lineOf, type ReadContext } from "./context.js";
import { Phrasing } from "./phrasing.js";

/** One `- Key: value` line; the value is the source range `from`–`to` of `phrasing`. */
export interface KeyEntry {
  /** The key in lower case, for matching. */
  key: string;
  /** The key as written, for messages. */
  label: string;
  line: number | undefined;
  phrasing: Phrasing;
  from: number;
  to: number;
}

const KEY = /^(\p{L}[\p{L}\p{M} -]*?)[ \t]*:/u;
const MAX_KEY_LENGTH = 64;

/**
 * Reads a list of `Key: value` lines. Items that are not one `Key: value` paragraph are reported;
 * which keys are allowed is for the caller to say.
 */
export function readKeyList(context: ReadContext, list: List, path: string, expected: string): KeyEntry[] {
  const entries: KeyEntry[] = [];
  for (const item of list.children) {
    const paragraph = item.children[0];
    if (item.children.length !== 1 || paragraph?.type !== "paragraph") {
      context.problem(path, lineOf(item), `${expected} Nothing is nested under a line.`);
      continue;
    }
    const phrasing = new Phrasing(context.source, paragraph);
    const first = paragraph.children[0];
    // A key is a few words: looking further would only let a long line without a colon cost more.
    const match = KEY.exec(context.source.slice(phrasing.start, Math.min(phrasing.end, phrasing.start + MAX_KEY_LENGTH)));
    const colon = phrasing.start + (match?.[0].length ?? 0);
    if (!match || first?.type !== "text" || (first.position?.end.offset ?? 0) < colon) {
      context.problem(path, lineOf(item), expected);
      continue;
    }
    const label = match[1] as string;
    entries.push({ key: label.toLowerCase(), label, line: lineOf(item), phrasing, from: colon, to: phrasing.end });
  }
  return entries;
}
