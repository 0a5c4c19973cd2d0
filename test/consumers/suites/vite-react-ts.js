// Vite + React + TypeScript, as `npm create vite` makes it, with recap-kit/vite: production build
// with Vite's default targets, the recap imported as `./kubecon.recap.md` and parsed at build time,
// each page a lazy route, rendered to HTML in Node with the packed recap-kit, hydrated in Chromium.
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { openPage } from "../lib/browser.js";
import { colourChecks, consoleCheck } from "../lib/checks.js";
import { freePort, run, startServer } from "../lib/process.js";
import {
  brokenRecap,
  brokenRecapProblems,
  componentsIn,
  gzipSize,
  holdsRecapKit,
  parserModules,
  parserWordsIn,
} from "../lib/recapModule.js";
import { expect } from "../lib/report.js";

const APP = "vite-react-ts";
/** Issue 22: what a route showing one SessionCard may load of recap-kit (gzip), and the goal. */
const CARD_ROUTE_BUDGET = 5 * 1024;
const CARD_ROUTE_GOAL = 4 * 1024;

const PAGES = [
  { name: "/ in a light OS", path: "/", colorScheme: "light", theme: "light" },
  { name: "/ in a dark OS", path: "/", colorScheme: "dark", theme: "dark" },
  { name: '/dark-wrapper (data-rk-theme="dark" on a wrapper) in a light OS', path: "/dark-wrapper", colorScheme: "light", theme: "dark" },
];

/** @param {import("../run.js").Context} context */
export default async function viteReactTs({ report, work, logDir, browser, sessionCount, markdownFixture }) {
  const dir = join(work, "apps", APP);
  try {
    await report.phase(`${APP}: vite build (client and SSR)`, () =>
      run("npm", ["run", "build"], { cwd: dir, logDir, name: `${APP}-build` }),
    );
  } catch (error) {
    report.fail(APP, "build", "vite build (client and SSR)", String(error.message));
    return;
  }
  await noParser(report, work, join(dir, "dist/client/assets"));
  await report.phase(`${APP}: vite build of a copy with a broken recap`, () => brokenBuild(report, work, dir, logDir, markdownFixture));

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
        if (path === "/" && colorScheme === "light") measure(report, "/ (lazy route with RecapArticle): recap-kit JS", opened);
        await opened.close();
      }
      await cardRoute(report, server, browser);
    });
  } finally {
    await server.stop();
  }
}

/** `/card`, a lazy route with one SessionCard: rendered, hydrated, and within its budget. */
async function cardRoute(report, server, browser) {
  const name = "/card (lazy route with one SessionCard)";
  let opened;
  let html = "";
  await report.check(APP, name, "rendered on the server with one session card, then hydrated", async () => {
    html = await (await fetch(`${server.url}/card`)).text();
    const served = (html.match(/class="rk-SessionCard"/g) ?? []).length;
    expect(served === 1, `the server's HTML has ${served} session cards, not 1`);
    opened = await openPage(await browser(), `${server.url}/card`, { waitFor: "html[data-hydrated]" });
    await opened.page.waitForTimeout(300);
    expect((await opened.probe("count", ".rk-SessionCard")) === 1, "after hydration the page does not have exactly one card");
  });
  if (!opened) return;
  await consoleCheck(report, APP, name, opened, html);
  const size = measure(report, "/card (lazy route with one SessionCard): recap-kit JS", opened);
  await report.check(APP, name, `loads at most ${kB(CARD_ROUTE_BUDGET)} of recap-kit JS (goal ${kB(CARD_ROUTE_GOAL)})`, () => {
    expect(size.count > 0, "none of the page's scripts holds recap-kit's code: the measure would prove nothing");
    expect(size.gzip <= CARD_ROUTE_BUDGET, `${kB(size.gzip)} in ${size.count} chunk(s), over the budget of ${kB(CARD_ROUTE_BUDGET)}`);
    expect(!size.names.includes("rk-RecapArticle"), "the card's route loads RecapArticle's code");
  });
  await opened.close();
}

const kB = (bytes) => `${(bytes / 1024).toFixed(2)} kB`;

/** The scripts of an open page that hold recap-kit's code, as one size; what they are named. */
function measure(report, what, opened) {
  const ours = opened.scripts.filter(({ body }) => holdsRecapKit(body));
  const raw = ours.reduce((sum, { body }) => sum + body.length, 0);
  const gzip = ours.reduce((sum, { body }) => sum + gzipSize(body), 0);
  const note = `${ours.length} chunk(s) of ${opened.scripts.length} scripts; the recap's data and React apart`;
  report.size(APP, what, raw, gzip, note);
  const names = ours.flatMap(({ body }) => componentsIn(body));
  return { gzip, count: ours.length, names };
}

/** The client build holds none of the parsers' words, which the installed recap-kit's parser holds. */
async function noParser(report, work, assets) {
  await report.check(APP, "build", "the client JavaScript holds no parser (no validator message in any chunk)", () => {
    const control = parserModules(work);
    expect(control.ok, `the installed recap-kit holds no "${control.missing}": the search would prove nothing`);
    const found = readdirSync(assets)
      .filter((file) => file.endsWith(".js"))
      .flatMap((file) => parserWordsIn(readFileSync(join(assets, file), "utf8")).map((word) => `${file} holds "${word}"`));
    expect(found.length === 0, found.join("\n"));
  });
}

/** A copy of the app whose recap has a mistake: its build fails, saying the file, line and problem. */
async function brokenBuild(report, work, dir, logDir, markdownFixture) {
  const copy = join(work, "broken", APP);
  rmSync(copy, { recursive: true, force: true });
  mkdirSync(copy, { recursive: true });
  for (const entry of readdirSync(dir))
    if (entry !== "dist" && entry !== "node_modules") cpSync(join(dir, entry), join(copy, entry), { recursive: true });
  const broken = brokenRecap(readFileSync(markdownFixture, "utf8"));
  writeFileSync(join(copy, "src/kubecon.recap.md"), broken.text);
  await report.check(APP, "build", "a broken recap fails the build with its file, line and check's message", async () => {
    const output = await run("npx", ["vite", "build"], { cwd: copy, logDir, name: `${APP}-broken-build` }).then(
      () => undefined,
      (error) => String(error.output ?? error.message),
    );
    expect(output !== undefined, "vite build succeeded with a broken recap");
    const problems = brokenRecapProblems(output, "src/kubecon.recap.md", broken);
    expect(problems.length === 0, `the build's output ${problems.join("; ")}:\n${output.slice(-1500)}`);
  });
}
