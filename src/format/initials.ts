import { graphemes } from "./graphemes.js";

const LETTER = /[\p{L}\p{N}]/u;
const IDEOGRAPHIC = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

function firstLetter(word: string, language: string | undefined): string | undefined {
  return graphemes(word, language).find((g) => LETTER.test(g));
}

/**
 * Initials for an avatar: the first grapheme of the first and the last word ("Ellen Körbes"
 * gives "EK", "İlke" gives "İ", "@jbeda" gives "J"), or a single character for a Chinese,
 * Japanese or Korean name, where two would be a different name.
 */
export function initials(name: string, language?: string): string {
  const words = name
    .trim()
    .split(/\s+/)
    .filter((word) => firstLetter(word, language) !== undefined);
  const first = words[0];
  if (first === undefined) return "";
  const firstInitial = firstLetter(first, language) ?? "";
  if (IDEOGRAPHIC.test(firstInitial)) return firstInitial;
  const last = words.length > 1 ? firstLetter(words[words.length - 1] as string, language) : undefined;
  const result = firstInitial + (last && !IDEOGRAPHIC.test(last) ? last : "");
  return result.toLocaleUpperCase(language);
}
