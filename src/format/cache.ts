/**
 * Every cache of recap-kit, with what bounds it. A server renders recaps for as long as it runs,
 * from documents it does not control: nothing may be kept because a document said so, only
 * because it was used recently, and never more than a fixed amount.
 */

/**
 * A map that forgets the entries used least recently when it is full: down to nine tenths of its
 * limits at once, so that a hit costs one counter update and forgetting is paid rarely.
 */
class LeastRecentlyUsed<V> {
  private readonly entries = new Map<string, { value: V; size: number; used: number }>();
  private size = 0;
  private clock = 0;

  constructor(
    private readonly maxEntries: number,
    private readonly maxSize = Number.POSITIVE_INFINITY,
  ) {}

  get(key: string): V | undefined {
    const entry = this.entries.get(key);
    if (entry === undefined) return undefined;
    entry.used = ++this.clock;
    return entry.value;
  }

  set(key: string, value: V, size = 0): void {
    const old = this.entries.get(key);
    if (old) this.size -= old.size;
    this.entries.set(key, { value, size, used: ++this.clock });
    this.size += size;
    if (this.entries.size > this.maxEntries || this.size > this.maxSize) this.forget();
  }

  private forget(): void {
    const oldestFirst = [...this.entries].sort(([, a], [, b]) => a.used - b.used);
    for (const [key, entry] of oldestFirst) {
      if (this.entries.size <= this.maxEntries * 0.9 && this.size <= this.maxSize * 0.9) break;
      this.entries.delete(key);
      this.size -= entry.size;
    }
  }
}

/** How much {@link recentResults} may keep. */
export interface RecentResultsLimits {
  /** Texts remembered at most. */
  entries: number;
  /** Their total length at most, in characters (a result is assumed about as big as its text). */
  characters: number;
  /** Longer texts are computed every time, never kept: one huge paragraph must not push out everything else. */
  longestText: number;
}

/**
 * Remembers the results of a pure function of a text for the texts used most recently: a server
 * rendering the same recap again (or a page with the same text twice) skips the work. Bounded by
 * entries and by total length, so a stream of distinct megabyte paragraphs keeps nothing big.
 */
export function recentResults<T>(compute: (text: string) => T, limits: RecentResultsLimits): (text: string) => T {
  const cache = new LeastRecentlyUsed<T>(limits.entries, limits.characters);
  return (text) => {
    if (text.length > limits.longestText) return compute(text);
    const known = cache.get(text);
    if (known !== undefined) return known;
    const value = compute(text);
    cache.set(text, value, text.length);
    return value;
  };
}

/**
 * Remembers objects that are costly to make and few in practice (an `Intl` formatter per language
 * and options), by a key. Few is not a promise, since languages come from documents: the least
 * recently used is made again when more than `entries` are asked for. (A Map keeps insertion
 * order: using an entry moves it to the end, and the first is the one used least recently.)
 */
export function fewByKey<T>(entries: number): (key: string, make: () => T) => T {
  const cache = new Map<string, T>();
  return (key, make) => {
    let value = cache.get(key);
    if (value === undefined) {
      value = make();
      if (cache.size >= entries) cache.delete(cache.keys().next().value as string);
    } else cache.delete(key);
    cache.set(key, value);
    return value;
  };
}
