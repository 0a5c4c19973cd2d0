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

function keysOf(value: object, prefix = ""): string[] {
  return Object.entries(value).flatMap(([key, item]) =>
    item && typeof item === "object" ? keysOf(item, `${prefix}${key}.`) : [`${prefix}${key}`],
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
      expect(typeof value === "string" && value.trim().length > 0, key).toBe(true);
    }
  });

  it.each(sets)("%s keeps every placeholder of the English templates", (_language, labels) => {
    for (const key of Object.keys(en) as (keyof RecapLabels)[]) {
      const template = en[key];
      if (typeof template === "string") expect(placeholders(labels[key] as string), key).toEqual(placeholders(template));
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
    const labels = labelsFor("fr", { keyTakeaways: "L’essentiel", formats: { panel: "Débat" } as RecapLabels["formats"] });
    expect(labels.keyTakeaways).toBe("L’essentiel");
    expect(labels.formats.panel).toBe("Débat");
    expect(labels.formats.keynote).toBe(fr.formats.keynote);
    expect(labels.relatedReads).toBe(fr.relatedReads);
  });
});
