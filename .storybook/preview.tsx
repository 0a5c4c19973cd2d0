import type { Decorator, Preview } from "@storybook/react-vite";
import "../src/styles.css";
import "./preview.css";

/**
 * Every story sits on the recap-kit canvas of the chosen theme and direction, so that what
 * axe measures (contrast included) is what a reader sees. The browser test run renders every
 * story twice, once per theme (see vite.config.ts).
 */
const withThemeAndDirection: Decorator = (Story, context) => {
  const theme = context.globals.theme === "dark" ? "dark" : "light";
  const dir = context.parameters.direction ?? (context.globals.direction === "rtl" ? "rtl" : "ltr");
  return (
    <div className="rk-story-canvas" data-rk-theme={theme} dir={dir} lang={context.parameters.lang}>
      <Story />
    </div>
  );
};

const preview: Preview = {
  decorators: [withThemeAndDirection],
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
  initialGlobals: { theme: "light", direction: "ltr" },
  parameters: {
    layout: "fullscreen",
    controls: { expanded: true, matchers: { date: /Date$|At$/ } },
    a11y: { test: "error" },
    options: {
      storySort: { order: ["Introduction", "Getting started", "Authoring a recap", "Design tokens", "Components", "Pages"] },
    },
  },
  tags: ["autodocs"],
};

export default preview;
