import { graphemes, isUnspacedScript } from "./graphemes.js";

// Punctuation that reads badly right before an ellipsis.
const TRAILING = /[\s,;:.!?、。，；：\-–—(（[「『"'“‘]+$/u;

function byWords(text: string, max: number, language: string | undefined): string | undefined {
  if (typeof Intl.Segmenter !== "function") {
    const cut = text.slice(0, max + 1).lastIndexOf(" ");
    return cut > 0 ? text.slice(0, cut) : undefined;
  }
  let end = 0;
  for (const { segment, index } of new Intl.Segmenter(language, { granularity: "word" }).segment(text)) {
    if (index + segment.length > max) break;
    end = index + segment.length;
  }
  return end > 0 ? text.slice(0, end) : undefined;
}

function byGraphemes(text: string, max: number, language: string | undefined): string {
  return graphemes(text, language).slice(0, max).join("");
}

/**
 * Shortens text for display to at most about `max` characters, with an ellipsis: at a word
 * boundary for spaced scripts, between characters for Chinese and Japanese, and never inside a
 * grapheme (an emoji, an accented letter). Text that fits is returned as it is.
 */
export function shorten(text: string, max: number, language?: string, ellipsis = "…"): string {
  const trimmed = text.trim();
  if (graphemes(trimmed, language).length <= max) return trimmed;
  const unspaced = isUnspacedScript(trimmed, language);
  // A word longer than the whole budget (a URL, a 60-character compound) is cut like CJK text.
  const head = (unspaced ? undefined : byWords(trimmed, max, language)) ?? byGraphemes(trimmed, max, language);
  const clean = head.replace(TRAILING, "");
  return (clean || head) + ellipsis;
}
