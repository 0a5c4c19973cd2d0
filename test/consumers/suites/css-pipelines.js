// The shipped stylesheet through PostCSS (autoprefixer, postcss-preset-env), esbuild's minifier,
// lightningcss with Vite's default targets, and inlined by the CLI's standalone page: each must
// give the colours the stylesheet gives as shipped, in light, dark and under data-rk-theme="dark".
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { focusWithKeyboard, openPage } from "../lib/browser.js";
import { run, serveStatic } from "../lib/process.js";
import { expect } from "../lib/report.js";

const APP = "css-pipelines";

/** What a reader sees of recap-kit's colours. */
const COLOURS = [
  ["text", ".rk-SessionCard-summary p", "color"],
  ["heading", ".rk-RecapHeader-title", "color"],
  ["muted text", ".rk-RecapHeader-facts", "color"],
  ["link", ".rk-Prose a", "color"],
  ["index background", ".rk-SessionIndex", "background-color"],
  ["index border", ".rk-SessionIndex", "border-block-start-color"],
  ["rule between sessions", ".rk-SessionCard + .rk-SessionCard", "border-block-start-color"],
];

/** Generated punctuation, whose empty alternative text keeps screen readers from reading it out. */
const SEPARATOR = [".rk-RecapHeader-event .rk-MetaItem", "::after"];

/**
 * The page has no CSS of its own, so a dark OS leaves it (and the recap) light; data-rk-theme forces
 * a theme or follows the OS. The CLI's standalone page owns its canvas and follows the OS itself: it
 * is compared where the reference follows the OS too (`auto`), not where the reference stays light.
 */
const MODES = [
  { name: "light OS", colorScheme: "light", theme: undefined, dark: false },
  {
    name: "dark OS (the page has no dark theme: the recap stays light)",
    colorScheme: "dark",
    theme: undefined,
    dark: false,
    skip: ["cli"],
  },
  { name: 'data-rk-theme="dark" on <main> in a light OS', colorScheme: "light", theme: "dark", dark: true },
  { name: 'data-rk-theme="auto" on <main> in a dark OS', colorScheme: "dark", theme: "auto", dark: true },
];

async function colours(opened, theme) {
  if (theme) await opened.page.evaluate((value) => document.querySelector("main")?.setAttribute("data-rk-theme", value), theme);
  const values = {};
  for (const [label, selector, property] of COLOURS) {
    values[`${label} (${selector} ${property})`] = (await opened.probe("styles", selector, [property]))[property];
  }
  const [selector, pseudo] = SEPARATOR;
  values[`separator (${selector}${pseudo} content)`] = (await opened.probe("styles", selector, ["content"], pseudo)).content;
  const ring = await focusWithKeyboard(opened.page, ".rk-SessionIndex a");
  values["focus ring (.rk-SessionIndex a outline)"] = ring ? `${ring.style} ${ring.width}px ${ring.color}` : "nothing focused";
  return values;
}

/** @param {import("../run.js").Context} context */
export default async function cssPipelines({ report, work, logDir, browser }) {
  const dir = join(work, "apps", APP);
  try {
    await report.phase(`${APP}: run the pipelines`, () => run("npm", ["run", "build"], { cwd: dir, logDir, name: `${APP}-build` }));
  } catch (error) {
    report.fail(APP, "build", "run the pipelines", String(error.message));
    return;
  }
  const pipelines = JSON.parse(readFileSync(join(dir, "dist/pipelines.json"), "utf8"));
  const server = await serveStatic(join(dir, "dist"));
  try {
    await report.phase(`${APP}: checks in Chromium`, async () => {
      const text = `text (${COLOURS[0][1]} color)`;
      const card = `index background (${COLOURS[4][1]} background-color)`;
      let light;
      for (const mode of MODES) {
        const raw = await openPage(await browser(), `${server.url}/raw.html`, { colorScheme: mode.colorScheme });
        const want = await colours(raw, mode.theme);
        await raw.close();
        light ??= want;
        // The reference itself must be worth comparing with: real colours, and dark unlike light.
        await report.check(APP, `raw styles.css, ${mode.name}`, "draws recap-kit's own colours (not black text on no background)", () => {
          expect(want[text] !== "rgb(0 0 0)" && !want[card].endsWith("/ 0)"), `text ${want[text]}, index background ${want[card]}`);
          const separator = want[`separator (${SEPARATOR.join("")} content)`];
          expect(separator === '"·" / ""', `the separator is ${separator}, not "·" with empty alternative text`);
          if (mode.dark) expect(want[card] !== light[card], `the card background is ${want[card]} here as in a light OS`);
          else expect(want[card] === light[card], `the card background is ${want[card]}, not the light ${light[card]}`);
        });
        for (const [pipeline, how] of Object.entries(pipelines)) {
          if (pipeline === "raw" || mode.skip?.includes(pipeline)) continue;
          const page = `${pipeline}: ${how}, ${mode.name}`;
          await report.check(APP, page, "colours equal those of styles.css as shipped", async () => {
            const opened = await openPage(await browser(), `${server.url}/${pipeline}.html`, { colorScheme: mode.colorScheme });
            const got = await colours(opened, mode.theme);
            await opened.close();
            const differences = Object.keys(want)
              .filter((key) => got[key] !== want[key])
              .map((key) => `${key}: ${got[key]} instead of ${want[key]}`);
            expect(differences.length === 0, differences.join("\n"));
          });
        }
      }
    });
  } finally {
    await server.stop();
  }
}
