// Next.js App Router, as create-next-app makes it (its globals.css included, next/font removed), with
// recap-kit/webpack: the recap imported as `./kubecon.recap.md` and parsed at build time; RecapArticle
// in a Server Component, SessionCard and RecapArticle in Client Components; `next build` and
// `next start`, with Turbopack and with webpack.
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { openPage } from "../lib/browser.js";
import { colourChecks, consoleCheck, linkCheck } from "../lib/checks.js";
import { contrastChecks, outlineCheck } from "../lib/hosts.js";
import { freePort, run, startServer } from "../lib/process.js";
import { brokenRecap, brokenRecapProblems, parserModules, parserWordsIn } from "../lib/recapModule.js";
import { expect } from "../lib/report.js";

const APP = "next-app";
const ENV = { NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: "production" };
/** Strings that only recap-kit's code holds: public class names and English labels. */
const MARKERS = ["rk-RecapArticle", "rk-SessionCard", "rk-SpeakerByline", "rk-SessionIndex", "Link to this session"];

const SERVER_PAGES = [
  { name: "/ (Server Component) in a light OS", path: "/", colorScheme: "light", theme: "light" },
  { name: "/ (Server Component) in a dark OS", path: "/", colorScheme: "dark", theme: "dark" },
  {
    name: '/dark-wrapper (Server Component, data-rk-theme="dark") in a light OS',
    path: "/dark-wrapper",
    colorScheme: "light",
    theme: "dark",
  },
];

/** @param {import("../run.js").Context} context */
export default async function nextApp(context) {
  for (const bundler of ["turbopack", "webpack"]) await withBundler(context, bundler);
  await context.report.phase(`${APP}: next build of a copy with a broken recap`, () => brokenBuild(context));
}

/**
 * A copy of the app whose recap has a mistake: `next build` fails, saying the file, line and problem.
 * Turbopack only, Next's default: the loader's message through webpack's compiler is a unit test
 * (test/build.webpack.test.ts), and every Next build here costs CI most of a minute.
 */
async function brokenBuild({ report, work, logDir, markdownFixture }) {
  const dir = join(work, "apps", APP);
  const copy = join(work, "broken", APP);
  rmSync(copy, { recursive: true, force: true });
  mkdirSync(copy, { recursive: true });
  for (const entry of readdirSync(dir))
    if (![".next", "node_modules"].includes(entry)) cpSync(join(dir, entry), join(copy, entry), { recursive: true });
  // The layout and the page that shows the recap are enough for the build to meet it, and build faster.
  for (const route of readdirSync(join(copy, "app"), { withFileTypes: true }))
    if (route.isDirectory()) rmSync(join(copy, "app", route.name), { recursive: true });
  const broken = brokenRecap(readFileSync(markdownFixture, "utf8"));
  writeFileSync(join(copy, "app/kubecon.recap.md"), broken.text);
  await report.check(
    `${APP} (turbopack)`,
    "build",
    "next build of a broken recap fails with its file, line and check's message",
    async () => {
      const output = await run("npx", ["next", "build"], { cwd: copy, logDir, name: `${APP}-broken-build`, env: ENV }).then(
        () => undefined,
        (error) => String(error.output ?? error.message),
      );
      expect(output !== undefined, "next build succeeded with a broken recap");
      const problems = brokenRecapProblems(output, "app/kubecon.recap.md", broken);
      expect(problems.length === 0, `the build's output ${problems.join("; ")}:\n${output.slice(-1500)}`);
    },
  );
}

/** Every client chunk the build wrote holds none of the parsers' words (which the installed recap-kit's parser holds). */
async function noParser(report, app, work, dir) {
  await report.check(app, "build", "the client JavaScript holds no parser (no validator message in any chunk)", () => {
    const control = parserModules(work);
    expect(control.ok, `the installed recap-kit holds no "${control.missing}": the search would prove nothing`);
    const statics = join(dir, ".next/static");
    const files = readdirSync(statics, { recursive: true })
      .map(String)
      .filter((file) => file.endsWith(".js"));
    expect(files.length > 0, `${statics} holds no JavaScript: nothing to check`);
    const found = files.flatMap((file) =>
      parserWordsIn(readFileSync(join(statics, file), "utf8")).map((word) => `${file} holds "${word}"`),
    );
    expect(found.length === 0, found.join("\n"));
  });
}

