// Typical silent reading speeds for screen text.
const WORDS_PER_MINUTE = 230;
const CJK_CHARACTERS_PER_MINUTE = 500;

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
 * Minutes of reading in one text: words of spaced scripts, and Chinese and Japanese characters,
 * counted in one pass without copying the text (a recap of a thousand sessions is a lot of text).
 */
function minutesIn(text: string): number {
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
  return words / WORDS_PER_MINUTE + characters / CJK_CHARACTERS_PER_MINUTE;
}

/**
 * Minutes a reader needs for the article's own text (plain text, without markup): words for spaced
 * scripts, characters for Chinese and Japanese (a mixed text counts both). At least one minute.
 */
export function readingMinutes(texts: Iterable<string>): number {
  let minutes = 0;
  for (const text of texts) minutes += minutesIn(text);
  return Math.max(1, Math.round(minutes));
}
