import { CJK, graphemes } from "./graphemes.js";

const LETTER = /[\p{L}\p{N}]/u;

/**
 * Initials for an avatar: the first grapheme of the first and the last word ("Ellen Körbes"
 * gives "EK", "İlke" gives "İ", "@jbeda" gives "J"), or a single character for a Chinese,
 * Japanese or Korean name, where two would be a different name.
 */
export function initials(name: string, language?: string): string {
  // The first letter of each word; words without one ("&", "👩🏽‍💻") do not count.
  const letters = name
    .trim()
    .split(/\s+/)
    .map((word) => graphemes(word, language).find((grapheme) => LETTER.test(grapheme)))
    .filter((letter) => letter !== undefined);
  const first = letters[0];
  if (first === undefined) return "";
  if (CJK.test(first)) return first;
  const last = letters.length > 1 ? (letters[letters.length - 1] as string) : "";
  return (first + (CJK.test(last) ? "" : last)).toLocaleUpperCase(language);
}
