import { fewByKey, recentResults } from "./cache.js";

// The two policies of ./cache.ts under the names the formatting helpers have always used.

/**
 * Intl formatters and segmenters, list separators: costly to make and the same every time for a
 * key (a language and options). Bounded: a stream of distinct language tags makes them again
 * instead of keeping every one for the life of the process.
 */
export function memo<T>(key: string, make: () => T): T {
  return costly(key, make) as T;
}

const costly = /* @__PURE__ */ fewByKey<unknown>(256);

/**
 * A pure function of a string, remembered for the `limit` most recent inputs, up to a million
 * characters in all; inputs over 100,000 characters are never kept (see `recentResults`).
 */
export function recent<T>(limit: number, compute: (input: string) => T): (input: string) => T {
  return recentResults(compute, { entries: limit, characters: 1_000_000, longestText: 100_000 });
}
