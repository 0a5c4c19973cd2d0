/**
 * Every cache of recap-kit, with what bounds it. A server renders recaps for as long as it runs,
 * from documents it does not control: nothing is kept because a document said so, only because
 * it was used recently or is still held by the application, and never more than a fixed amount.
 *
 * - {@link intlObject}: Intl formatters and segmenters by language and options, least recently
 *   used first out, at most 256 and 16,384 characters of keys (language tags have no length limit).
 * - `lastResultFor` (lastResult.ts): the last result per object (RecapArticle's tree per parsed
 *   recap), held weakly: it goes when the application lets the object go. A module of its own, so
 *   that a route showing a card alone does not load the article's cache with the card's formatters.
 *
 * Caches of text (parsed inline markup, shortened excerpts) were dropped in issue 17: since
 * `parseRecap` reads each text once they saved less than `test/bench/caches.tsx` can measure.
 */

/** How much a {@link LeastRecentlyUsed} may hold. */
export interface CacheLimits {
  /** Entries at most. */
  entries: number;
  /**
   * Characters at most, counting every key and the size given with each value. An entry bigger than
   * this alone is never kept: it would push out everything else.
   */
  characters: number;
}

/**
 * A map that forgets the entry used least recently as soon as it holds more entries or more
 * characters than its limits. A Map keeps insertion order and a hit moves its entry to the end,
 * so the first entry is always the one used least recently: every operation costs O(1).
 */
export class LeastRecentlyUsed<V> {
  private readonly entries = new Map<string, { value: V; size: number }>();
  private used = 0;

  constructor(private readonly limits: CacheLimits) {}

  /** Entries held. */
  get size(): number {
    return this.entries.size;
  }

  /** Characters held: keys and the sizes given with the values. */
  get characters(): number {
    return this.used;
  }

  /** The value of `key`, which becomes the one used most recently. */
  get(key: string): V | undefined {
    const entry = this.entries.get(key);
    if (entry === undefined) return undefined;
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry.value;
  }

  /** Keeps `value` for `key` (`size`: how many characters it counts for besides its key). */
  set(key: string, value: V, size = 0): void {
    this.delete(key);
    const cost = key.length + size;
    if (cost > this.limits.characters) return;
    this.entries.set(key, { value, size: cost });
    this.used += cost;
    for (const [oldest, entry] of this.entries) {
      if (this.entries.size <= this.limits.entries && this.used <= this.limits.characters) break;
      this.entries.delete(oldest);
      this.used -= entry.size;
    }
  }

  /** The value of `key`, made and kept when it is not held. */
  remember(key: string, make: () => V): V {
    const known = this.get(key);
    if (known !== undefined) return known;
    const value = make();
    this.set(key, value);
    return value;
  }

  private delete(key: string): void {
    const entry = this.entries.get(key);
    if (entry === undefined) return;
    this.entries.delete(key);
    this.used -= entry.size;
  }
}

// Making an Intl object costs tens of microseconds; a page formats dozens of dates in a few
// languages. Each object holds a few kilobytes outside the JavaScript heap, hence the count.
const intlObjects = /* @__PURE__ */ new LeastRecentlyUsed<unknown>({ entries: 256, characters: 16_384 });

/**
 * An Intl formatter or segmenter by a key that names its language and options, made once while
 * it is among the 256 used most recently: a stream of documents with language tags of their own
 * makes them again instead of keeping every one.
 */
export function intlObject<T>(key: string, make: () => T): T {
  return intlObjects.remember(key, make) as T;
}
