import type { List, ListItem, Paragraph } from "mdast";
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
  /**
   * The line where the item's paragraph goes on without being indented under it: Markdown reads
   * such a line as part of the item ("lazy continuation"), but a writer who did not indent it
   * usually meant a new paragraph and forgot the blank line.
   */
  runsOn?: number;
}

/** The first line of the paragraph after its first that starts further left than its first line's text. */
function lazyLine(source: string, paragraph: Paragraph): number | undefined {
  const start = paragraph.position?.start;
  const end = paragraph.position?.end.offset;
  if (!start || end === undefined || start.offset === undefined) return undefined;
  const indent = start.column - 1;
  let line = start.line;
  for (let at = source.indexOf("\n", start.offset); at !== -1 && at < end; at = source.indexOf("\n", at + 1)) {
    line++;
    let spaces = 0;
    while (source[at + 1 + spaces] === " ") spaces++;
    if (spaces < indent) return line;
  }
  return undefined;
}

/** The start of an item as it was written, to quote it in a message. */
function quoteStart(context: ReadContext, item: ListItem): string {
  const start = item.children[0]?.position?.start.offset ?? item.position?.start.offset ?? 0;
  const text = context.source.slice(start, Math.min(item.position?.end.offset ?? start, start + 60)).split("\n")[0] ?? "";
  return text.length >= 60 ? `${text.slice(0, 50)}…` : text;
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
      context.problem(
        path,
        lineOf(item),
        `"${quoteStart(context, item)}" is not one "Key: value" line. ${expected} Nothing is nested under a line.`,
      );
      continue;
    }
    const phrasing = new Phrasing(context.source, paragraph);
    const first = paragraph.children[0];
    // A key is a few words: looking further would only let a long line without a colon cost more.
    const match = KEY.exec(context.source.slice(phrasing.start, Math.min(phrasing.end, phrasing.start + MAX_KEY_LENGTH)));
    const colon = phrasing.start + (match?.[0].length ?? 0);
    if (!match || first?.type !== "text" || (first.position?.end.offset ?? 0) < colon) {
      context.problem(path, lineOf(item), `"${quoteStart(context, item)}" is not a "Key: value" line. ${expected}`);
      continue;
    }
    const label = match[1] as string;
    const runsOn = lazyLine(context.source, paragraph);
    const entry: KeyEntry = { key: label.toLowerCase(), label, line: lineOf(item), phrasing, from: colon, to: phrasing.end };
    entries.push(runsOn === undefined ? entry : { ...entry, runsOn });
  }
  return entries;
}
