/**
 * Every cache of recap-kit, with what bounds it. A server renders recaps for as long as it runs,
 * from documents it does not control: nothing is kept because a document said so, only because
 * it was used recently or is still held by the application, and never more than a fixed amount.
 *
 * - {@link intlObject}: Intl formatters and segmenters by language and options, least recently
 *   used first out, at most 256 of keys up to 64 characters (a longer key, from a language tag of
 *   a document, is made each time and never kept): at most 16,384 characters of keys.
 * - `lastResultFor` (lastResult.ts): the last result per object (RecapArticle's tree per parsed
 *   recap), held weakly: it goes when the application lets the object go. A module of its own, so
 *   that a route showing a card alone does not load the article's cache with the card's formatters.
 *
 * Caches of text (parsed inline markup, shortened excerpts) were dropped in issue 17: since
 * `parseRecap` reads each text once they saved less than `test/bench/caches.tsx` can measure.
 */

/** Intl objects kept at most; made again once pushed out. */
const ENTRIES = 256;
/** The longest key kept: a longer one (a language tag has no length limit) is made each time, never kept. */
const KEY_LENGTH = 64;

// Making an Intl object costs tens of microseconds; a page formats dozens of dates in a few
// languages. Each object holds a few kilobytes outside the JavaScript heap, hence the count. A Map
// keeps insertion order and a hit moves its entry to the end, so the first entry is always the one
// used least recently: every call costs O(1), and the keys kept hold at most 256 × 64 characters.
const intlObjects = /* @__PURE__ */ new Map<string, unknown>();

/**
 * An Intl formatter or segmenter by a key that names its language and options, made once while
 * it is among the 256 used most recently: a stream of documents with language tags of their own
 * makes them again instead of keeping every one.
 */
export function intlObject<T>(key: string, make: () => T): T {
  if (intlObjects.has(key)) {
    const known = intlObjects.get(key) as T;
    intlObjects.delete(key);
    intlObjects.set(key, known);
    return known;
  }
  const value = make();
  if (key.length <= KEY_LENGTH) {
    intlObjects.set(key, value);
    if (intlObjects.size > ENTRIES) intlObjects.delete(intlObjects.keys().next().value as string);
  }
  return value;
}
