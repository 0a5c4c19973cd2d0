import type { InputType } from "storybook/internal/types";
import { LABELS, type RecapLabels } from "../../src/labels/index.js";

// Controls a designer can use: selects for closed sets, editable JSON for lists of people and
// links, labels chosen by language. react-docgen cannot read the model's types, so the stories
// say what each prop takes.

const LANGUAGES = ["en", "de", "fr", "nl", "es", "ja", "ar"];

/** The recap's language: a select of the languages recap-kit has labels for. */
export const languageControl: InputType = {
  control: "select",
  options: LANGUAGES,
  description:
    "BCP 47 language of the recap: joining words and initials follow it, and dates that parseRecap has not written already. Pick the labels of the same language below.",
};

/** Labels by language: the select shows a language, the component gets its complete label set. */
export const labelsControl: InputType = {
  control: "select",
  options: ["none", ...LANGUAGES],
  mapping: { none: undefined, ...(LABELS as Record<string, RecapLabels>) },
  description:
    "The labels: a language's complete set (`labels={de}`, from `recap-kit/labels/de`), or overrides on top of English (English when none).",
};

/** An editable JSON value (a list of people, of resources, of teasers), with its type said in words. */
export function jsonControl(type: string, description: string): InputType {
  return { control: "object", description, table: { type: { summary: type } } };
}

/** A select of a closed set of strings. */
export function selectControl(options: readonly string[], description: string): InputType {
  return { control: "select", options: [...options], description, table: { type: { summary: options.map((o) => `"${o}"`).join(" | ") } } };
}

/**
 * A yes/no prop whose default is worked out (`showAvatars`: when someone has a picture): a toggle of
 * three, "auto" leaving the prop out.
 */
export function optionalBooleanControl(description: string): InputType {
  return {
    control: "inline-radio",
    options: ["auto", "yes", "no"],
    mapping: { auto: undefined, yes: true, no: false },
    description,
    table: { type: { summary: "boolean" } },
  };
}

/** A string prop edited as text, with its format said in words (react-docgen cannot read the model's types). */
export function textControl(description: string, type = "string"): InputType {
  return { control: "text", description, table: { type: { summary: type } } };
}

/** A prop that takes elements (children): plain text in the control. */
export const textChildrenControl: InputType = { control: "text", table: { type: { summary: "ReactNode" } } };

/** Props a designer has no use for in a control panel (refs, handlers …). */
export const hidden: InputType = { table: { disable: true } };

/** A phone-sized viewport (Storybook's own globals): the story opens at 375 × 667. */
export const mobileViewport = { viewport: { value: "mobile375", isRotated: false } };
