// The growth benchmark: every parser of recap-kit fed the inputs that made some of them
// superlinear (issue 12), at 10, 20, 40 and 80 kB. It prints the time per input size and how much
// the time grows when the input doubles, and fails when it grows more than 2.5 times per doubling
// across the whole range: linear time is 2, quadratic 4. The growth is the slope of the times on a
// log-log scale fitted over all four sizes, so that one noisy size (a collection, another job on
// this shared machine) cannot fail a linear parser alone, while a quadratic one (×4 at every
// doubling) fails at any noise. Times are CPU time of this process (not wall time, which other
// work on a shared machine inflates), the median of several runs of enough repetitions.
//
// Usage: npm run bench:growth (builds first), or node test/bench/growth.js after a build; with an
// argument, only the families whose name contains it (node test/bench/growth.js Markdown).
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { parseInline, parseRecap, RecapArticle, safeParseRecap } from "../../dist/index.js";
import { safeParseRecapMarkdown, toRecapMarkdown } from "../../dist/markdown.js";
import { renderRecapToHtml } from "../../dist/static.js";

// --single-threaded keeps the garbage collector's and the compiler's work on this thread, so that
// it is counted where it is caused and never in the next measurement; a young generation large
// enough for the biggest input keeps the collector's cost proportional to the work.
const NODE_FLAGS = ["--expose-gc", "--single-threaded", "--max-semi-space-size=128"];
if (!globalThis.gc) {
  const child = spawnSync(process.execPath, [...NODE_FLAGS, fileURLToPath(import.meta.url), ...process.argv.slice(2)], {
    stdio: "inherit",
  });
  process.exit(child.status ?? 1);
}

const SIZES = [10_000, 20_000, 40_000, 80_000];
const LIMIT = 2.5;
const RUNS = 5;
/** Each run repeats the work until it has taken at least this much CPU time. */
const MIN_RUN_MS = 40;

/** `unit(i)` repeated until `size` characters, cut to exactly `size`. */
function fill(size, unit) {
  let text = "";
  for (let i = 0; text.length < size; i++) text += unit(i);
  return text.slice(0, size);
}

/** Lines made by `unit(i)` until about `size` characters, whole lines only. */
function lines(size, unit) {
  const out = [];
  let length = 0;
  for (let i = 0; length < size; i++) {
    const line = unit(i);
    out.push(line);
    length += line.length + 1;
  }
  return out.join("\n");
}

const FRONT_MATTER = "---\ntitle: Growth\nevent:\n  name: PyCon\n---\n\n";

/** A session as the Markdown convention writes it: details, a summary, takeaways. */
const sessionMarkdown = (i) =>
  `## Session ${i}\n\n- Speakers: Ann Lee ${i}, Acme & Bo Chen, Initech\n- Track: Main\n- Format: talk\n- Slides: [Slides](https://acme.example/${i})\n\nWhat session ${i} was about, with *emphasis* and a [link](https://acme.example/${i}).\n\n### Key takeaways\n\n- The first point of ${i}\n- The second point\n`;
/** The same session as JSON. */
const sessionJson = (i) => ({
  title: `Session ${i}`,
  speakers: [
    { name: `Ann Lee ${i}`, affiliation: "Acme" },
    { name: "Bo Chen", affiliation: "Initech" },
  ],
  track: "Main",
  format: "talk",
  resources: [{ kind: "slides", url: `https://acme.example/${i}`, label: "Slides" }],
  summary: [`What session ${i} was about, with *emphasis* and a [link](https://acme.example/${i}).`],
  takeaways: [`The first point of ${i}`, "The second point"],
});
/** About `size` characters of sessions in the convention. */
const conventionBody = (size) => lines(size, sessionMarkdown);
/** A recap of as many sessions as `size` characters of Markdown hold. */
const recapOfSessions = (size) => ({
  ...recapWithIntro("x"),
  sessions: Array.from({ length: Math.ceil(size / 330) }, (_, i) => sessionJson(i)),
});
const markdown = (body) => `${FRONT_MATTER}${body}`;
const recapWithIntro = (intro) => ({ title: "Growth", event: { name: "PyCon" }, intro, sessions: [] });

let calls = 0;
const inline = (unit) => ({ make: (size) => fill(size, unit), run: (text) => parseInline(text) });
const readMarkdown = (make) => ({ make: (size) => markdown(make(size)), run: (text) => safeParseRecapMarkdown(text) });

