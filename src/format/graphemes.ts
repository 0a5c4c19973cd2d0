/** Splits text into user-perceived characters, so nothing is ever cut inside one. */
export function graphemes(text: string, language?: string): string[] {
  if (typeof Intl.Segmenter === "function") {
    return Array.from(new Intl.Segmenter(language, { granularity: "grapheme" }).segment(text), (s) => s.segment);
  }
  return Array.from(text);
}

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/** True for text written without spaces between words (Chinese, Japanese). */
export function isUnspacedScript(text: string, language?: string): boolean {
  if (language && /^(zh|ja)(-|$)/i.test(language)) return true;
  return CJK.test(text) && !/\s/.test(text.trim());
}
