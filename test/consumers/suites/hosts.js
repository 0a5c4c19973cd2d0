// recap-kit as a guest in the sites it is embedded in: static host pages with each site's own CSS
// from npm (Bootstrap 5.3, Pico, Simple.css, Water.css) or as its theme prints it (a WordPress block
// theme, Ghost's Casper), the self-contained embed (Declarative Shadow DOM, and <recap-kit-embed>)
// under a hostile stylesheet, and three real framework builds: an Astro blog, a React Router app and
// a Docusaurus site. Each page is read in a light and a dark OS: contrast on the real background
// (the matrix printed at the end), the outline under the page's own <h1>, the layout against the
// recap on a page with no CSS of its own, and nothing in the console.
import { readdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { openPage } from "../lib/browser.js";
import { contrastChecks, hierarchyCheck, layoutAgainst, outlineCheck } from "../lib/hosts.js";
import { run, serveStatic } from "../lib/process.js";
import { parserModules, parserWordsIn } from "../lib/recapModule.js";
import { expect } from "../lib/report.js";

/**
 * @typedef {object} HostPage
 * @property {string} host the site, as the matrix names it
 * @property {string} site the site's own theme setting
 * @property {string} path
 * @property {string} [reference] the same recap on a page with no CSS of its own, to compare the layout with
 * @property {boolean} [hydrates] wait for html[data-hydrated]
 * @property {Record<string, { value: string, why: string }>} [allowed] differences from the recap alone the host is known to make
 */

/** Simple.css sets `article h2:first-child, section h3:first-child { margin-top: 1rem }`: (0,1,2) outweighs one class. */
const SIMPLE_FIRST_HEADING = { value: "16px", why: "Simple.css: article h2:first-child { margin-top: 1rem } weighs more than one class" };

/** @type {HostPage[]} */
const STATIC = [
  { host: "plain HTML + styles.css", site: "no CSS of its own", path: "/plain.html" },
  { host: "plain HTML + embed", site: "no CSS of its own", path: "/plain-embed.html" },
  { host: "plain HTML + <recap-kit-embed>", site: "no CSS of its own", path: "/plain-script.html", reference: "/plain-embed.html" },
  { host: "Bootstrap 5.3", site: "default (light only)", path: "/bootstrap.html", reference: "/plain.html" },
  { host: "Bootstrap 5.3", site: 'data-bs-theme="dark"', path: "/bootstrap-dark.html", reference: "/plain.html" },
  { host: "Pico 2 (classless)", site: "follows the OS", path: "/pico.html", reference: "/plain.html" },
  { host: "Pico 2 (classless)", site: 'data-theme="light"', path: "/pico-light.html", reference: "/plain.html" },
  { host: "Pico 2 (classless)", site: 'data-theme="dark"', path: "/pico-dark.html", reference: "/plain.html" },
  {
    host: "Simple.css",
    site: "follows the OS",
    path: "/simple.html",
    reference: "/plain.html",
    allowed: {
      ".rk-SessionCard-title margin-block-start": SIMPLE_FIRST_HEADING,
      ".rk-TakeawayList-heading margin-block-start": SIMPLE_FIRST_HEADING,
      ".rk-RelatedReads-heading margin-block-start": SIMPLE_FIRST_HEADING,
      ".rk-CallToAction-title margin-block-start": SIMPLE_FIRST_HEADING,
    },
  },
  { host: "Water.css", site: "follows the OS (no color-scheme)", path: "/water.html", reference: "/plain.html" },
  { host: "WordPress block theme + styles.css", site: "light only", path: "/wordpress.html", reference: "/plain.html" },
  { host: "WordPress block theme + embed", site: "light only", path: "/wordpress-embed.html", reference: "/plain-embed.html" },
  { host: "Ghost (Casper) + embed", site: "light", path: "/ghost.html" },
  { host: "Ghost (Casper) + embed", site: "html.dark-mode", path: "/ghost-dark.html" },
  { host: "Ghost (Casper) + embed", site: "html.auto-color (follows the OS)", path: "/ghost-auto.html" },
  { host: "hostile stylesheet + embed", site: "every rule !important", path: "/hostile-embed.html", reference: "/plain-embed.html" },
  {
    host: "hostile stylesheet + <recap-kit-embed>",
    site: "every rule !important",
    path: "/hostile-script.html",
    reference: "/plain-embed.html",
  },
];

/**
 * The framework apps: built for production, served as a static host serves them. Each imports the
 * recap as a Markdown file through recap-kit/vite (Astro, React Router) or recap-kit/webpack
 * (Docusaurus), so no reader's browser gets a parser: `client` is where their browser JavaScript is.
 */
const APPS = [
  {
    name: "astro-blog",
    build: ["npx", ["astro", "build"]],
    out: "dist",
    client: "dist",
    pages: [{ host: "Astro 5 blog", site: "light only", path: "/" }],
  },
  {
    name: "react-router-app",
    build: ["npx", ["react-router", "build"]],
    out: "build/client",
    client: "build/client",
    pages: [{ host: "React Router 7", site: "follows the OS (color-scheme)", path: "/", hydrates: true }],
  },
  {
    name: "docusaurus-site",
    build: ["npx", ["docusaurus", "build"]],
    out: "build",
    client: "build",
    // webpack's cache takes node_modules as unchanged while versions are: a new tarball of the same
    // version would be built from the old one.
    fresh: [".docusaurus", "build", "node_modules/.cache"],
    pages: [
      { host: "Docusaurus 3", site: 'data-theme="light" (default)', path: "/" },
      { host: "Docusaurus 3", site: 'data-theme="dark" (the toggle)', path: "/?docusaurus-theme=dark" },
    ],
  },
];

const OS = /** @type {const} */ (["light", "dark"]);

/** @param {import("../run.js").Context} context */
export default async function hosts({ report, work, logDir, browser, sessionCount }) {
  /** Builds one app; undefined (and a failed check) when its build fails. */
  const build = async (app) => {
    try {
      const [command, args] = app.build;
      for (const stale of app.fresh ?? []) rmSync(join(work, "apps", app.name, stale), { recursive: true, force: true });
      await run(command, args, { cwd: join(work, "apps", app.name), logDir, name: `${app.name}-build`, env: { NODE_ENV: "production" } });
      return app;
    } catch (error) {
      report.fail(app.name, "build", `${app.build[0]} ${app.build[1].join(" ")}`, String(/** @type {Error} */ (error).message));
      return undefined;
    }
  };
  const check = async (app) => {
    if (app.client) await noParser(report, work, app);
    const server = await serveStatic(join(work, "apps", app.name, app.out));
    try {
      await report.phase(`hosts: ${app.name}: checks in Chromium`, async () => {
        await checkPages(report, app.name, app.pages, server.url, browser);
        if (app.name === "host-pages") await withoutJavaScript(report, server.url, browser, sessionCount);
      });
    } finally {
      await server.stop();
    }
  };
  // The framework builds (Docusaurus's takes most of a minute and a half) run side by side, and
  // beside the host pages' checks: a CI machine has two cores.
  const frameworks = Promise.all(APPS.map(build));
  const pages = await report.phase("hosts: build host-pages (recap-kit/static)", () =>
    build({ name: "host-pages", build: ["npm", ["run", "build"]], out: "dist", pages: STATIC }),
  );
  if (pages) await check(pages);
  const built = await report.phase(
    "hosts: astro-blog, react-router-app, docusaurus-site built (side by side, from the start)",
    () => frameworks,
  );
  for (const app of built) if (app) await check(app);
}

/** The app's browser JavaScript holds none of the parsers' words, which the installed recap-kit's parser holds (issue 22). */
async function noParser(report, work, app) {
  await report.check(app.name, "build", "the browser's JavaScript holds no parser: the recap was parsed when the app was built", () => {
    const control = parserModules(work);
    expect(control.ok, `the installed recap-kit holds no "${control.missing}": the search would prove nothing`);
    const dir = join(work, "apps", app.name, app.client);
    const scripts = readdirSync(dir, { recursive: true })
      .map(String)
      .filter((file) => /\.m?js$/.test(file));
    const found = scripts.flatMap((file) => parserWordsIn(readFileSync(join(dir, file), "utf8")).map((word) => `${file} holds "${word}"`));
    expect(found.length === 0, found.join("\n"));
  });
}

/** @param {import("../lib/report.js").Report} report @param {HostPage[]} pages */
async function checkPages(report, app, pages, url, browser) {
  /** @type {Map<string, Awaited<ReturnType<typeof openPage>>>} */
  const references = new Map();
  for (const page of pages) {
    for (const os of OS) {
      const name = `${page.host}, ${page.site}, ${os} OS`;
      let opened;
      await report.check(app, name, "loads, with the recap on it", async () => {
        opened = await openPage(await browser(), `${url}${page.path}`, {
          colorScheme: os,
          waitFor: page.hydrates ? "html[data-hydrated] .rk-RecapArticle" : ".rk-RecapArticle",
        });
        if (page.hydrates) await opened.page.waitForTimeout(300);
      });
      if (!opened) continue;
      await report.check(app, name, "no console errors or warnings", () => {
        expect(opened.messages.length === 0, opened.messages.join("\n"));
      });
      const lowest = await contrastChecks(report, app, name, opened);
      report.matrixRow(page.host, page.site, os, lowest);
      if (os === "light") {
        await outlineCheck(report, app, name, opened);
        await hierarchyCheck(report, app, name, opened);
        if (page.reference) {
          if (!references.has(page.reference)) references.set(page.reference, await openPage(await browser(), `${url}${page.reference}`));
          await layoutAgainst(report, app, name, opened, references.get(page.reference), page.allowed);
        }
      }
      await opened.close();
    }
  }
  for (const reference of references.values()) await reference.close();
}

/** The pasted embed is Declarative Shadow DOM: the browser builds it from the HTML, no script needed. */
async function withoutJavaScript(report, url, browser, sessionCount) {
  for (const path of ["/plain-embed.html", "/hostile-embed.html"]) {
    const name = `${path} with JavaScript turned off`;
    await report.check("host-pages", name, "the embed shows the whole recap, styled, in its shadow root", async () => {
      const context = await (await browser()).newContext({ javaScriptEnabled: false });
      try {
        const page = await context.newPage();
        await page.goto(`${url}${path}`);
        const inShadow = await page.evaluate(
          () => document.querySelector("recap-kit-embed")?.shadowRoot?.querySelectorAll(".rk-SessionCard").length ?? 0,
        );
        expect(inShadow === sessionCount, `${inShadow} session cards in the embed's shadow root, the fixture has ${sessionCount}`);
        const title = await page
          .locator(".rk-SessionCard-title")
          .first()
          .evaluate((element) => getComputedStyle(element).fontWeight);
        const item = await page
          .locator(".rk-SessionIndex-list > li")
          .first()
          .evaluate((element) => getComputedStyle(element).listStyleType);
        expect(
          Number(title) >= 600 && item === "decimal",
          `session title weight ${title}, index numbers ${item}: the styles did not apply`,
        );
      } finally {
        await context.close();
      }
    });
  }
}
