// npm run size: what recap-kit costs its readers, measured on the built package (gzip level 9, React
// and React DOM external, the recap's data never counted). The pages of issue 22 are built as an app
// builds them: Vite 8 with recap-kit/vite (test/bench/pages.js). Single components are bundled alone
// by esbuild, as in issue 14. For each figure it prints the size, the goal (met or not) and the hard
// budget CI enforces; then it checks that the pages built with the plugin hold no parser, that no
// component's module reaches the parser's modules, and tree-shaking: a component's bundle holds no
// other component and no label set but English. Exits 1 when a figure is over its budget or a check fails.
import { readdirSync, readFileSync } from "node:fs";
import { dirname, relative, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { brotliCompressSync, gzipSync } from "node:zlib";
import { build, transform } from "esbuild";
import { buildPages, pageSize, routeSize } from "./pages.js";

const root = fileURLToPath(new URL("../..", import.meta.url));
const dist = (path) => resolve(root, "dist", path);
const EXTERNAL = ["react", "react-dom", "react/jsx-runtime", "react-dom/server"];
const KB = 1024;

// The components measured alone and what each renders by design, from the component manifest
// (src/components/manifest.ts, plain data: transformed here, as this script runs on plain Node).
const { COMPONENT_FOLDERS } = await import(
  `data:text/javascript,${encodeURIComponent((await transform(readFileSync(resolve(root, "src/components/manifest.ts"), "utf8"), { loader: "ts" })).code)}`
);
/** Every component measured alone, by its root class: a component's bundle holds it, and no other but those it renders. */
const COMPONENTS = Object.fromEntries(COMPONENT_FOLDERS.flatMap(({ alone }) => alone.map((name) => [name, `rk-${name}`])));
/** What a folder's main component renders by design: its parts are components of their own. */
const RENDERS = Object.fromEntries(
  COMPONENT_FOLDERS.map(({ folder, renders }) => [
    folder,
    COMPONENT_FOLDERS.filter((other) => renders.includes(other.folder)).flatMap((other) => other.alone),
  ]),
);
/** Words only the parsers hold: the validator's messages, the byline reader's and the Markdown reader's. */
const PARSER_WORDS = ["is not a language tag", "The event needs a name", "not a list of"];

async function bundle(contents) {
  const result = await build({
    stdin: { contents, resolveDir: root, loader: "js" },
    bundle: true,
    minify: true,
    format: "esm",
    platform: "browser",
    write: false,
    external: EXTERNAL,
    // The built package, as an app installs it: not the source the tsconfig paths point at, which
    // esbuild would otherwise read (for "recap-kit" and for "#render-cache" inside dist/ alike).
    alias: { "recap-kit": dist("index.js") },
    tsconfigRaw: "{}",
    logLevel: "error",
  });
  return Buffer.from(result.outputFiles[0].contents);
}

const gzip = (bytes) => gzipSync(bytes, { level: 9 }).length;
const kB = (bytes) => `${(bytes / KB).toFixed(2)} kB`;

// Text only another language shows: every label of a non-English set that English does not have.
const { LABELS } = await import(pathToFileURL(dist("labels/index.js")).href);
const english = new Set(Object.values(LABELS.en).flatMap((value) => (typeof value === "string" ? [value] : Object.values(value))));
const foreign = Object.entries(LABELS)
  .filter(([language]) => language !== "en")
  .flatMap(([language, labels]) =>
    Object.values(labels)
      .flatMap((value) => (typeof value === "string" ? [value] : Object.values(value)))
      .filter((text) => text.length > 3 && !english.has(text) && /\p{L}{3}/u.test(text))
      .map((text) => ({ language, text })),
  );

const css = readFileSync(dist("styles.css"));
const article = await bundle('export { RecapArticle } from "recap-kit";');
const { default: recapPlugin } = await import(pathToFileURL(dist("vite.js")).href);
const pages = await buildPages({
  repo: root,
  plugins: [recapPlugin()],
  fixtures: {
    markdown: readFileSync(resolve(root, "test/fixtures/kubecon-eu-2021.recap.md"), "utf8"),
    json: readFileSync(resolve(root, "test/fixtures/kubecon-eu-2021.recap.json"), "utf8"),
  },
});
const cardRoute = routeSize(pages.routes, "card.js", { repo: root });
const articleRoute = routeSize(pages.routes, "article.js", { repo: root });

// Each figure: where it started (`before`, measured the same way before the issue that set it), its
// hard budget (CI fails above it) and its goal. A `ceiling` holds a figure that has no budget it
// can meet yet where it stands, so that it cannot grow.
const figures = [
  {
    name: "reader's page, recap parsed at build time (recap-kit/vite): JS + CSS",
    issue: 22,
    size: pageSize(pages.parsedAtBuild).total,
    before: 12.0 * KB,
    budget: 12 * KB,
    goal: 9 * KB,
  },
  {
    name: "route with one SessionCard, beside a route with RecapArticle: recap-kit JS",
    issue: 22,
    size: cardRoute.js,
    before: 7.72 * KB,
    budget: 5 * KB,
    goal: 4 * KB,
  },
  {
    name: "page that parses in the browser: parseRecap + RecapArticle, JS + CSS",
    issue: 22,
    size: pageSize(pages.parsedInBrowser).total,
    before: 25.27 * KB,
    // Parsing in the browser stays possible; the docs lead to the plugin, the loader or `parse`.
    ceiling: 26.5 * KB,
    goal: 20 * KB,
  },
  {
    name: "SpeakerByline alone, JS",
    issue: 22,
    size: gzip(await bundle('export { SpeakerByline } from "recap-kit";')),
    before: 1.93 * KB,
    budget: 2 * KB,
    goal: 1.5 * KB,
  },
  { name: "RecapArticle alone, JS", issue: 14, size: gzip(article), before: 14.8 * KB, budget: 8 * KB, goal: 6 * KB },
  { name: "styles.css", issue: 14, size: gzip(css), before: 3.4 * KB, budget: 5 * KB, goal: 4 * KB },
  {
    name: "recap-kit/embed, JS (<recap-kit-embed>)",
    issue: 21,
    size: gzip(await bundle('import "./dist/embed.js";')),
    before: 0,
    budget: 1.5 * KB,
    goal: 1.5 * KB,
  },
];

let failed = false;
console.log("recap-kit sizes (gzip level 9, React and React DOM external, the recap's data never counted)");
console.log("pages: built by Vite 8 as an app builds them; components alone: esbuild, minified\n");
console.log(`${"figure".padEnd(76)}${"before".padStart(10)}${"now".padStart(10)}${"goal".padStart(10)}${"budget".padStart(10)}`);
for (const figure of figures) {
  const limit = figure.budget ?? figure.ceiling;
  const over = figure.size > limit;
  failed ||= over;
  const verdicts = [
    figure.size <= figure.goal ? "goal met" : `goal not met by ${kB(figure.size - figure.goal)}`,
    figure.budget === undefined ? `held under ${kB(figure.ceiling)}` : figure.size <= figure.budget ? "budget met" : "BUDGET NOT MET",
    `(issue ${figure.issue})`,
  ];
  if (over) verdicts.push("OVER THE LIMIT");
  console.log(
    `${figure.name.padEnd(76)}${kB(figure.before).padStart(10)}${kB(figure.size).padStart(10)}${kB(figure.goal).padStart(10)}${(figure.budget === undefined ? `≤${kB(figure.ceiling)}` : kB(figure.budget)).padStart(10)}  ${verdicts.join(", ")}`,
  );
}
const readers = pageSize(pages.parsedAtBuild);
console.log(
  `\nthe reader's page is ${kB(readers.js)} JS and ${kB(readers.css)} CSS; the card route loads ${cardRoute.chunks.join(", ")};` +
    ` the route with RecapArticle beside it ${kB(articleRoute.js)} of recap-kit JS (7.72 kB before issue 22, printed only)` +
    `\nbrotli, for reference: RecapArticle ${kB(brotliCompressSync(article).length)}, styles.css ${kB(brotliCompressSync(css).length)}`,
);

console.log("\nno parser where a recap is parsed at build time: the validator's and the readers' words");
const parserIn = (code) => PARSER_WORDS.filter((word) => code.includes(word));
for (const [name, code] of [
  ["reader's page", pages.parsedAtBuild.chunks.map((chunk) => chunk.code).join("\n")],
  ["route with one SessionCard", cardRoute.code],
  ["route with RecapArticle", articleRoute.code],
]) {
  const found = parserIn(code);
  failed ||= found.length > 0;
  console.log(`  ${name.padEnd(28)}${found.length ? `FAILED: holds "${found.join('", "')}"` : "none, ok"}`);
}
// The proof that the words would be found: the page that parses in the browser holds them.
const control = parserIn(pages.parsedInBrowser.chunks.map((chunk) => chunk.code).join("\n"));
failed ||= control.length === 0;
console.log(
  `  ${"page that parses (control)".padEnd(28)}${control.length ? `holds "${control.join('", "')}", as it must` : "FAILED: holds none, so the search proves nothing"}`,
);

// One module per source module: a bundler that keeps a component's whole module graph (webpack in
// a Next.js Client Component) must find nothing of the parser in it. What components may reach:
const RENDER_TIME = /^(components\/|format\/|labels\/|jsonld\/|model\/(url|isoDate|types|parsed|slug|path)\.js$|parse\/plainText\.js$)/;
const IMPORT = /^(?:import|export)\s[^;]*?\sfrom\s*"(\.[^"]+)"|^import\s*"(\.[^"]+)"/gm;
const reached = (file, seen = new Set()) => {
  if (seen.has(file)) return seen;
  seen.add(file);
  for (const match of readFileSync(file, "utf8").matchAll(IMPORT)) reached(resolve(dirname(file), match[1] ?? match[2]), seen);
  return seen;
};
console.log("\nmodules: what each component's module reaches is render-time code only (no validator, no readers)");
for (const { folder } of [...COMPONENT_FOLDERS].sort((a, b) => a.folder.localeCompare(b.folder))) {
  const modules = readdirSync(dist(`components/${folder}`)).filter((file) => file.endsWith(".js"));
  const outside = new Set();
  for (const module of modules) {
    for (const file of reached(dist(`components/${folder}/${module}`))) {
      const path = relative(dist(""), file).split("\\").join("/");
      if (!RENDER_TIME.test(path)) outside.add(path);
    }
  }
  failed ||= outside.size > 0;
  console.log(`  ${folder.padEnd(16)}${outside.size ? `FAILED: reaches ${[...outside].join(", ")}` : `${modules.length} module(s), ok`}`);
}

console.log("\ntree-shaking: each component alone, with no component it does not render and no label set but English");
for (const [name, marker] of Object.entries(COMPONENTS)) {
  const code = await bundle(`export { ${name} } from "recap-kit";`);
  const allowed = new Set([name, ...(RENDERS[name] ?? [])].map((part) => COMPONENTS[part]));
  const others = Object.values(COMPONENTS).filter((other) => !allowed.has(other) && code.includes(`"${other}`));
  const languages = [...new Set(foreign.filter(({ text }) => code.includes(text)).map(({ language }) => language))];
  const problems = [...others.map((other) => `holds ${other}`), ...languages.map((language) => `holds "${language}" labels`)];
  if (!code.includes(marker)) problems.push(`does not hold ${marker}`);
  failed ||= problems.length > 0;
  console.log(`  ${name.padEnd(16)}${kB(gzip(code)).padStart(10)}  ${problems.length ? `FAILED: ${problems.join(", ")}` : "ok"}`);
}
const structuredData = article.includes("schema.org");
console.log(`  RecapArticle without structured data holds toJsonLd: ${structuredData ? "yes (FAILED)" : "no, ok"}`);
failed ||= structuredData;

// #render-cache (package.json "imports"): a browser bundle gets the module that keeps and flattens
// nothing; a server keeps the tree of each recap parseRecap made, and flattens it.
console.log("\nrender cache: the article's kept and flattened tree only where a server renders it");
for (const platform of ["browser", "node"]) {
  const result = await build({
    stdin: { contents: 'export { RecapArticle } from "recap-kit";', resolveDir: root, loader: "js" },
    bundle: true,
    format: "esm",
    platform,
    write: false,
    metafile: true,
    external: EXTERNAL,
    alias: { "recap-kit": dist("index.js") },
    tsconfigRaw: "{}",
    logLevel: "error",
  });
  const inputs = Object.keys(result.metafile.inputs).map((path) => path.split("\\").join("/"));
  const flattens = inputs.some((path) => path.endsWith("components/RecapArticle/flatten.js"));
  const ok = platform === "browser" ? !flattens : flattens;
  failed ||= !ok;
  console.log(`  ${platform.padEnd(8)} ${flattens ? "keeps and flattens" : "renders each time"}${ok ? ", ok" : " (FAILED)"}`);
}

if (failed) {
  console.error("\nOver a limit, or a check failed. See what a bundle holds with esbuild's --analyze.");
  process.exit(1);
}
