import { inlineToText } from "../model/inline.js";
import { perDocument } from "../model/perDocument.js";
import { type Recap, toParagraphs } from "../model/types.js";
import { isUnspacedScript } from "./graphemes.js";

// Typical silent reading speeds for screen text.
const WORDS_PER_MINUTE = 230;
const CJK_CHARACTERS_PER_MINUTE = 500;

/** Every piece of prose a reader reads in the article, as plain text. */
export function readableText(recap: Recap): string[] {
  const texts = [recap.title, recap.subtitle ?? "", ...toParagraphs(recap.intro)];
  for (const session of recap.sessions) texts.push(session.title, ...toParagraphs(session.summary), ...(session.takeaways ?? []));
  texts.push(...(recap.takeaways ?? []), ...toParagraphs(recap.outro));
  for (const read of recap.relatedReads ?? []) texts.push(read.title ?? "", read.excerpt ?? "");
  if (recap.callToAction) texts.push(recap.callToAction.title, ...toParagraphs(recap.callToAction.body));
  return texts.filter(Boolean).map(inlineToText);
}

// A word of a spaced script: letters and digits, with inner apostrophes and hyphens ("don’t", "on-premise").
const WORD = /[\p{L}\p{N}\p{M}]+(?:['’-][\p{L}\p{N}\p{M}]+)*/gu;

function countWords(text: string): number {
  return text.match(WORD)?.length ?? 0;
}

function countCharacters(text: string): number {
  return text.replace(/[\s\p{P}]/gu, "").length;
}

/**
 * Minutes a reader needs for the article: words for spaced scripts, characters for Chinese
 * and Japanese, which have no spaces to count. At least one minute.
 */
export const readingTime: (recap: Recap) => number = /* @__PURE__ */ perDocument(minutesToRead);

function minutesToRead(recap: Recap): number {
  const language = recap.language;
  const texts = readableText(recap);
  const unspaced = isUnspacedScript(texts.join(""), language);
  const minutes = unspaced
    ? texts.reduce((sum, text) => sum + countCharacters(text), 0) / CJK_CHARACTERS_PER_MINUTE
    : texts.reduce((sum, text) => sum + countWords(text), 0) / WORDS_PER_MINUTE;
  return Math.max(1, Math.round(minutes));
}
