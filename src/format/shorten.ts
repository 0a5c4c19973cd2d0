import { graphemes, isUnspacedScript, segmenter } from "./graphemes.js";

// Punctuation that reads badly right before an ellipsis.
const TRAILING = /[\s,;:.!?、。，；：\-–—(（[「『"'“‘]+$/u;

function byWords(text: string, max: number, language: string | undefined): string | undefined {
  const words = segmenter(language, "word");
  if (!words) {
    const cut = text.slice(0, max + 1).lastIndexOf(" ");
    return cut > 0 ? text.slice(0, cut) : undefined;
  }
  // The words that fit end where the one that does not starts: asked for directly, rather than by
  // walking every word before it (the segmenter costs microseconds a step).
  const end = max >= text.length ? text.length : (words.segment(text).containing(max)?.index ?? 0);
  return end > 0 ? text.slice(0, end) : undefined;
}

/**
 * The whole sentences of `text` that fit in `max` characters, or undefined when the first does not.
 * For an excerpt that leads nowhere: it ends where a sentence does, never inside a name.
 */
export function shortenToSentences(text: string, max: number, language?: string): string | undefined {
  const trimmed = text.trim();
  if (trimmed.length <= max) return trimmed;
  // The sentence that does not fit starts where those that do end: asked for directly, as by words.
  const end = segmenter(language, "sentence")?.segment(trimmed).containing(max)?.index;
  return end ? trimmed.slice(0, end).trim() : undefined;
}

/**
 * Shortens text for display to at most about `max` characters, with an ellipsis: at a word
 * boundary for spaced scripts, between characters for Chinese and Japanese, and never inside a
 * grapheme (an emoji, an accented letter). Text that fits is returned as it is.
 */
export function shorten(text: string, max: number, language?: string, ellipsis = "…"): string {
  // Text that fits needs no segmenting.
  if (text.length <= max) return text.trim();
  return cut(text, max, language, ellipsis);
}

function cut(text: string, max: number, language: string | undefined, ellipsis: string): string {
  const trimmed = text.trim();
  // A string is never more graphemes than UTF-16 units: short text needs no segmenting at all.
  if (trimmed.length <= max || graphemes(trimmed, language, max + 1).length <= max) return trimmed;
  const unspaced = isUnspacedScript(trimmed, language);
  // A word longer than the whole budget (a URL, a 60-character compound) is cut like CJK text.
  const head = (unspaced ? undefined : byWords(trimmed, max, language)) ?? graphemes(trimmed, language, max).join("");
  const clean = head.replace(TRAILING, "");
  return (clean || head) + ellipsis;
}
