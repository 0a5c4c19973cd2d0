// How a growth benchmark measures (the method of test/bench/growth.js, shared): CPU time of this
// process per call (not wall time, which other work on a shared machine inflates), the median of
// several runs of enough repetitions, sizes taking turns round after round, and the growth per
// doubling fitted over all sizes (the slope of the times on a log-log scale), so that one noisy
// size cannot fail a linear family while a quadratic one (×4 at every doubling) fails at any noise.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

// --single-threaded keeps the garbage collector's and the compiler's work on this thread, so that
// it is counted where it is caused; a young generation large enough for the biggest input keeps
// the collector's cost proportional to the work.
const NODE_FLAGS = ["--expose-gc", "--single-threaded", "--max-semi-space-size=128"];
const RUNS = 5;
/** Each run repeats the work until it has taken at least this much CPU time. */
const MIN_RUN_MS = 40;

/** Runs the script at `url` again with the flags the measurement needs, unless this process has them; then exits. */
export function withMeasuringFlags(url) {
  if (globalThis.gc) return;
  const child = spawnSync(process.execPath, [...NODE_FLAGS, fileURLToPath(url)], { stdio: "inherit" });
  process.exit(child.status ?? 1);
}

function cpuMs() {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** CPU milliseconds per call of `run(input)` in one run of enough calls. */
function once(run, input) {
  let calls = 0;
  const start = cpuMs();
  let elapsed = 0;
  do {
    run(input);
    calls++;
    elapsed = cpuMs() - start;
  } while (elapsed < MIN_RUN_MS);
  return elapsed / calls;
}

/** The median time per call at each size, sizes taking turns; slow calls need fewer rounds. */
function measure(run, inputs) {
  const times = inputs.map(() => []);
  for (let round = 0; round < RUNS; round++) {
    inputs.forEach((input, index) => {
      times[index].push(once(run, input));
    });
    if (round >= 2 && times[times.length - 1][round] > 500) break;
  }
  return times.map(median);
}

/** The growth per doubling fitted over all sizes: 2 ** (least-squares slope of log2 time per doubling). */
export function growth(times) {
  const ys = times.map(Math.log2);
  const meanX = (ys.length - 1) / 2;
  const meanY = ys.reduce((sum, y) => sum + y, 0) / ys.length;
  let num = 0;
  let den = 0;
  ys.forEach((y, x) => {
    num += (x - meanX) * (y - meanY);
    den += (x - meanX) ** 2;
  });
  return 2 ** (num / den);
}

const format = (ms) => (ms < 10 ? ms.toFixed(3) : ms.toFixed(1)).padStart(9);

/**
 * Measures every family (`{ make(size), run(input) }`) at each size, prints one line per family
 * and returns the names of those that grow faster than `limit` per doubling. A family over the
 * limit is measured again, twice at most, before it counts.
 */
export function fitFamilies(families, sizes, limit) {
  const failures = [];
  for (const [name, family] of Object.entries(families)) {
    const inputs = sizes.map((size) => family.make(size));
    // Warm up the code paths (and the JIT) on the smallest and the largest input.
    globalThis.gc?.();
    family.run(inputs[0]);
    family.run(inputs[inputs.length - 1]);
    let times = measure(family.run, inputs);
    for (let retry = 0; retry < 2 && growth(times) > limit; retry++) {
      console.log(`${`${name} (measured again)`.padEnd(60)}${times.map(format).join("")}`);
      times = measure(family.run, inputs);
    }
    const ratios = times.slice(1).map((time, index) => time / times[index]);
    const fitted = growth(times);
    if (fitted > limit) failures.push(name);
    console.log(
      `${name.padEnd(60)}${times.map(format).join("")}   ×${ratios.map((ratio) => ratio.toFixed(2)).join(" ×")}   fit ×${fitted.toFixed(2)}${fitted > limit ? "   TOO STEEP" : ""}`,
    );
  }
  return failures;
}
