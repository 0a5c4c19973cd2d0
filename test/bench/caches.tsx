// The caches benchmark: what recap-kit's caches of text give a server, measured as the same work
// done on the same document again (every cache of text answers) and on a document whose every
// text is new (no cache of text can). A ratio near 1.00 says the caches of text save nothing for
// that work; the Intl formatters are made once in both cases (same languages), so they are not
// what this measures. On a busy machine the ratio of uncached work is not exactly 1.00 either
// (inlineToText has had no cache since issue 17): compare a build with the cache and one without,
// back to back. Interleaved rounds, median, after a warm-up; run after a build:
//   NODE_ENV=production node test/bench/run.js test/bench/caches.tsx
import { inlineToText, parseRecap, shorten } from "recap-kit";
import { renderRecapToHtml } from "recap-kit/static";
import raw from "../fixtures/kubecon-eu-2021.recap.json" with { type: "json" };

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

// Fields whose text a reader reads: these are what the caches of text are keyed by.
const PROSE = new Set(["title", "intro", "summary", "takeaways", "excerpt", "body", "label"]);

/** The document with a marker appended to every piece of prose, so that no text was seen before. */
function renewed(value: Json, marker: string, prose = false): Json {
  if (typeof value === "string") return prose ? `${value} ${marker}` : value;
  if (Array.isArray(value)) return value.map((item) => renewed(item, marker, prose));
  if (value && typeof value === "object")
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, renewed(item, marker, PROSE.has(key))]));
  return value;
}

const document = raw as unknown as Json;
const paragraphs = [...raw.intro, ...raw.sessions.flatMap((session) => [...session.summary, ...session.takeaways])];
const excerpts = raw.relatedReads.map((read) => read.excerpt);

let serial = 0;
// Through JSON, as a server gets a document: flat strings, as the repeated one is (a string built
// by concatenation is flattened on first use, which would be timed against the new texts).
const flat = <T,>(value: T): T => JSON.parse(JSON.stringify(value));
const fresh = () => flat(renewed(document, `(${++serial})`));

interface Work {
  name: string;
  /** The work on its input. */
  run: (input: Json) => void;
  /** An input seen before (the same every time), and a new one. */
  same: () => Json;
  distinct: () => Json;
}

const WORKS: Work[] = [
  { name: "parseRecap(document)", run: (input) => parseRecap(input), same: () => document, distinct: fresh },
  { name: "renderRecapToHtml(document)", run: (input) => renderRecapToHtml(input), same: () => document, distinct: fresh },
  {
    name: `inlineToText, ${paragraphs.length} paragraphs`,
    run: (input) => {
      for (const text of input as string[]) inlineToText(text);
    },
    same: () => paragraphs,
    distinct: () => flat(paragraphs.map((text) => `${text} (${++serial})`)),
  },
  {
    name: `shorten, ${excerpts.length} excerpts to 180`,
    run: (input) => {
      for (const text of input as string[]) shorten(text, 180, "en");
    },
    same: () => excerpts,
    distinct: () => flat(excerpts.map((text) => `${text} (${++serial})`)),
  },
];

const ROUNDS = 15;
const BATCH = 40;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

/** Milliseconds per call over a batch of inputs made beforehand, outside the timing. */
function time(work: Work, make: () => Json): number {
  const inputs = Array.from({ length: BATCH }, make);
  const start = performance.now();
  for (const input of inputs) work.run(input);
  return (performance.now() - start) / BATCH;
}

console.log(`recap-kit caches benchmark (Node ${process.version}): ms per call, median of ${ROUNDS} interleaved rounds\n`);
console.log(`${"work".padEnd(36)}${"same input".padStart(12)}${"new texts".padStart(12)}   same ÷ new`);
for (const work of WORKS) {
  for (let i = 0; i < 5; i++) {
    time(work, work.same);
    time(work, work.distinct);
  }
  const same: number[] = [];
  const distinct: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    if (round % 2 === 0) {
      same.push(time(work, work.same));
      distinct.push(time(work, work.distinct));
    } else {
      distinct.push(time(work, work.distinct));
      same.push(time(work, work.same));
    }
  }
  const [a, b] = [median(same), median(distinct)];
  console.log(`${work.name.padEnd(36)}${a.toFixed(4).padStart(12)}${b.toFixed(4).padStart(12)}   ${(a / b).toFixed(2).padStart(10)}`);
}
