import { describe, expect, it } from "vitest";
import { ar, de, en, es, fr, ja, LABELS, labelsFor, nl, type RecapLabels } from "../src/labels/index.js";

const sets: Array<[string, RecapLabels]> = [
  ["en", en],
  ["de", de],
  ["fr", fr],
  ["nl", nl],
  ["es", es],
  ["ja", ja],
  ["ar", ar],
];

// Labels that hold a count: their value is plural forms, `{ one, other … }`, not named texts (formats, kinds).
const CATEGORIES = ["zero", "one", "two", "few", "many", "other"];
const PLURAL = (Object.keys(en) as (keyof RecapLabels)[]).filter((key) => {
  const value = en[key];
  return typeof value === "object" && Object.keys(value).every((name) => CATEGORIES.includes(name));
});

function keysOf(value: object, prefix = ""): string[] {
  return Object.entries(value).flatMap(([key, item]) =>
    PLURAL.includes(key as keyof RecapLabels) && !prefix
      ? [key]
      : item && typeof item === "object"
        ? keysOf(item, `${prefix}${key}.`)
        : [`${prefix}${key}`],
  );
}

function placeholders(template: string): string[] {
  return [...template.matchAll(/\{(\w+)\}/g)].map((match) => match[1] as string).sort();
}

describe("labels", () => {
  it.each(sets)("%s is complete: every label English has, non-empty", (_language, labels) => {
    expect(keysOf(labels).sort()).toEqual(keysOf(en).sort());
    for (const key of keysOf(labels)) {
      const value = key.split(".").reduce<unknown>((object, part) => (object as Record<string, unknown>)[part], labels);
      const texts = PLURAL.includes(key as keyof RecapLabels) ? Object.values(value as object) : [value];
      for (const text of texts) expect(typeof text === "string" && text.trim().length > 0, key).toBe(true);
    }
  });

  it.each(sets)("%s keeps every placeholder of the English templates", (_language, labels) => {
    for (const key of Object.keys(en) as (keyof RecapLabels)[]) {
      const template = en[key];
      if (typeof template === "string") expect(placeholders(labels[key] as string), key).toEqual(placeholders(template));
    }
  });

  it.each(sets)("%s holds plural forms only for the categories its language has, `other` always with the count", (language, labels) => {
    const categories = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
    expect(PLURAL.sort()).toEqual(["invalidDocument", "readingTime"]);
    for (const key of PLURAL) {
      const forms = labels[key] as Record<string, string>;
      const english = placeholders((en[key] as { other: string }).other);
      for (const [category, text] of Object.entries(forms)) {
        expect(categories, `${key}.${category}`).toContain(category);
        // A form for exactly one number may spell it out ("دقيقة واحدة"); no form invents a placeholder.
        for (const name of placeholders(text)) expect(english, `${key}.${category}`).toContain(name);
      }
      expect(placeholders(forms.other as string), key).toEqual(english);
    }
  });

  it("chooses the set by the recap's language, its region ignored", () => {
    expect(labelsFor("de")).toBe(de);
    expect(labelsFor("de-AT")).toBe(de);
    expect(labelsFor("ja-JP")).toBe(ja);
    expect(labelsFor(undefined)).toBe(en);
  });

  it("falls back to English for a language it has no labels for", () => {
    expect(labelsFor("pt-BR")).toBe(en);
    expect(labelsFor("sw")).toBe(en);
  });

  it("ships the six languages by default", () => {
    for (const language of ["en", "de", "fr", "nl", "es", "ja"]) expect(LABELS[language]).toBeDefined();
  });

  it("puts overrides on top, nested ones included", () => {
    const labels = labelsFor("fr", {
      keyTakeaways: "L’essentiel",
      formats: { panel: "Débat" } as RecapLabels["formats"],
    });
    expect(labels.keyTakeaways).toBe("L’essentiel");
    expect(labels.formats.panel).toBe("Débat");
    expect(labels.formats.keynote).toBe(fr.formats.keynote);
    expect(labels.relatedReads).toBe(fr.relatedReads);
  });

  it("replaces plural forms whole: an English form on top of Arabic keeps none of the Arabic ones", () => {
    const labels = labelsFor("ar", { readingTime: { other: "{minutes} min" } });
    expect(labels.readingTime).toEqual({ other: "{minutes} min" });
    expect(labels.invalidDocument).toBe(ar.invalidDocument);
  });
});
