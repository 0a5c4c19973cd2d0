import type { RecapLabels } from "./types.js";

/**
 * Labels with others on top: the one way recap-kit merges labels, a level deep where they nest
 * (`formats`, `resourceKinds`), so that `{ formats: { panel: "Debate" } }` keeps the other formats.
 */
export function mergeLabels<T extends object>(base: T, labels: Partial<RecapLabels> | undefined): T & Partial<RecapLabels> {
  if (!labels) return base as T & Partial<RecapLabels>;
  const result: Record<string, unknown> = { ...base, ...labels };
  for (const key of Object.keys(labels)) {
    const under = (base as Record<string, unknown>)[key];
    const over = (labels as Record<string, unknown>)[key];
    if (under && over && typeof under === "object" && typeof over === "object") result[key] = { ...under, ...over };
  }
  return result as T & Partial<RecapLabels>;
}
