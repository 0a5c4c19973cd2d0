import type { PluralForms } from "../labels/types.js";
import { intlObject } from "./cache.js";

/** The language's plural rules, made once (bounded with the other Intl objects); English for a tag Intl refuses. */
function pluralRules(language: string): Intl.PluralRules {
  return intlObject(`plural:${language}`, () => {
    try {
      return new Intl.PluralRules(language);
    } catch {
      return new Intl.PluralRules("en");
    }
  });
}

/** The form of `forms` for `count` in `language`: `pluralForm({ one: "{n} problem", other: "{n} problems" }, 2, "en")` is "{n} problems". */
export function pluralForm(forms: PluralForms, count: number, language: string): string {
  return forms[pluralRules(language).select(count)] ?? forms.other;
}
