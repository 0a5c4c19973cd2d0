import { en } from "./en.js";
import { ar, de, es, fr, ja, nl } from "./translations.js";
import type { RecapLabels } from "./types.js";

/** The complete label sets that ship with recap-kit, by primary language subtag. */
export const LABELS: Readonly<Record<string, RecapLabels>> = { en, de, fr, nl, es, ja, ar };

/**
 * The labels for a recap's language ("de-AT" uses "de"), with `overrides` on top; English for a
 * language recap-kit has no labels for.
 */
export function labelsFor(language: string | undefined, overrides?: Partial<RecapLabels>): RecapLabels {
  const primary = (language ?? "en").toLowerCase().split("-")[0] ?? "en";
  const base = LABELS[primary] ?? en;
  if (!overrides) return base;
  return {
    ...base,
    ...overrides,
    formats: { ...base.formats, ...overrides.formats },
    resourceKinds: { ...base.resourceKinds, ...overrides.resourceKinds },
  };
}
