// npm run test:consumers [-- app …]: recap-kit as users get it. Builds and packs the package,
// installs the tarball into throwaway apps (test/consumers/apps, one pinned lockfile, `npm ci`
// once and reused), builds each app for production, serves it on 127.0.0.1 and checks it in
// Chromium. Prints every check, the client JS recap-kit adds, and the time of each phase.
// RECAP_KIT_CONSUMERS_DIR sets the workspace (default: <tmp>/recap-kit-consumers).
import { cpSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { launchBrowser } from "./lib/browser.js";
import { serveStatic, stopAllServers } from "./lib/process.js";
import { buildReference } from "./lib/reference.js";
import { Report } from "./lib/report.js";
import { installTarball, packRecapKit, prepareWorkspace } from "./lib/workspace.js";
import cssPipelines from "./suites/css-pipelines.js";
import hosts from "./suites/hosts.js";
import nextApp from "./suites/next-app.js";
import resetPage from "./suites/reset-page.js";
import storybook from "./suites/storybook.js";
import tailwindV4 from "./suites/tailwind-v4.js";
import types from "./suites/types.js";
import viteReactTs from "./suites/vite-react-ts.js";

/**
 * @typedef {object} Context
 * @property {Report} report
 * @property {string} repo the recap-kit repository
 * @property {string} work the workspace the apps are installed and built in
 * @property {string} logDir
 * @property {string} fixture the real recap (test/fixtures/kubecon-eu-2021.recap.json)
 * @property {string} markdownFixture the same recap in Markdown (test/fixtures/kubecon-eu-2021.recap.md)
 * @property {number} sessionCount
 * @property {Record<string, unknown>} exports the packed package's exports map
 * @property {() => Promise<import("playwright").Browser>} browser launched on first use
 * @property {() => Promise<{ url: string }>} reference the fragment with styles.css alone, served
 */

const SUITES = {
  "vite-react-ts": viteReactTs,
  "next-app": nextApp,
  "tailwind-v4": tailwindV4,
  "reset-page": resetPage,
  "css-pipelines": cssPipelines,
  hosts,
  storybook,
  types,
};
/** Where each app expects the real recap written in Markdown (imported through recap-kit/vite or recap-kit/webpack). */
const MARKDOWN_COPIES = [
  "vite-react-ts/src/kubecon.recap.md",
  "next-app/app/kubecon.recap.md",
  "astro-blog/src/kubecon.recap.md",
  "react-router-app/app/kubecon.recap.md",
  "docusaurus-site/src/kubecon.recap.md",
];
/** Where each app expects the real recap. */
const FIXTURE_COPIES = ["tailwind-v4/src/recap.json", "reset-page/recap.json", "css-pipelines/recap.json", "host-pages/recap.json"];

const here = fileURLToPath(new URL(".", import.meta.url));
const repo = join(here, "../..");
const work = process.env.RECAP_KIT_CONSUMERS_DIR ?? join(tmpdir(), "recap-kit-consumers");
const logDir = join(work, "logs");
const fixture = join(repo, "test/fixtures/kubecon-eu-2021.recap.json");
const markdownFixture = join(repo, "test/fixtures/kubecon-eu-2021.recap.md");

// `--install-only`: the apps' dependencies only (npm ci, or nothing while the lockfile is unchanged),
// which CI starts in the background beside the unit tests: it waits on the network, not the CPU.
if (process.argv[2] === "--install-only") {
  const { reused } = await prepareWorkspace({ source: here, work, logDir });
  console.log(reused ? `reused ${work}/node_modules: the lockfile has not changed` : `npm ci in ${work}: done`);
  process.exit(0);
}

const selected = process.argv.slice(2);
const unknown = selected.filter((name) => !(name in SUITES));
if (unknown.length) {
  console.error(`unknown consumer app: ${unknown.join(", ")} (one of ${Object.keys(SUITES).join(", ")})`);
  process.exit(1);
}

const report = new Report();
let browser;
// Servers run in process groups of their own: Ctrl-C must stop them too.
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => {
    stopAllServers().finally(() => process.exit(130));
  });
}
let ok = false;
try {
  const tarball = await report.phase("build and pack recap-kit", () => packRecapKit({ repo, work, logDir }));
  const { reused } = await report.phase("install the apps' dependencies (npm ci, once per lockfile)", async () => {
    const result = await prepareWorkspace({ source: here, work, logDir });
    console.log(result.reused ? `  reused ${work}/node_modules: the lockfile has not changed` : `  npm ci in ${work}`);
    return result;
  });
  if (reused) report.phases[report.phases.length - 1].note = "(reused)";
  const manifest = await report.phase("npm install <tarball> (--no-save)", () => installTarball({ source: here, work, tarball, logDir }));
  for (const copy of FIXTURE_COPIES) cpSync(fixture, join(work, "apps", copy));
  for (const copy of MARKDOWN_COPIES) cpSync(markdownFixture, join(work, "apps", copy));

  let launched;
  let referenceServer;
  /** @type {Context} */
  const context = {
    report,
    repo,
    work,
    logDir,
    fixture,
    markdownFixture,
    sessionCount: JSON.parse(readFileSync(fixture, "utf8")).sessions.length,
    exports: manifest.exports ?? {},
    browser: () => {
      launched ??= launchBrowser().then((instance) => {
        browser = instance;
        return instance;
      });
      return launched;
    },
    reference: async () => {
      referenceServer ??= serveStatic(buildReference(work, fixture));
      return referenceServer;
    },
  };
  for (const name of selected.length ? selected : Object.keys(SUITES)) {
    try {
      await SUITES[/** @type {keyof typeof SUITES} */ (name)](context);
    } catch (error) {
      report.fail(name, "(harness)", "runs to the end", String(error?.stack ?? error));
    }
    await stopAllServers().catch(() => undefined);
    referenceServer = undefined;
  }
  ok = report.summary();
} catch (error) {
  console.error(`\nconsumer tests could not run: ${error?.stack ?? error}`);
  report.summary();
} finally {
  await stopAllServers().catch(() => undefined);
  await browser?.close();
}
process.exit(ok ? 0 : 1);
