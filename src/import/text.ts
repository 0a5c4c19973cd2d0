import type { KeyedWarning } from "./errors.js";

// What is not text in a programme's titles, names and links: C0 controls but the tab and line
// breaks, DEL, C1 controls (ESC and CSI start a terminal's escape sequences: `recap-kit import`
// writes the draft to standard output), the bidi embeddings, overrides and isolates that reorder
// what follows them ("Trojan Source"), and lone surrogates, which no file can hold. The marks
// (LRM, RLM, ALM) stay: right-to-left names need them, and they reorder nothing.
const NOT_TEXT =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
  /[\u0000-\u0008\u000e-\u001f\u007f-\u0084\u0086-\u009f\u202a-\u202e\u2066-\u2069]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

// Tabs and line breaks (with VT, FF, NEL and the Unicode separators): in a programme's one-line
// texts they are spacing, which the draft writes as one space.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
const BREAKS = /[\t\n\u000b\u000c\r\u0085\u2028\u2029]+/g;

function codePoint(char: string): string {
  return `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")}`;
}

/** The characters of `text` that are not text, as code points ("U+001B"), each once. */
export function notText(text: string): string[] {
  NOT_TEXT.lastIndex = 0;
  if (!NOT_TEXT.test(text)) return [];
  return [...new Set(text.match(NOT_TEXT) ?? [])].map(codePoint);
}

/** The characters named in a warning: a few, and how many more. */
function named(found: readonly string[]): string {
  const shown = found.slice(0, 5).join(", ");
  return found.length > 5 ? `${shown} and ${found.length - 5} more` : shown;
}

/**
 * A one-line text of the export as the draft takes it: line breaks and tabs as spaces, and what is
 * not text (terminal escapes, bidi overrides, lone surrogates) left out, with a warning at `path`
 * that names what was removed. `undefined` when nothing is left.
 */
export function draftText(text: string, path: string, warnings: KeyedWarning[]): string | undefined {
  const found = notText(text);
  const spaced = text.replace(BREAKS, " ");
  if (!found.length) return spaced.trim() || undefined;
  const kept = spaced.replace(NOT_TEXT, "").trim();
  warnings.push({
    key: `not text ${path}`,
    path,
    message: `has ${found.length === 1 ? "a character" : "characters"} that ${found.length === 1 ? "is" : "are"} not text (${named(found)}: control characters, which drive a terminal, bidi overrides, which reorder what follows them, or halves of a character); the draft leaves ${found.length === 1 ? "it" : "them"} out${kept ? "" : ", and nothing is left"}.`,
  });
  return kept || undefined;
}

/** True when an address has what the draft must not write as it is: what is not text, tabs or line breaks. */
export function needsEscaping(address: string): boolean {
  NOT_TEXT.lastIndex = 0;
  BREAKS.lastIndex = 0;
  return NOT_TEXT.test(address) || BREAKS.test(address);
}

/** A warning for an address whose control or bidi characters the draft writes %-escaped, as browsers send them. */
export function escapedAddress(raw: string, path: string, warnings: KeyedWarning[]): void {
  const found = notText(raw);
  if (found.length)
    warnings.push({
      key: `not text ${path}`,
      path,
      message: `has characters that are not text (${named(found)}); the draft writes the address with them %-escaped, as a browser sends it.`,
    });
}
