// Vite + React + TypeScript, as `npm create vite` makes it: production build with Vite's default
// targets, rendered to HTML in Node with the packed recap-kit, hydrated in Chromium.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { openPage } from "../lib/browser.js";
import { colourChecks, consoleCheck } from "../lib/checks.js";
import { freePort, run, startServer } from "../lib/process.js";
import { expect } from "../lib/report.js";

const APP = "vite-react-ts";

const PAGES = [
  { name: "/ in a light OS", path: "/", colorScheme: "light", theme: "light" },
  { name: "/ in a dark OS", path: "/", colorScheme: "dark", theme: "dark" },
  { name: '/dark-wrapper (data-rk-theme="dark" on a wrapper) in a light OS', path: "/dark-wrapper", colorScheme: "light", theme: "dark" },
];

/** @param {import("../run.js").Context} context */
export default async function viteReactTs({ report, work, logDir, browser, sessionCount }) {
  const dir = join(work, "apps", APP);
  try {
    await report.phase(`${APP}: vite build (client and SSR)`, () =>
      run("npm", ["run", "build"], { cwd: dir, logDir, name: `${APP}-build` }),
    );
  } catch (error) {
    report.fail(APP, "build", "vite build (client and SSR)", String(error.message));
    return;
  }
  measure(report, join(dir, "dist/client/assets"));

  const port = await freePort();
  const server = await startServer("node", ["server.js"], {
    cwd: dir,
    logDir,
    name: `${APP}-server`,
    port,
    env: { PORT: String(port), NODE_ENV: "production" },
  });
  try {
    await report.phase(`${APP}: checks in Chromium`, async () => {
      for (const { name, path, colorScheme, theme } of PAGES) {
        let opened;
        let html = "";
        await report.check(APP, name, "rendered on the server in Node, then hydrated", async () => {
          html = await (await fetch(`${server.url}${path}`)).text();
          const served = (html.match(/class="rk-SessionCard"/g) ?? []).length;
          expect(served === sessionCount, `the server's HTML has ${served} session cards, the fixture ${sessionCount}`);
          opened = await openPage(await browser(), `${server.url}${path}`, { colorScheme, waitFor: "html[data-hydrated]" });
          // React reports a hydration mismatch after it commits; give it a moment to say so.
          await opened.page.waitForTimeout(300);
          const cards = await opened.probe("count", ".rk-SessionCard");
          expect(cards === sessionCount, `after hydration the page has ${cards} session cards, the fixture ${sessionCount}`);
        });
        if (!opened) continue;
        await consoleCheck(report, APP, name, opened, html);
        await colourChecks(report, APP, name, opened, /** @type {"light" | "dark"} */ (theme));
        await opened.close();
      }
    });
  } finally {
    await server.stop();
  }
}

/** The recap-kit chunk (recap-kit and clsx, split out by the app's vite.config.ts) against all JS. */
function measure(report, assets) {
  const files = readdirSync(assets).filter((file) => file.endsWith(".js"));
  const size = (file) => {
    const body = readFileSync(join(assets, file));
    return { raw: body.length, gzip: gzipSync(body, { level: 9 }).length };
  };
  const all = files.map(size).reduce((sum, one) => ({ raw: sum.raw + one.raw, gzip: sum.gzip + one.gzip }), { raw: 0, gzip: 0 });
  const chunk = files.find((file) => file.startsWith("recap-kit-"));
  if (!chunk) {
    report.fail(APP, "build", "recap-kit gets a chunk of its own (for measuring)", `no recap-kit-*.js among ${files.join(", ")}`);
    return;
  }
  const own = size(chunk);
  report.size(
    APP,
    "recap-kit chunk (RecapArticle + parseRecap, with clsx)",
    own.raw,
    own.gzip,
    `of ${(all.gzip / 1024).toFixed(2)} kB gzip JS in all`,
  );
}
