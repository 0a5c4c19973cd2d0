import type { RecapLabels } from "./types.js";

const merged = new WeakMap<object, WeakMap<object, object>>();

/**
 * A component's English defaults with the labels it was given on top. The same labels object (a
 * language's set, passed down a whole article) gives the same merged object, made once.
 */
export function withDefaults<T extends object>(defaults: T, labels: Partial<RecapLabels> | undefined): T & Partial<RecapLabels> {
  if (!labels) return defaults;
  let byLabels = merged.get(defaults);
  if (!byLabels) {
    byLabels = new WeakMap();
    merged.set(defaults, byLabels);
  }
  let result = byLabels.get(labels);
  if (!result) {
    result = { ...defaults, ...labels };
    byLabels.set(labels, result);
  }
  return result as T & Partial<RecapLabels>;
}
