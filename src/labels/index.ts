/**
 * `recap-kit/labels`: every label set that ships, and the choice of one by language. For servers,
 * build steps and tools that render recaps in whatever language they come in (the static renderer
 * and the command line use it). A page in one language imports that language alone
 * (`recap-kit/labels/de`), so that its bundle carries no other.
 */
import { ar } from "./ar.js";
import { de } from "./de.js";
import { en } from "./en.js";
import { es } from "./es.js";
import { fr } from "./fr.js";
import { ja } from "./ja.js";
import { mergeLabels } from "./merge.js";
import { nl } from "./nl.js";
import type { PluralForms, RecapLabels } from "./types.js";

export type { PluralForms, RecapLabels };
export { ar, de, en, es, fr, ja, mergeLabels, nl };

/** The complete label sets that ship with recap-kit, by primary language subtag. */
export const LABELS: Readonly<Record<string, RecapLabels>> = { en, de, fr, nl, es, ja, ar };

/**
 * The labels for a recap's language ("de-AT" uses "de"), with `overrides` on top; English for a
 * language recap-kit has no labels for.
 */
export function labelsFor(language: string | undefined, overrides?: Partial<RecapLabels>): RecapLabels {
  const primary = (language ?? "en").toLowerCase().split("-")[0] ?? "en";
  return mergeLabels(LABELS[primary] ?? en, overrides);
}
