import type { RecapLabels } from "./types.js";

// The labels that are named texts (one per format, per resource kind), unlike plural forms.
const NESTED = new Set<string>(["formats", "resourceKinds"] satisfies (keyof RecapLabels)[]);

/**
 * Labels with others on top: the one way recap-kit merges labels, a level deep where they nest
 * (`formats`, `resourceKinds`), so that `{ formats: { panel: "Debate" } }` keeps the other formats.
 * Plural forms (`readingTime`) are replaced whole: they are one text in the forms of one language,
 * and an English `{ other }` on top of Arabic must not keep the Arabic `one` and `two`.
 * Not cached: RecapArticle keeps its rendered tree per recap, and a merge costs less than a lookup saved.
 */
export function mergeLabels<T extends object>(base: T, labels: Partial<RecapLabels> | undefined): T & Partial<RecapLabels> {
  if (!labels) return base as T & Partial<RecapLabels>;
  const result: Record<string, unknown> = { ...base, ...labels };
  for (const key of Object.keys(labels)) {
    const under = (base as Record<string, unknown>)[key];
    const over = (labels as Record<string, unknown>)[key];
    if (NESTED.has(key) && under && over && typeof under === "object" && typeof over === "object") result[key] = { ...under, ...over };
  }
  return result as T & Partial<RecapLabels>;
}
