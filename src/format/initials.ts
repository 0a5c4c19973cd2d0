import { CJK } from "./graphemes.js";

// A word's first letter or digit with the marks that belong to it ("É" written as E and an accent).
const FIRST_LETTER = /[\p{L}\p{N}]\p{M}*/u;

/**
 * Initials for an avatar: the first letter of the first and the last word ("Ellen Körbes" gives
 * "EK", "İlke" gives "İ", "@jbeda" gives "J"), or a single character for a Chinese, Japanese or
 * Korean name, where two would be a different name.
 */
export function initials(name: string, language?: string): string {
  // Words without a letter ("&", "👩🏽‍💻") do not count.
  const letters = name
    .trim()
    .split(/\s+/)
    .map((word) => FIRST_LETTER.exec(word)?.[0])
    .filter((letter) => letter !== undefined);
  const first = letters[0];
  if (first === undefined) return "";
  if (CJK.test(first)) return first;
  const last = letters.length > 1 ? (letters[letters.length - 1] as string) : "";
  return (first + (CJK.test(last) ? "" : last)).toLocaleUpperCase(language);
}