/** Each family: how to make an input of a size, and the work it feeds. */
const FAMILIES = {
  // Inline markup (the JSON, Markdown and React paths all use it).
  "inline: '**a *b ' repeated": inline(() => "**a *b "),
  "inline: '*a ' repeated": inline(() => "*a "),
  "inline: '[[*a' repeated": inline(() => "[[*a"),
  "inline: 'a* ' (closers only)": inline(() => "a* "),
  "inline: '_a __b ' repeated": inline(() => "_a __b "),
  "inline: '[a](x' (open destinations)": inline(() => "[a](x"),
  "inline: '[a](b \"t' (open titles)": inline(() => '[a](b "t '),
  "inline: backtick runs of 1-50": inline((i) => `${"`".repeat((i % 50) + 1)}a `),
  "inline: '<a:b' and '![a' (autolinks, images)": inline((i) => (i % 2 ? "<a:b " : "![a ")),
  "inline: nested and closed '*a **b ' ... ' c** d*'": {
    make: (size) => {
      const half = Math.floor(size / 16);
      return `${"*a **b ".repeat(half)}x${" c** d*".repeat(half)}`;
    },
    run: (text) => parseInline(text),
  },
  // Rendering: the static page reads the intro for the page, its description and its data.
  // A new text for every call (a number appended), or the caches would answer instead of the parser.
  "static page: intro of '**a *b ' repeated": {
    make: (size) => fill(size, () => "**a *b "),
    run: (intro) => renderRecapToHtml(recapWithIntro(`${intro}${++calls}`)),
  },
  "React: RecapArticle, intro of '[[*a' repeated": {
    make: (size) => fill(size, () => "[[*a"),
    run: (intro) => renderToStaticMarkup(createElement(RecapArticle, { recap: parseRecap(recapWithIntro(`${intro}${++calls}`)) })),
  },
  // The JSON document.
  "JSON: sessions all titled 'Q&A' (ids)": {
    make: (size) => ({
      ...recapWithIntro("x"),
      sessions: Array.from({ length: Math.floor(size / 32) }, () => ({ title: "Q&A", speakers: [] })),
    }),
    run: (document) => safeParseRecap(document),
  },
  "JSON: unknown keys with misspellings (warnings)": {
    make: (size) => ({
      ...recapWithIntro("x"),
      ...Object.fromEntries(Array.from({ length: Math.floor(size / 12) }, (_, i) => [`sumary${i}`, i])),
    }),
    run: (document) => safeParseRecap(document),
  },
  "JSON: an intro of '[a](javascript:x) ' links (warnings)": {
    make: (size) => recapWithIntro(fill(size, () => "[a](javascript:x) ")),
    run: (document) => safeParseRecap(document),
  },
  "JSON: speakers as one string of 'A (X), '": {
    make: (size) => ({
      ...recapWithIntro("x"),
      sessions: [{ title: "Panel", speakers: Array.from({ length: Math.floor(size / 20) }, (_, i) => `Name ${i} (Org ${i})`).join(", ") }],
    }),
    run: (document) => safeParseRecap(document),
  },
  // Markdown recaps.
  "Markdown: related reads as '[Title](url): excerpt'": readMarkdown(
    (size) => `## Reads {.related-reads}\n\n${lines(size, (i) => `- [Read ${i}](https://acme.example/${i}): an excerpt ${i}.`)}`,
  ),
  "Markdown: a run of spaces in a paragraph": readMarkdown((size) => `a${" ".repeat(size)}b\n${" ".repeat(size / 2)}c`),
  "Markdown: a byline of many names": readMarkdown(
    (size) => `## Panel\n\n- Speakers: ${fill(size, (i) => `Name ${i}${i % 3 ? "" : ", Org"} & `)}x`,
  ),
  "Markdown: front matter keys": {
    make: (size) => `---\ntitle: Growth\nevent: { name: PyCon }\n${lines(size, (i) => `key${i}: value`)}\n---\n`,
    run: (text) => safeParseRecapMarkdown(text),
  },
  "Markdown: YAML aliases of a big list": {
    make: (size) =>
      `---\ntitle: Growth\nevent: { name: PyCon }\nlist: &list [${fill(size / 2, () => "x, ")}x]\n${lines(size / 2, (i) => `copy${i}: *list`)}\n---\n`,
    run: (text) => safeParseRecapMarkdown(text),
  },
  "Markdown: block quotes nested in one line": readMarkdown((size) => `${">".repeat(size)} a`),
  "Markdown: lines of 32 nested block quotes": readMarkdown((size) => lines(size, () => `${"> ".repeat(32)}a`)),
  "Markdown: paragraphs of 900 'a* '": readMarkdown((size) => lines(size, (i) => (i % 2 ? "" : "a* ".repeat(900)))),
  "Markdown: text underlined with '='": readMarkdown((size) => lines(size, (i) => (i % 2 ? "=".repeat(40) : `Title ${i}`))),
  // Every list and block quote that closes once cost micromark a copy of the whole document (issue 20).
  "Markdown: many lists ('- a\\n\\nb\\n\\n' repeated)": readMarkdown((size) => fill(size, () => "- a\n\nb\n\n")),
  "Markdown: one long list (takeaways)": readMarkdown((size) => `## Takeaways {.takeaways}\n\n${lines(size, (i) => `- Point ${i}`)}`),
  "Markdown: the convention (sessions, details, takeaways)": readMarkdown(conventionBody),
  "Markdown: paragraphs in 32 nested block quotes": readMarkdown((size) => lines(size, (i) => (i % 2 ? "" : `${"> ".repeat(32)}a`))),
  "Markdown: block quotes and lists, alternating": readMarkdown((size) =>
    fill(size, (i) => (i % 2 ? "> - a\n> b\n\n" : "1. a\n   > b\n\n")),
  ),
  // The writer reads every session it writes back, and then the whole document.
  "toRecapMarkdown: sessions": { make: recapOfSessions, run: (recap) => toRecapMarkdown(recap) },
  "JSON to Markdown and back: sessions": {
    make: recapOfSessions,
    run: (recap) => safeParseRecapMarkdown(toRecapMarkdown(recap)),
  },
};

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

/**
 * The median time per call at each size. Sizes take turns, round after round, so that a busy
 * moment of the machine slows all of them alike rather than one. Slow calls need fewer rounds:
 * their noise is small against them.
 */
function measure(family, inputs) {
  const times = inputs.map(() => []);
  for (let round = 0; round < RUNS; round++) {
    inputs.forEach((input, index) => {
      times[index].push(once(family.run, input));
    });
    if (round >= 2 && times[times.length - 1][round] > 500) break;
  }
  return times.map(median);
}

const format = (ms) => (ms < 10 ? ms.toFixed(3) : ms.toFixed(1)).padStart(9);
/** The growth per doubling fitted over all sizes: 2 ** (least-squares slope of log2 time per doubling). */
function growth(times) {
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

console.log(`recap-kit growth benchmark (Node ${process.version}): CPU ms per call at ${SIZES.map((s) => `${s / 1000} kB`).join(", ")}`);
console.log(
  `and the growth when the input doubles, each and fitted over all sizes (linear: 2.0, quadratic: 4.0; fails when the fit is above ${LIMIT})\n`,
);

const failures = [];
const only = process.argv[2];
for (const [name, family] of Object.entries(FAMILIES)) {
  if (only !== undefined && !name.includes(only)) continue;
  const inputs = SIZES.map((size) => family.make(size));
  // Warm up the code paths (and the JIT) on the smallest and the largest input. A full garbage
  // collection between families only: one before every run would also throw away compiled code.
  globalThis.gc?.();
  family.run(inputs[0]);
  family.run(inputs[inputs.length - 1]);
  let times = measure(family, inputs);
  // A real quadratic is ×4 every time; a growth over the limit is measured again before it counts.
  for (let retry = 0; retry < 2 && growth(times) > LIMIT; retry++) {
    console.log(`${`${name} (measured again)`.padEnd(52)}${times.map(format).join("")}`);
    times = measure(family, inputs);
  }
  const ratios = times.slice(1).map((time, index) => time / times[index]);
  const fitted = growth(times);
  if (fitted > LIMIT) failures.push(name);
  console.log(
    `${name.padEnd(52)}${times.map(format).join("")}   ×${ratios.map((ratio) => ratio.toFixed(2)).join(" ×")}   fit ×${fitted.toFixed(2)}${fitted > LIMIT ? "   TOO STEEP" : ""}`,
  );
}

// The convention at the scale of a big programme (issue 20: 10,000 sessions took minutes and
// gigabytes): once per size, the sizes doubling up to 10,000 sessions (about 2.6 MB).
if (only === undefined || "Markdown: the convention".includes(only)) {
  const name = "Markdown: the convention, 1,250 to 10,000 sessions";
  const counts = [1_250, 2_500, 5_000, 10_000];
  const texts = counts.map((count) => markdown(Array.from({ length: count }, (_, i) => sessionMarkdown(i)).join("\n")));
  safeParseRecapMarkdown(texts[0]);
  const times = texts.map((text) => {
    globalThis.gc?.();
    const start = cpuMs();
    const result = safeParseRecapMarkdown(text);
    if (!result.ok) throw new Error(`${name}: not read (${result.issues[0]?.message})`);
    return cpuMs() - start;
  });
  const ratios = times.slice(1).map((time, index) => time / times[index]);
  const fitted = growth(times);
  if (fitted > LIMIT) failures.push(name);
  console.log(
    `\n${name} (${texts.map((text) => `${(text.length / 1e6).toFixed(1)} MB`).join(", ")}), CPU ms once each:\n${"".padEnd(52)}${times.map(format).join("")}   ×${ratios.map((ratio) => ratio.toFixed(2)).join(" ×")}   fit ×${fitted.toFixed(2)}${fitted > LIMIT ? "   TOO STEEP" : ""}`,
  );
}

if (failures.length) {
  console.log(`\n${failures.length} famil${failures.length === 1 ? "y grows" : "ies grow"} faster than linear: ${failures.join("; ")}`);
  process.exitCode = 1;
} else console.log(`\nevery family grows at most ×${LIMIT} per doubling (fitted): linear.`);