/** @param {import("../run.js").Context} context @param {string} bundler */
async function withBundler({ report, work, logDir, browser, sessionCount }, bundler) {
  const app = `${APP} (${bundler})`;
  const dir = join(work, "apps", APP);
  rmSync(join(dir, ".next"), { recursive: true, force: true });
  let output;
  try {
    output = await report.phase(`${app}: next build`, () =>
      run("npx", ["next", "build", ...(bundler === "webpack" ? ["--webpack"] : [])], {
        cwd: dir,
        logDir,
        name: `${APP}-build-${bundler}`,
        env: ENV,
      }),
    );
  } catch (error) {
    report.fail(app, "build", `next build${bundler === "webpack" ? " --webpack" : ""}`, String(error.message));
    return;
  }
  await report.check(app, "build", `next build${bundler === "webpack" ? " --webpack" : ""} prints no warnings`, () => {
    // Under CI=true Next warns that .next/cache is empty: the test builds from scratch on purpose.
    const warnings = output.split("\n").filter((line) => /⚠|\bwarn(ing)?\b/i.test(line) && !line.includes("No build cache found"));
    expect(warnings.length === 0, warnings.join("\n"));
  });
  await noParser(report, app, work, dir);

  const port = await freePort();
  const server = await startServer("npx", ["next", "start", "-p", String(port), "-H", "127.0.0.1"], {
    cwd: dir,
    logDir,
    name: `${APP}-start-${bundler}`,
    port,
    env: ENV,
  });
  try {
    await report.phase(`${app}: checks in Chromium`, async () => {
      for (const { name, path, colorScheme, theme } of SERVER_PAGES) {
        const opened = await open(report, app, name, browser, `${server.url}${path}`, { colorScheme });
        if (!opened) continue;
        await consoleCheck(report, app, name, opened);
        await report.check(app, name, "the route's client JavaScript holds no recap-kit code", async () => {
          expect(opened.scripts.length > 0, "the page loaded no JavaScript at all: nothing to check");
          const found = opened.scripts.flatMap(({ url, body }) =>
            MARKERS.filter((marker) => body.includes(marker)).map((marker) => `${new URL(url).pathname} holds "${marker}"`),
          );
          expect(found.length === 0, found.join("\n"));
        });
        await report.check(app, name, "every session is on the page", async () => {
          const cards = await opened.probe("count", ".rk-SessionCard");
          expect(cards === sessionCount, `${cards} session cards, the fixture has ${sessionCount}`);
        });
        await colourChecks(report, app, name, opened, /** @type {"light" | "dark"} */ (theme));
        await linkCheck(report, app, name, opened);
        await opened.close();
      }

      // A blog post under the page's own <h1>, in a light and a dark OS (create-next-app's page follows it).
      for (const colorScheme of /** @type {const} */ (["light", "dark"])) {
        const name = `/post (the page's h1 is the recap's title) in a ${colorScheme} OS`;
        const post = await open(report, app, name, browser, `${server.url}/post`, { colorScheme });
        if (!post) continue;
        await consoleCheck(report, app, name, post);
        const lowest = await contrastChecks(report, app, name, post);
        if (bundler === "turbopack") report.matrixRow("Next.js 16 (create-next-app)", "follows the OS (color-scheme)", colorScheme, lowest);
        if (colorScheme === "light") await outlineCheck(report, app, name, post);
        await post.close();
      }

      const bare = await open(report, app, "/client-bare", browser, `${server.url}/client-bare`, {});
      const card = await open(report, app, "/client-card (Client Component with SessionCard)", browser, `${server.url}/client-card`, {});
      if (card) {
        const name = "/client-card (Client Component with SessionCard)";
        await report.check(app, name, "the card hydrates and reacts: the button makes it compact", async () => {
          await card.page.getByRole("button", { name: "Show less" }).click();
          await card.page.waitForSelector('.rk-SessionCard[data-variant="compact"]', { timeout: 5000 });
        });
        await consoleCheck(report, app, name, card);
        await report.check(app, name, "its client JavaScript holds recap-kit (the marker search finds it)", async () => {
          const found = card.scripts.some(({ body }) => body.includes("rk-SessionCard"));
          expect(
            found,
            `none of ${card.scripts.length} scripts holds "rk-SessionCard": the search for recap-kit code in /'s JavaScript would prove nothing`,
          );
        });
        await report.check(app, name, "its client JavaScript holds no RecapArticle: the route pays for the card alone", () => {
          const article = card.scripts.filter(({ body }) => String(body).includes("rk-RecapArticle"));
          expect(article.length === 0, `${article.map(({ url }) => new URL(url).pathname).join(", ")} hold(s) "rk-RecapArticle"`);
        });
        if (bare) measure(report, app, "/client-card's JS minus /client-bare's (SessionCard + clsx)", card, bare);
        await card.close();
      }

      const name = "/client-article (Client Component with the whole RecapArticle)";
      const article = await open(report, app, name, browser, `${server.url}/client-article`, { waitFor: "[data-hydrated]" });
      if (article) {
        await article.page.waitForTimeout(300);
        await consoleCheck(report, app, name, article, await (await fetch(`${server.url}/client-article`)).text());
        await report.check(app, name, "every session is on the page after hydration", async () => {
          const cards = await article.probe("count", ".rk-SessionCard");
          expect(cards === sessionCount, `${cards} session cards, the fixture has ${sessionCount}`);
        });
        if (bare)
          measure(report, app, "/client-article's JS minus /client-bare's (RecapArticle; the recap parsed at build time)", article, bare);
        await article.close();
      }
      await bare?.close();
    });
  } finally {
    await server.stop();
  }
}

/** What a route loads that the bare client route does not: the chunks that hold recap-kit. */
function measure(report, app, what, page, bare) {
  const baseline = new Set(bare.scripts.map(({ url }) => url));
  const added = page.scripts.filter(({ url }) => !baseline.has(url));
  const raw = added.reduce((sum, { body }) => sum + body.length, 0);
  const gzip = added.reduce((sum, { body }) => sum + gzipSync(body, { level: 9 }).length, 0);
  report.size(app, what, raw, gzip, `${added.length} chunk(s)`);
}

/** Opens a page as one check, so that a page that fails to load is one clear failure. */
async function open(report, app, name, browser, url, options) {
  let opened;
  await report.check(app, name, "loads", async () => {
    opened = await openPage(await browser(), url, options);
  });
  return opened;
}
