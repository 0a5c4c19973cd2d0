// Host pages: the recap in the sites recap-kit is embedded in, built as those sites build them:
// their own stylesheet from npm (Bootstrap, Pico, Simple.css, Water.css) or as their theme prints
// it (a WordPress block theme, Ghost's Casper), loaded AFTER recap-kit/styles.css; or the
// self-contained embed (Declarative Shadow DOM) pasted where an editor takes HTML. Every page of
// pages/ is a template: `<!-- recap-kit: article -->` becomes the article rendered by
// recap-kit/static under the page's own <h1>, `<!-- recap-kit: embed -->` the embed fragment.
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { parseRecap } from "recap-kit";
import { renderRecapEmbed, renderRecapToHtml } from "recap-kit/static";

const require = createRequire(import.meta.url);
const recap = parseRecap(JSON.parse(readFileSync("recap.json", "utf8")));

// Most pages show the recap's title as their own <h1>: the recap's title is that h1 (level 1, not
// shown again), so its sessions are h2, and its header keeps the event, dates and reading time.
// `section` is a recap under a page <h1> of its own ("Conference notes"): its title is an h2.
const options = { headingLevel: 1, showTitle: false };
const parts = {
  title: recap.title,
  article: renderRecapToHtml(recap, { ...options, fragment: true }),
  section: renderRecapToHtml(recap, { fragment: true, headingLevel: 2 }),
  embed: renderRecapEmbed(recap, options),
};

mkdirSync("dist", { recursive: true });
const assets = {
  "recap-kit.css": require.resolve("recap-kit/styles.css"),
  "recap-kit-embed.js": require.resolve("recap-kit/embed"),
  "bootstrap.css": require.resolve("bootstrap/dist/css/bootstrap.min.css"),
  "pico.css": require.resolve("@picocss/pico/css/pico.classless.min.css"),
  "simple.css": require.resolve("simpledotcss/simple.min.css"),
  "water.css": require.resolve("water.css/out/water.min.css"),
  "wordpress.css": "wordpress.css",
  "ghost.css": "ghost.css",
  "hostile.css": "hostile.css",
};
for (const [name, file] of Object.entries(assets)) copyFileSync(file, `dist/${name}`);
// What <recap-kit-embed src> fetches: the embed fragment, hosted on its own.
writeFileSync("dist/recap.html", parts.embed);

for (const file of readdirSync("pages").filter((name) => name.endsWith(".html"))) {
  const template = readFileSync(`pages/${file}`, "utf8");
  writeFileSync(
    `dist/${file}`,
    template.replace(/<!-- recap-kit: (\w+) -->|{{recap-kit: (\w+)}}/g, (_, part, text) => parts[part ?? text]),
  );
}
