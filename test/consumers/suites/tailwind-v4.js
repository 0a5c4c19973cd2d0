// Tailwind CSS v4 in a Vite app, with recap-kit/styles.layer.css placed between Tailwind's base
// (Preflight) and its utilities by `@layer theme, base, recap-kit, components, utilities;`.
import { join } from "node:path";
import { openPage } from "../lib/browser.js";
import { colourChecks, consoleCheck, layoutChecks } from "../lib/checks.js";
import { contrastChecks, outlineCheck } from "../lib/hosts.js";
import { run, serveStatic } from "../lib/process.js";
import { expect } from "../lib/report.js";

const APP = "tailwind-v4";

/** @param {import("../run.js").Context} context */
export default async function tailwindV4({ report, work, logDir, browser, exports, reference }) {
  if (!exports["./styles.layer.css"]) {
    report.fail(
      APP,
      "build",
      'imports "recap-kit/styles.layer.css"',
      `missing export: the packed recap-kit's exports map has no "./styles.layer.css" (it has ${Object.keys(exports).join(", ")}); the app cannot be built`,
    );
    return;
  }
  const dir = join(work, "apps", APP);
  try {
    await report.phase(`${APP}: vite build`, () => run("npm", ["run", "build"], { cwd: dir, logDir, name: `${APP}-build` }));
  } catch (error) {
    report.fail(APP, "build", "vite build", String(error.message));
    return;
  }
  const server = await serveStatic(join(dir, "dist"));
  try {
    await report.phase(`${APP}: checks in Chromium`, async () => {
      const plain = await openPage(await browser(), `${(await reference()).url}/`);
      for (const colorScheme of /** @type {const} */ (["light", "dark"])) {
        const name = `/ in a ${colorScheme} OS`;
        let opened;
        await report.check(APP, name, "loads", async () => {
          opened = await openPage(await browser(), `${server.url}/`, { colorScheme, waitFor: ".rk-RecapArticle" });
        });
        if (!opened) continue;
        await consoleCheck(report, APP, name, opened);
        if (colorScheme === "light") {
          await report.check(APP, name, 'a utility class (className="p-10") overrides recap-kit\'s padding', async () => {
            const props = ["padding-block-start", "padding-inline-start"];
            const card = await opened.probe("styles", "#highlight", props);
            const utility = await opened.probe("styles", "#utility-probe", props);
            for (const prop of props)
              expect(card[prop] === utility[prop], `${card.element}: ${prop} ${card[prop]}, the utility p-10 gives ${utility[prop]}`);
          });
          await layoutChecks(report, APP, name, opened, plain);
        }
        await colourChecks(report, APP, name, opened, colorScheme);
        await opened.close();
      }
      await plain.close();
      // shadcn/ui's theme: a `dark` class on <html> switches the page, whatever the reader's OS.
      for (const theme of /** @type {const} */ (["light", "dark"])) {
        for (const colorScheme of /** @type {const} */ (["light", "dark"])) {
          const name = `/shadcn.html (shadcn/ui, ${theme === "dark" ? 'class="dark"' : "no class"}) in a ${colorScheme} OS`;
          let opened;
          await report.check(APP, name, "loads", async () => {
            opened = await openPage(await browser(), `${server.url}/shadcn.html${theme === "dark" ? "?theme=dark" : ""}`, {
              colorScheme,
              waitFor: ".rk-RecapArticle",
            });
          });
          if (!opened) continue;
          await consoleCheck(report, APP, name, opened);
          const lowest = await contrastChecks(report, APP, name, opened);
          report.matrixRow(
            "Tailwind v4 + shadcn/ui",
            theme === "dark" ? 'class="dark" on <html>' : "no class (light)",
            colorScheme,
            lowest,
          );
          if (theme === "light" && colorScheme === "light") await outlineCheck(report, APP, name, opened);
          await opened.close();
        }
      }
    });
  } finally {
    await server.stop();
  }
}
