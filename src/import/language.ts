import { fold } from "./fold.js";

// The languages a programme most likely names, by their names in English and in themselves.
const CANDIDATES = [
  "en",
  "de",
  "fr",
  "nl",
  "es",
  "ja",
  "ar",
  "it",
  "pt",
  "pl",
  "cs",
  "sv",
  "da",
  "nb",
  "fi",
  "tr",
  "ru",
  "uk",
  "zh",
  "ko",
  "he",
  "el",
  "hu",
  "ro",
  "ca",
  "eu",
  "gl",
];

let names: Map<string, string> | undefined;

function languageNames(): Map<string, string> {
  if (!names) {
    names = new Map();
    for (const code of CANDIDATES)
      for (const locale of ["en", code]) {
        const name = new Intl.DisplayNames([locale], { type: "language", fallback: "none" }).of(code);
        if (name) names.set(fold(name), code);
      }
  }
  return names;
}

const TAG = /^[a-z]{2,3}([-_][a-z0-9]{2,8})*$/i;

/**
 * The BCP 47 tag a programme means by a language: a tag as it is ("de", "pt_BR"), or a name in
 * English or in the language itself ("German", "Deutsch", "Español", "日本語"). `undefined` when unclear.
 */
export function languageTag(value: string): string | undefined {
  const text = value.trim();
  if (TAG.test(text)) {
    try {
      return Intl.getCanonicalLocales(text.replace(/_/g, "-"))[0];
    } catch {
      return undefined;
    }
  }
  return languageNames().get(fold(text));
}
