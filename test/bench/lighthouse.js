// npm run lighthouse: Lighthouse on the static HTML of the real recap, in the same Chromium the
// tests use. Prints the four category scores and the cumulative layout shift; exits 1 when a goal
// (accessibility and SEO 100, performance at least 95, layout shift 0) is not met.

import { readFileSync } from "node:fs";
import { createServer } from "node:http";
import { fileURLToPath } from "node:url";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { chromiumArgs, findChromium, missingChromiumMessage } from "../support/chromium.js";

const root = fileURLToPath(new URL("../..", import.meta.url));
const { renderRecapToHtml } = await import(`${root}/dist/static.js`);
const html = renderRecapToHtml(JSON.parse(readFileSync(`${root}/test/fixtures/kubecon-eu-2021.recap.json`, "utf8")));

const server = createServer((request, response) => {
  if (request.url === "/" || request.url === "/index.html") {
    response.writeHead(200, { "content-type": "text/html; charset=utf-8" });
    response.end(html);
  } else if (request.url === "/favicon.ico") {
    // A site serves its own icon; this stand-in keeps a missing one out of the console.
    response.writeHead(204);
    response.end();
  } else {
    response.writeHead(404, { "content-type": "text/plain" });
    response.end("not found");
  }
});
await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
const url = `http://127.0.0.1:${server.address().port}/`;

const chromePath = await findChromium();
if (!chromePath) {
  console.error(missingChromiumMessage);
  process.exit(1);
}
const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: ["--headless=new", ...chromiumArgs] });
let failed = false;
try {
  const result = await lighthouse(url, {
    port: chrome.port,
    output: "json",
    logLevel: "error",
    onlyCategories: ["performance", "accessibility", "best-practices", "seo"],
  });
  const { categories, audits } = result.lhr;
  const goals = { performance: 95, accessibility: 100, "best-practices": 0, seo: 100 };
  console.log(`Lighthouse ${result.lhr.lighthouseVersion} on the static page of the real recap (${html.length} bytes, mobile emulation)\n`);
  for (const [id, goal] of Object.entries(goals)) {
    const score = Math.round((categories[id]?.score ?? 0) * 100);
    const ok = score >= goal;
    failed ||= !ok;
    console.log(
      `  ${categories[id]?.title.padEnd(16)} ${String(score).padStart(4)}${goal ? `   goal ≥ ${goal}  ${ok ? "ok" : "NOT MET"}` : ""}`,
    );
  }
  const cls = audits["cumulative-layout-shift"]?.numericValue ?? Number.NaN;
  failed ||= cls !== 0;
  console.log(`  ${"Layout shift".padEnd(16)} ${String(cls).padStart(4)}   goal = 0  ${cls === 0 ? "ok" : "NOT MET"}`);
  for (const metric of ["first-contentful-paint", "largest-contentful-paint", "total-blocking-time"]) {
    console.log(`  ${audits[metric]?.title.padEnd(26)} ${audits[metric]?.displayValue}`);
  }
  const failedAudits = Object.values(audits).filter(
    (audit) => audit.score !== null && audit.score < 1 && audit.scoreDisplayMode === "binary",
  );
  if (failedAudits.length) console.log(`\n  audits not passed: ${failedAudits.map((audit) => audit.id).join(", ")}`);
} finally {
  await chrome.kill();
  server.close();
}
process.exit(failed ? 1 : 0);
