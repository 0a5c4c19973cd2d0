// @ts-check
// A Docusaurus 3 site (the classic preset, docs only) with a recap as one of its pages.
// recap-kit's stylesheet is loaded through customCss, after Infima's; recap files are parsed at
// build time by recap-kit's loader (kept out of docs/ and src/pages/, which Docusaurus reads as pages).

/** @type {import('@docusaurus/types').Config} */
const config = {
  title: "Our docs",
  url: "http://127.0.0.1",
  baseUrl: "/",
  onBrokenLinks: "throw",
  headTags: [{ tagName: "link", attributes: { rel: "icon", href: "data:," } }],
  presets: [
    [
      "classic",
      /** @type {import('@docusaurus/preset-classic').Options} */
      ({
        docs: { routeBasePath: "/", sidebarPath: false },
        blog: false,
        theme: { customCss: [require.resolve("recap-kit/styles.css"), "./src/css/custom.css"] },
      }),
    ],
  ],
  plugins: [
    () => ({
      name: "recap-kit",
      configureWebpack: () => ({
        module: {
          rules: [
            // A Markdown rule, as Docusaurus's own are: its MDX loader then leaves the files it includes alone.
            { test: /\.mdx?$/, include: /\.recap\.md$/, use: "recap-kit/webpack" },
            { test: /\.recap\.json$/, type: "javascript/auto", use: "recap-kit/webpack" },
          ],
        },
      }),
    }),
  ],
  themeConfig: {
    navbar: { title: "Our docs" },
    // Docusaurus's defaults, written out: light unless the reader picks dark with the navbar's toggle.
    colorMode: { defaultMode: "light", respectPrefersColorScheme: false },
  },
};

module.exports = config;
