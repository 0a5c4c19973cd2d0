// The memory benchmark: the static renderer on a recap of 10,000 sessions (the real recap's
// sessions repeated, every text unique), in a child process. It prints the peak heap the render
// reached (from V8's garbage-collection trace) against issue 14's hard budget (400 MB, CI fails
// above it) and goal (250 MB).
//
// Usage: npm run build, then node test/bench/heap.js [sessions=10000]
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const SESSIONS = Number(process.argv[2] ?? 10_000);
const BUDGET_MB = 400;
const GOAL_MB = 250;

if (process.env.RECAP_KIT_HEAP_CHILD) {
  const { renderRecapToHtml } = await import("../../dist/static.js");
  const raw = JSON.parse(readFileSync(new URL("../fixtures/kubecon-eu-2021.recap.json", import.meta.url), "utf8"));
  const sessions = Array.from({ length: SESSIONS }, (_, index) => {
    const session = raw.sessions[index % raw.sessions.length];
    return {
      ...session,
      title: `Session ${index + 1}: ${session.title}`,
      summary: session.summary.map((paragraph) => `${paragraph} (${index + 1})`),
      takeaways: session.takeaways.map((takeaway) => `${takeaway} (${index + 1})`),
    };
  });
  const document = { ...raw, sessions };
  globalThis.gc();
  console.log("RENDER START");
  const html = renderRecapToHtml(document);
  console.log(`RENDER END ${JSON.stringify({ length: html.length, used: process.memoryUsage().heapUsed })}`);
  process.exit(0);
}

const run = (capMb) =>
  spawnSync(
    process.execPath,
    ["--expose-gc", "--trace-gc", `--max-old-space-size=${capMb}`, fileURLToPath(import.meta.url), String(SESSIONS)],
    {
      env: { ...process.env, RECAP_KIT_HEAP_CHILD: "1", NODE_ENV: "production" },
      encoding: "utf8",
      maxBuffer: 64 << 20,
    },
  );
/**
 * The most heap in use during the render: the larger of what every garbage collection found
 * before it collected (--trace-gc: "Mark-Compact 312.5 (330.1) -> 280.2 (331.0) MB") and what
 * was in use at the end.
 */
function peakOf(output) {
  const render = output.slice(output.indexOf("RENDER START"));
  let peak = 0;
  for (const [, used] of render.matchAll(/: (?:Scavenge|Mark-Compact|Mark-sweep)[^\d]*?([\d.]+) \(/g))
    peak = Math.max(peak, Number(used) * 2 ** 20);
  const end = JSON.parse(render.slice(render.indexOf("RENDER END ") + 11).split("\n")[0]);
  return { peak: Math.max(peak, end.used), length: end.length };
}

const mb = (bytes) => `${(bytes / 2 ** 20).toFixed(0)} MB`;

console.log(`recap-kit memory benchmark (Node ${process.version}): renderRecapToHtml of ${SESSIONS.toLocaleString("en")} sessions\n`);
// A cap well above the budget, so that a render over it is measured rather than stopped.
const child = run(2 * BUDGET_MB);
if (child.status !== 0) {
  console.log(`  the render failed (exit ${child.status}): ${child.stderr.split("\n").slice(-5).join(" ")}`);
  process.exit(1);
}
const { peak, length } = peakOf(child.stdout);
const verdict = (limit) => (peak <= limit * 2 ** 20 ? "met" : "NOT MET");
console.log(`  peak heap during the render  ${mb(peak)}   (the page: ${(length / 1e6).toFixed(1)} million characters)`);
console.log(`  hard budget ${BUDGET_MB} MB: ${verdict(BUDGET_MB)}; goal ${GOAL_MB} MB: ${verdict(GOAL_MB).toLowerCase()}`);
if (peak > BUDGET_MB * 2 ** 20) process.exitCode = 1;
