import type { StorybookConfig } from "@storybook/react-vite";
import remarkGfm from "remark-gfm";
import { mergeConfig } from "vite";
// recap-kit/vite, from source (an app writes `import recap from "recap-kit/vite"`).
import recap from "../src/vite/index.js";

const config: StorybookConfig = {
  stories: ["../stories/**/*.mdx", "../stories/**/*.stories.@(ts|tsx)"],
  addons: [
    // Tables in the docs pages are GitHub-flavoured Markdown, which MDX does not read by itself.
    { name: "@storybook/addon-docs", options: { mdxPluginOptions: { mdxCompileOptions: { remarkPlugins: [remarkGfm] } } } },
    "@storybook/addon-a11y",
    "@storybook/addon-vitest",
  ],
  staticDirs: [{ from: "../stories/assets", to: "/assets" }],
  framework: { name: "@storybook/react-vite", options: {} },
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  typescript: { reactDocgen: "react-docgen" },
  // Stories import recap files as an app does: `.recap.md` parsed at build time by the plugin. The JSON
  // fixtures stay documents (tests read them as written, and stories parse them as a server would).
  viteFinal: (config) => mergeConfig(config, { plugins: [recap({ include: /\.recap\.md$/ })] }),
};

export default config;
