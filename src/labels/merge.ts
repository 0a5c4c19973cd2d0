import type { RecapLabels } from "./types.js";

/**
 * Labels with others on top: the one way recap-kit merges labels, a level deep where they nest
 * (`formats`, `resourceKinds`), so that `{ formats: { panel: "Debate" } }` keeps the other formats.
 * Without overrides the defaults are used as they are, which is what a render usually gets.
 */
export function mergeLabels<T extends object>(base: T, labels: Partial<RecapLabels> | undefined): T & Partial<RecapLabels> {
  if (!labels) return base as T & Partial<RecapLabels>;
  const result: Record<string, unknown> = { ...base, ...labels };
  for (const key in labels) {
    const under = (base as Record<string, unknown>)[key];
    if (under && typeof under === "object") result[key] = { ...under, ...(labels as Record<string, object>)[key] };
  }
  return result as T & Partial<RecapLabels>;
}
