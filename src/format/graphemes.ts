import { intlObject } from "./cache.js";

/** A segmenter for the language, or undefined where `Intl.Segmenter` is missing. */
export function segmenter(language: string | undefined, granularity: "grapheme" | "word" | "sentence"): Intl.Segmenter | undefined {
  if (typeof Intl.Segmenter !== "function") return undefined;
  return intlObject(`segmenter:${language}:${granularity}`, () => new Intl.Segmenter(language, { granularity }));
}

/**
 * The first `limit` user-perceived characters of `text` (all of them by default), so nothing is
 * ever cut inside one. Stops reading once it has enough: long text costs only what is taken.
 */
export function graphemes(text: string, language?: string, limit = Number.POSITIVE_INFINITY): string[] {
  // Segmenting costs microseconds a character; text whose every unit stands alone (up to the one
  // after the limit, which could still join the last) needs none.
  if (limit < text.length && ALONE.test(text.slice(0, limit + 1))) return text.slice(0, limit).split("");
  const split = segmenter(language, "grapheme");
  if (!split) return Array.from(text).slice(0, limit);
  const result: string[] = [];
  for (const { segment } of split.segment(text)) {
    if (result.length >= limit) break;
    result.push(segment);
  }
  return result;
}

// Printable Latin up to U+02FF: each of these UTF-16 units is one grapheme whatever surrounds it
// (no combining marks, joiners, surrogates or line breaks; a mark after the last is checked apart).
const ALONE = /^[\x20-\x7e\xa0-\u02ff]*$/;

/** A Chinese, Japanese or Korean character. */
export const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/** True for text written without spaces between words (Chinese, Japanese). */
export function isUnspacedScript(text: string, language?: string): boolean {
  if (language && /^(zh|ja)(-|$)/i.test(language)) return true;
  return CJK.test(text) && !/\s/.test(text.trim());
}
