import { inlineToText } from "../model/inline.js";
import { perDocument } from "../model/perDocument.js";
import { type Recap, toParagraphs } from "../model/types.js";

// Typical silent reading speeds for screen text.
const WORDS_PER_MINUTE = 230;
const CJK_CHARACTERS_PER_MINUTE = 500;

/** Every piece of prose a reader reads in the article, as plain text (not the teasers of other articles). */
function readableText(recap: Recap): string[] {
  const texts = [recap.title, recap.subtitle ?? "", ...toParagraphs(recap.intro)];
  for (const session of recap.sessions) texts.push(session.title, ...toParagraphs(session.summary), ...(session.takeaways ?? []));
  texts.push(...(recap.takeaways ?? []), ...toParagraphs(recap.outro));
  if (recap.callToAction) texts.push(recap.callToAction.title, ...toParagraphs(recap.callToAction.body));
  return texts.filter(Boolean).map(inlineToText);
}

/** Chinese characters and Japanese kana: read one by one, for there are no spaces to count words by. */
function isCjk(code: number): boolean {
  return (code >= 0x3040 && code <= 0x30ff) || (code >= 0x3400 && code <= 0x9fff) || (code >= 0xf900 && code <= 0xfaff);
}

function isSpaceOrPunctuation(code: number): boolean {
  return (
    code <= 0x2f ||
    (code >= 0x3a && code <= 0x40) ||
    (code >= 0x5b && code <= 0x60) ||
    (code >= 0x7b && code <= 0x7f) ||
    code === 0xa0 ||
    (code >= 0x2000 && code <= 0x206f) ||
    (code >= 0x3000 && code <= 0x303f) ||
    (code >= 0xff00 && code <= 0xff0f)
  );
}

/**
 * Reading effort of one text: words of spaced scripts, and Chinese and Japanese characters, counted
 * in one pass without copying the text (a recap of a thousand sessions is a lot of text).
 */
function count(text: string): { words: number; characters: number } {
  let words = 0;
  let characters = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (isCjk(code)) {
      characters++;
      inWord = false;
    } else if (isSpaceOrPunctuation(code) && !(inWord && (code === 0x27 || code === 0x2d || code === 0x2019))) {
      inWord = false;
    } else if (!inWord) {
      words++;
      inWord = true;
    }
  }
  return { words, characters };
}

/**
 * Minutes a reader needs for the article: words for spaced scripts, characters for Chinese and
 * Japanese (a mixed text counts both). At least one minute.
 */
export const readingTime: (recap: Recap) => number = /* @__PURE__ */ perDocument(minutesToRead);

function minutesToRead(recap: Recap): number {
  let minutes = 0;
  for (const text of readableText(recap)) {
    const { words, characters } = count(text);
    minutes += words / WORDS_PER_MINUTE + characters / CJK_CHARACTERS_PER_MINUTE;
  }
  return Math.max(1, Math.round(minutes));
}
