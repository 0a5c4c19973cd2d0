import type { Decorator, Preview } from "@storybook/react-vite";
import { MINIMAL_VIEWPORTS } from "storybook/viewport";
import { isParsedRecap, parseRecap, type Recap, richText, textDirection, toRecapDocument } from "../src/index.js";
import { LABELS } from "../src/labels/index.js";
import "../src/styles.css";
import "./preview.css";

const relocalised = new WeakMap<Recap, Map<string, Recap>>();

/** The recap parsed again in another language, as a site in that language would (once per recap and language). */
function inLanguage(recap: Recap, language: string): Recap {
  const byLanguage = relocalised.get(recap) ?? new Map<string, Recap>();
  relocalised.set(recap, byLanguage);
  const result = byLanguage.get(language) ?? parseRecap({ ...toRecapDocument(recap), language });
  byLanguage.set(language, result);
  return result;
}

/** Leaves out what parseRecap wrote in the story's language, so that the component writes it in the toolbar's. */
function withoutWrittenDates(args: Record<string, unknown>): Record<string, unknown> {
  const { dateText, timeText, publishedText, updatedText, ...rest } = args;
  const event = rest.event as { dateText?: unknown } | undefined;
  if (event && typeof event === "object") {
    const { dateText: _eventDates, ...undated } = event;
    rest.event = undated;
  }
  if (Array.isArray(rest.relatedReads))
    rest.relatedReads = rest.relatedReads.map((read: { dateText?: unknown }) => {
      const { dateText: _readDate, ...undated } = read ?? {};
      return undated;
    });
  return rest;
}

/** Dates and the props that hold them as parseRecap wrote them for readers. */
const WRITTEN_DATES = [
  ["date", "dateText", "timeText"],
  ["publishedAt", "publishedText"],
  ["updatedAt", "updatedText"],
];

/** Props that hold rich text, which Controls shows as `{ text, nodes }`. */
const RICH_TEXT_ARGS = ["summary", "takeaways", "body", "paragraphs", "excerpt"];

/**
 * A designer edits a paragraph's `text` in Controls; components render its `nodes`. Where the two no
 * longer agree, the text is read again (its inline markup too), so the edit shows. Likewise a date.
 */
const withEditedText: Decorator = (Story, context) => {
  const args = context.args as Record<string, unknown>;
  let changed = false;
  const reread = (value: unknown): unknown => {
    if (!value || typeof value !== "object" || !("text" in value) || !("nodes" in value)) return value;
    const { text, nodes } = value as { text: unknown; nodes: unknown };
    if (typeof text !== "string" || !Array.isArray(nodes)) return value;
    const read = richText(text);
    if (JSON.stringify(read.nodes) === JSON.stringify(nodes)) return value;
    changed = true;
    return read;
  };
  const next = { ...args };
  for (const name of RICH_TEXT_ARGS) {
    const value = args[name];
    next[name] = Array.isArray(value) ? value.map(reread) : reread(value);
  }
  // A date changed in Controls is written again by the component, not shown as parseRecap wrote the old one.
  for (const [date, ...written] of WRITTEN_DATES) {
    if (args[date] === context.initialArgs[date]) continue;
    for (const name of written) {
      if (next[name] === undefined) continue;
      delete next[name];
      changed = true;
    }
  }
  return changed ? <Story args={next} /> : <Story />;
};

/**
 * The toolbar's language: the story as written, or the same story with another language's
 * labels, dates and joining words. A whole recap is parsed again in that language (dates and the
 * writing direction are written by parseRecap) and gets its labels, as a site in that language
 * passes them (`labels={de}`).
 */
const withLanguage: Decorator = (Story, context) => {
  const locale = context.globals.locale;
  const labels = locale ? LABELS[locale] : undefined;
  if (!locale || locale === "story" || !labels) return <Story />;
  const args = context.args as Record<string, unknown>;
  const next = isParsedRecap(args.recap)
    ? { ...args, recap: inLanguage(args.recap, locale), labels }
    : { ...withoutWrittenDates(args), language: locale, labels };
  return <Story args={next} />;
};

/**
 * Every story sits on the recap-kit canvas of the chosen theme and direction, so that what
 * axe measures (contrast included) is what a reader sees. The browser test run renders every
 * story twice, once per theme (see vite.config.ts).
 */
const withThemeAndDirection: Decorator = (Story, context) => {
  const theme = context.globals.theme === "dark" ? "dark" : "light";
  const locale = context.globals.locale && context.globals.locale !== "story" ? context.globals.locale : undefined;
  const dir = context.parameters.direction ?? (context.globals.direction === "rtl" ? "rtl" : locale ? textDirection(locale) : "ltr");
  return (
    <div className="rk-story-canvas" data-rk-theme={theme} dir={dir} lang={locale ?? context.parameters.lang}>
      <Story />
    </div>
  );
};

const preview: Preview = {
  decorators: [withEditedText, withLanguage, withThemeAndDirection],
  globalTypes: {
    theme: {
      description: "Colour theme",
      toolbar: {
        title: "Theme",
        icon: "contrast",
        items: [
          { value: "light", title: "Light", icon: "sun" },
          { value: "dark", title: "Dark", icon: "moon" },
        ],
        dynamicTitle: true,
      },
    },
    locale: {
      description: "Language of labels, dates and joining words",
      toolbar: {
        title: "Language",
        icon: "globe",
        items: [
          { value: "story", title: "As written" },
          { value: "en", title: "English" },
          { value: "de", title: "Deutsch" },
          { value: "fr", title: "Français" },
          { value: "nl", title: "Nederlands" },
          { value: "es", title: "Español" },
          { value: "ja", title: "日本語" },
          { value: "ar", title: "العربية" },
        ],
        dynamicTitle: true,
      },
    },
    direction: {
      description: "Text direction",
      toolbar: {
        title: "Direction",
        icon: "transfer",
        items: [
          { value: "ltr", title: "Left to right" },
          { value: "rtl", title: "Right to left" },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { theme: "light", locale: "story", direction: "ltr" },
  parameters: {
    layout: "fullscreen",
    // No date pickers: they hand a component a number of milliseconds, and recap-kit's dates are ISO
    // strings ("2021-05-04"), edited as text (stories/docs/controls.ts).
    controls: { expanded: true },
    a11y: { test: "error" },
    // The phones the design is checked at: 375 px (the common one) and 320 px (the narrowest).
    viewport: {
      options: {
        mobile375: { name: "Phone, 375 px", styles: { width: "375px", height: "667px" }, type: "mobile" },
        ...MINIMAL_VIEWPORTS,
      },
    },
    options: {
      storySort: {
        order: [
          "Introduction",
          "Getting started",
          "Use it in your stack",
          "Embedding",
          "Authoring a recap",
          "Design tokens",
          "Overview",
          "Components",
          "Pages",
          "Testing",
        ],
      },
    },
  },
  tags: ["autodocs"],
};

export default preview;
