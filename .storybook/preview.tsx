import type { Decorator, Preview } from "@storybook/react-vite";
import { MINIMAL_VIEWPORTS } from "storybook/viewport";
import { LABELS, textDirection } from "../src/index.js";
import "../src/styles.css";
import "./preview.css";

/**
 * The toolbar's language: the story as written, or the same story with another language's
 * labels, dates and joining words. For a whole recap, the document's own language changes.
 */
const withLanguage: Decorator = (Story, context) => {
  const locale = context.globals.locale;
  if (!locale || locale === "story" || !LABELS[locale]) return <Story />;
  const args = context.args as Record<string, unknown>;
  const recap = args.recap;
  const next =
    recap && typeof recap === "object"
      ? { ...args, recap: { ...recap, language: locale } }
      : { ...args, language: locale, labels: LABELS[locale] };
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
  decorators: [withLanguage, withThemeAndDirection],
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
    controls: { expanded: true, matchers: { date: /Date$|At$/ } },
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
          "Authoring a recap",
          "Design tokens",
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
