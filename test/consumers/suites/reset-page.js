// A static page (a CMS or blog theme) with the CLI's fragment, recap-kit/styles.css, and AFTER
// it a typical reset and a centred shell. Compared with the same page without the site's CSS.
import { join } from "node:path";
import { openPage } from "../lib/browser.js";
import { layoutChecks } from "../lib/checks.js";
import { run, serveStatic } from "../lib/process.js";

const APP = "reset-page";

/** @param {import("../run.js").Context} context */
export default async function resetPage({ report, work, logDir, browser, reference }) {
  const dir = join(work, "apps", APP);
  try {
    await report.phase(`${APP}: build (recap-kit render --fragment)`, () =>
      run("npm", ["run", "build"], { cwd: dir, logDir, name: `${APP}-build` }),
    );
  } catch (error) {
    report.fail(APP, "build", "build", String(error.message));
    return;
  }
  const server = await serveStatic(join(dir, "dist"));
  try {
    await report.phase(`${APP}: checks in Chromium`, async () => {
      const name = "/ with a reset loaded after styles.css";
      const plain = await openPage(await browser(), `${(await reference()).url}/`);
      const opened = await openPage(await browser(), `${server.url}/`);
      await layoutChecks(report, APP, name, opened, plain);
      await opened.close();
      await plain.close();
    });
  } finally {
    await server.stop();
  }
}
