import { fold } from "./fold.js";

/** What a Sessionize category (or a question) is about, by its title. */
export type CategoryKind = "format" | "track" | "language" | "other";

const TITLES: Record<Exclude<CategoryKind, "other">, readonly string[]> = {
  format: [
    "Session format",
    "Format",
    "Session type",
    "Talk format",
    "Talk type",
    "Type",
    "Sessionformat",
    "Vortragsformat",
    "Format de session",
    "Formato",
    "Formato de sesión",
    "Tipo de sesión",
    "Sessievorm",
    "形式",
  ],
  track: ["Track", "Tracks", "Assigned track", "Session track", "Thema", "Themenbereich", "Thème", "Temática", "トラック"],
  language: ["Language", "Session language", "Talk language", "Sprache", "Langue", "Idioma", "Taal", "言語"],
};

const BY_TITLE = new Map<string, CategoryKind>(
  Object.entries(TITLES).flatMap(([kind, titles]) => titles.map((title) => [fold(title), kind as CategoryKind] as const)),
);

/** The kind of a category from its title ("Session format" is the format, "Level" is something else). */
export function categoryKind(title: string): CategoryKind {
  return BY_TITLE.get(fold(title)) ?? "other";
}
