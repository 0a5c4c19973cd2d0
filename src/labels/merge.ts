import type { RecapLabels } from "./types.js";

const merged = new WeakMap<object, WeakMap<object, object>>();

/**
 * Labels with others on top: the one way recap-kit merges labels, a level deep where they nest
 * (`formats`, `resourceKinds`), so that `{ formats: { panel: "Debate" } }` keeps the other formats.
 * The same two objects give the same result, made once: a language's set passed down a whole
 * article is merged once per component kind, not once per render.
 */
export function mergeLabels<T extends object>(base: T, labels: Partial<RecapLabels> | undefined): T & Partial<RecapLabels> {
  if (!labels) return base as T & Partial<RecapLabels>;
  let byLabels = merged.get(base);
  if (!byLabels) {
    byLabels = new WeakMap();
    merged.set(base, byLabels);
  }
  let result = byLabels.get(labels) as Record<string, unknown> | undefined;
  if (!result) {
    result = { ...base, ...labels };
    for (const key of Object.keys(labels)) {
      const under = (base as Record<string, unknown>)[key];
      const over = (labels as Record<string, unknown>)[key];
      if (under && over && typeof under === "object" && typeof over === "object") result[key] = { ...under, ...over };
    }
    byLabels.set(labels, result);
  }
  return result as T & Partial<RecapLabels>;
}
