// The static Storybook a designer opens (`npm run build-storybook`, production CSS) against the
// dev server (`storybook dev`, CSS as written): one story's colours, light and dark.
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { focusWithKeyboard, openPage } from "../lib/browser.js";
import { freePort, run, serveStatic, startServer } from "../lib/process.js";
import { expect } from "../lib/report.js";

const APP = "storybook";
const STORY = "components-sessioncard--everything-filled-in";

const COLOURS = [
  ["canvas", ".rk-story-canvas", "background-color"],
  ["card background", ".rk-SessionCard", "background-color"],
  ["title", ".rk-SessionCard-title", "color"],
  ["text", ".rk-SessionCard-summary p", "color"],
  ["link", ".rk-ResourceLinks a", "color"],
];

async function colours(browser, url) {
  const opened = await openPage(browser, url, { waitFor: ".rk-SessionCard", timeoutMs: 180_000 });
  const values = {};
  for (const [label, selector, property] of COLOURS) values[label] = (await opened.probe("styles", selector, [property]))[property];
  const text = await opened.probe("text", ".rk-SessionCard-summary p");
  const ring = await focusWithKeyboard(opened.page, ".rk-ResourceLinks a");
  values["focus ring"] = ring ? `${ring.style} ${ring.width}px ${ring.color}` : "nothing focused";
  await opened.close();
  return { values, ratio: text.ratio };
}

/**
 * Why the static Storybook must be built again: missing, or older than a source it is built from
 * (a stale build would compare yesterday's CSS); `undefined` when it is current.
 * @param {string} repo
 * @param {string} built
 * @returns {string | undefined}
 */
function staleness(repo, built) {
  if (!existsSync(built)) return "was missing";
  const builtAt = statSync(built).mtimeMs;
  /** @param {string} dir @returns {boolean} */
  const newer = (dir) =>
    readdirSync(dir, { withFileTypes: true }).some((entry) => {
      const path = join(dir, entry.name);
      return entry.isDirectory() ? newer(path) : statSync(path).mtimeMs > builtAt;
    });
  return ["src", "stories", ".storybook"].some((dir) => newer(join(repo, dir))) ? "was older than the sources" : undefined;
}

/** @param {import("../run.js").Context} context */
export default async function storybook({ report, repo, logDir, browser }) {
  const staticDir = join(repo, "storybook-static");
  const stale = staleness(repo, join(staticDir, "iframe.html"));
  if (stale) {
    try {
      await report.phase(`${APP}: npm run build-storybook (storybook-static/ ${stale})`, () =>
        run("npm", ["run", "build-storybook"], { cwd: repo, logDir, name: "build-storybook" }),
      );
    } catch (error) {
      report.fail(APP, "build", "npm run build-storybook", String(error.message));
      return;
    }
  }
  const built = await serveStatic(staticDir);
  const port = await freePort();
  let dev;
  try {
    dev = await report.phase(`${APP}: storybook dev --ci (start)`, () =>
      startServer("npx", ["storybook", "dev", "--ci", "--no-open", "--quiet", "-p", String(port), "--host", "127.0.0.1"], {
        cwd: repo,
        logDir,
        name: "storybook-dev",
        port,
        readyPath: "/iframe.html",
        timeoutMs: 240_000,
      }),
    );
  } catch (error) {
    report.fail(APP, "dev server", "storybook dev starts", String(error.message));
    await built.stop();
    return;
  }
  try {
    await report.phase(`${APP}: checks in Chromium`, async () => {
      for (const theme of ["light", "dark"]) {
        const path = `/iframe.html?id=${STORY}&viewMode=story&globals=theme:${theme}`;
        const page = `${STORY}, theme ${theme}`;
        let want;
        await report.check(APP, page, "the dev server shows the story with readable colours", async () => {
          want = await colours(await browser(), `${dev.url}${path}`);
          expect(want.values.text !== "rgb(0 0 0)" && !want.values["card background"].endsWith("/ 0)"), JSON.stringify(want.values));
          expect(want.ratio >= 4.5, `text contrast ${want.ratio.toFixed(2)}:1 on the dev server`);
        });
        if (!want) continue;
        await report.check(APP, page, "the static build shows the colours of the dev server", async () => {
          const got = await colours(await browser(), `${built.url}${path}`);
          const differences = Object.keys(want.values)
            .filter((key) => got.values[key] !== want.values[key])
            .map((key) => `${key}: ${got.values[key]} in storybook-static/, ${want.values[key]} on the dev server`);
          expect(differences.length === 0, differences.join("\n"));
        });
      }
    });
  } finally {
    await dev.stop();
    await built.stop();
  }
}
