// The soak test: a long-running server rendering distinct recaps, one after another, each with
// big paragraphs and a language tag of its own (what a stream of documents can bring). It prints
// the heap after a full garbage collection every 1,000 documents: memory held across renders must
// stay flat, whatever the documents were.
//
// Usage: npm run build, then node --expose-gc test/bench/soak.js [documents=10000] [paragraph kB=20]
import { renderRecapToHtml } from "../../dist/static.js";

if (!globalThis.gc) {
  console.error("Run with node --expose-gc, so that the heap is measured after a full collection.");
  process.exit(1);
}

const documents = Number(process.argv[2] ?? 10_000);
const paragraphKb = Number(process.argv[3] ?? 20);
const WORDS = ["service", "mesh", "*cluster*", "**GitOps**", "`kubectl`", "[docs](https://x.y/d)", "Envoy", "policy", "sidecar"];

/** A paragraph of about `size` characters that no other document has. */
function paragraph(seed, size) {
  const words = [`Document ${seed}:`];
  let length = words[0].length;
  for (let i = 0; length < size; i++) {
    const word = WORDS[(seed + i * 7) % WORDS.length];
    words.push(word);
    length += word.length + 1;
  }
  return words.join(" ");
}

function recap(index) {
  const size = paragraphKb * 1000;
  return {
    title: `Soak recap ${index}`,
    // A private-use language tag per document: caches keyed by language must not keep them all.
    language: `en-x-s${index}`,
    publishedAt: "2021-05-12",
    event: { name: "KubeCon", startDate: "2021-05-04", endDate: "2021-05-07" },
    intro: [paragraph(index, size)],
    sessions: [
      {
        title: `Session ${index}`,
        speakers: [{ name: `Speaker ${index}`, affiliation: "ACME" }],
        summary: [paragraph(index + 1, size)],
        takeaways: [`Takeaway ${index}`],
      },
    ],
    relatedReads: [{ title: `Read ${index}`, url: `https://x.y/${index}`, excerpt: paragraph(index + 2, size) }],
  };
}

const mb = (bytes) => `${(bytes / 1e6).toFixed(1).padStart(7)} MB`;
console.log(
  `recap-kit soak: ${documents.toLocaleString("en")} distinct recaps, three ${paragraphKb} kB paragraphs each, a language tag each`,
);
console.log("documents   heap used   external        rss   ms per document");
globalThis.gc();
const start = process.memoryUsage();
console.log(`${"0".padStart(9)} ${mb(start.heapUsed)} ${mb(start.external)} ${mb(start.rss)}`);
let time = performance.now();
for (let index = 1; index <= documents; index++) {
  renderRecapToHtml(recap(index));
  if (index % 1_000 === 0) {
    const perDocument = (performance.now() - time) / 1_000;
    globalThis.gc();
    const memory = process.memoryUsage();
    console.log(
      `${index.toLocaleString("en").padStart(9)} ${mb(memory.heapUsed)} ${mb(memory.external)} ${mb(memory.rss)}   ${perDocument.toFixed(1).padStart(8)}`,
    );
    time = performance.now();
  }
}
