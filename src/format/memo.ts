const memory = new Map<string, unknown>();

/**
 * Keeps what is costly to make and the same every time: Intl formatters and segmenters for a
 * language, made once per process instead of once per render. Keys are few (languages times
 * options), so the cache stays small.
 */
export function memo<T>(key: string, make: () => T): T {
  if (memory.has(key)) return memory.get(key) as T;
  const value = make();
  memory.set(key, value);
  return value;
}

/**
 * A pure function of a string, remembered for the most recent inputs: a server rendering the same
 * recap again (or a page with the same text twice) skips the work; memory stays bounded.
 */
export function recent<T>(limit: number, compute: (input: string) => T): (input: string) => T {
  const results = new Map<string, T>();
  return (input) => {
    const known = results.get(input);
    if (known !== undefined) return known;
    const value = compute(input);
    results.set(input, value);
    // The oldest entry goes first: a recap rendered again is all recent, so it all stays.
    if (results.size > limit) results.delete(results.keys().next().value as string);
    return value;
  };
}
