// npm run size: what recap-kit costs its readers, measured on dist/ the way an app's bundler
// would see it (esbuild, minified, React external), against the budgets. Exits 1 over budget.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { brotliCompressSync, gzipSync } from "node:zlib";
import { build } from "esbuild";

const root = fileURLToPath(new URL("../..", import.meta.url));
const EXTERNAL = ["react", "react-dom", "react/jsx-runtime", "react-dom/server"];

/** Every component's root class: a bundle that should hold one of them must hold no other. */
const COMPONENT_MARKERS = [
  "rk-SessionCard",
  "rk-RelatedReads",
  "rk-TakeawayList",
  "rk-ResourceLinks",
  "rk-RecapArticle",
  "rk-RecapHeader",
  "rk-SessionIndex",
  "rk-CallToAction",
  "rk-InvalidRecap",
  "application/ld+json",
];

async function bundle(contents) {
  const result = await build({
    stdin: { contents, resolveDir: root, loader: "js" },
    bundle: true,
    minify: true,
    format: "esm",
    platform: "browser",
    write: false,
    external: EXTERNAL,
    logLevel: "error",
  });
  return result.outputFiles[0].contents;
}

function sizes(bytes) {
  return { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length, brotli: brotliCompressSync(bytes).length };
}

const checks = [
  {
    name: 'import { SpeakerByline } from "recap-kit"',
    code: await bundle('export { SpeakerByline } from "recap-kit";'),
    budget: 1536,
    mustNotContain: COMPONENT_MARKERS,
  },
  { name: 'import { RecapArticle } from "recap-kit"', code: await bundle('export { RecapArticle } from "recap-kit";'), budget: 10240 },
  { name: 'import * from "recap-kit" (everything)', code: await bundle('export * from "recap-kit";'), budget: 10240 },
  { name: "recap-kit/styles.css", code: readFileSync(`${root}/dist/styles.css`), budget: 5120 },
];

let failed = false;
const kb = (bytes) => `${(bytes / 1024).toFixed(2)} kB`;
console.log("recap-kit size budgets (React and React DOM excluded; gzip level 9)\n");
console.log(
  `${"entry".padEnd(48)}${"minified".padStart(11)}${"gzip".padStart(11)}${"brotli".padStart(11)}${"budget".padStart(11)}  result`,
);
for (const check of checks) {
  const size = sizes(check.code);
  const leaked = (check.mustNotContain ?? []).filter((marker) => Buffer.from(check.code).includes(marker));
  const ok = size.gzip <= check.budget && leaked.length === 0;
  failed ||= !ok;
  console.log(
    `${check.name.padEnd(48)}${kb(size.raw).padStart(11)}${kb(size.gzip).padStart(11)}${kb(size.brotli).padStart(11)}${kb(check.budget).padStart(11)}  ${ok ? "ok" : "OVER BUDGET"}`,
  );
  if (leaked.length) console.log(`  tree-shaking failed: the bundle contains ${leaked.join(", ")}`);
}
if (failed) {
  console.error("\nOver budget. See what a bundle holds with esbuild's --analyze.");
  process.exit(1);
}
