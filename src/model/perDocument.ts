import type { Recap } from "./types.js";
import { isValidatedRecap } from "./validated.js";

/**
 * Remembers something derived from a whole document (its reading time, its structured data) for
 * documents that `parseRecap` produced. Those are frozen, so what is derived from them cannot go
 * stale; any other object is computed afresh every time.
 */
export function perDocument<T>(compute: (recap: Recap) => T): (recap: Recap) => T {
  const results = new WeakMap<Recap, T>();
  return (recap) => {
    if (!isValidatedRecap(recap)) return compute(recap);
    let result = results.get(recap);
    if (result === undefined) {
      result = compute(recap);
      results.set(recap, result);
    }
    return result;
  };
}
