// @vitest-environment node
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { build as esbuild } from "esbuild";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import webpack, { type Stats } from "webpack";
import { parseRecapMarkdown } from "../src/markdown/index.js";
import { parseRecap } from "../src/parse/parseRecap.js";
import type { RecapLoaderOptions } from "../src/webpack/index.js";

// recap-kit/webpack in webpack's own compiler, on a small app of a few files. webpack loads a loader
// with Node's own module loader, which cannot read TypeScript: the test bundles it first, as the
// package build does, into the repository's node_modules so that its dependencies resolve.
const markdown = readFileSync(resolve(process.cwd(), "test/fixtures/kubecon-eu-2021.recap.md"), "utf8");
const json = readFileSync(resolve(process.cwd(), "test/fixtures/kubecon-eu-2021.recap.json"), "utf8");

let loaderDir = "";
let loader = "";
beforeAll(async () => {
  mkdirSync(resolve(process.cwd(), "node_modules/.cache"), { recursive: true });
  loaderDir = mkdtempSync(resolve(process.cwd(), "node_modules/.cache/recap-kit-loader-"));
  loader = join(loaderDir, "loader.mjs");
  await esbuild({
    entryPoints: [resolve(process.cwd(), "src/webpack/index.ts")],
    bundle: true,
    platform: "node",
    format: "esm",
    packages: "external",
    outfile: loader,
    logLevel: "error",
  });
});
afterAll(() => rmSync(loaderDir, { recursive: true, force: true }));

let root = "";
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), "recap-kit-webpack-"));
  mkdirSync(join(root, "data"));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

function app(files: Record<string, string>): void {
  for (const [name, text] of Object.entries(files)) writeFileSync(join(root, name), text);
}

/** Compiles `main.js` for Node with the loader's rule as the docs give it; the stats and, when it built, the module. */
async function compile(options?: RecapLoaderOptions) {
  const compiler = webpack({
    context: root,
    mode: "production",
    target: "node",
    entry: "./main.js",
    output: { path: join(root, "dist"), filename: "main.cjs", library: { type: "commonjs2" } },
    optimization: { minimize: false },
    module: {
      rules: [{ test: /\.recap\.(md|json)$/, type: "javascript/auto", use: options ? { loader, options } : loader }],
    },
  });
  const stats = await new Promise<Stats>((done, fail) => compiler.run((error, result) => (error || !result ? fail(error) : done(result))));
  await new Promise((done) => compiler.close(done));
  const info = stats.toJson({ all: false, errors: true, warnings: true });
  const errors = (info.errors ?? []).map((error) => error.message);
  const warnings = (info.warnings ?? []).map((warning) => warning.message);
  const file = join(root, "dist/main.cjs");
  const module = errors.length ? undefined : (createRequire(file)(file) as Record<string, unknown>);
  return { errors, warnings, module, code: errors.length ? "" : readFileSync(file, "utf8") };
}

const lineOf = (text: string, needle: string) => text.slice(0, text.indexOf(needle)).split("\n").length;

describe("recap-kit/webpack in webpack's compiler", () => {
  it("makes .recap.md and .recap.json files modules of their parsed recap, with no parser in the bundle", async () => {
    app({
      "main.js":
        'export { default as fromMarkdown } from "./data/kubecon.recap.md";\nexport { default as fromJson } from "./data/kubecon.recap.json";\n',
      "data/kubecon.recap.md": markdown,
      "data/kubecon.recap.json": json,
    });
    const { errors, warnings, module, code } = await compile();
    expect(errors).toEqual([]);
    expect(warnings).toEqual([]);
    expect(module?.fromMarkdown).toEqual(JSON.parse(JSON.stringify(parseRecapMarkdown(markdown))));
    expect(module?.fromJson).toEqual(JSON.parse(JSON.stringify(parseRecap(JSON.parse(json)))));
    expect(code).not.toContain("is not a session format");
  });

  it("fails the build with the file, the line and check's words for every problem, without a stack trace", async () => {
    const broken = markdown.replace(/^- Format: talk$/m, "- Format: Keynote");
    app({ "main.js": 'export { default } from "./data/kubecon.recap.md";', "data/kubecon.recap.md": broken });
    const { errors } = await compile();
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain("data/kubecon.recap.md is not a valid recap document (1 problem):");
    expect(errors[0]).toMatch(
      new RegExp(`\n {2}- line ${lineOf(broken, "- Format: Keynote")}, sessions\\[\\d\\]\\.format: "Keynote" is not`),
    );
    expect(errors[0]).not.toMatch(/\n\s+at /);
  });

  it("gives a JSON file's problems their lines too", async () => {
    const text = JSON.stringify({ ...JSON.parse(json), callToAction: { title: "" } }, null, 2);
    app({ "main.js": 'export { default } from "./data/kubecon.recap.json";', "data/kubecon.recap.json": text });
    const { errors } = await compile();
    expect(errors[0]).toContain(`- line ${lineOf(text, '"title": ""')}, callToAction.title: `);
  });

  it("makes warnings the build's warnings, with the file and line, and still builds", async () => {
    const typo = markdown.replace(/^- Format: talk$/m, "- Formt: talk");
    app({ "main.js": 'export { default } from "./data/kubecon.recap.md";', "data/kubecon.recap.md": typo });
    const { errors, warnings, module } = await compile();
    expect(errors).toEqual([]);
    expect(module?.default).toBeTruthy();
    expect(warnings).toEqual([expect.stringContaining(`data/kubecon.recap.md: line ${lineOf(typo, "- Formt")}, sessions[`)]);
  });

  it("takes parseRecap's options: strict fails on a warning, language dates a recap that names none", async () => {
    const typo = markdown.replace(/^- Format: talk$/m, "- Formt: talk");
    app({ "main.js": 'export { default } from "./data/kubecon.recap.md";', "data/kubecon.recap.md": typo });
    const strict = await compile({ strict: true });
    expect(strict.warnings).toEqual([]);
    expect(strict.errors[0]).toMatch(/\(1 problem\):\n {2}- line \d+, sessions\[\d\]: "Formt"[^\n]*\n\(strict: warnings/);
    const { language: _language, ...document } = JSON.parse(json);
    app({ "main.js": 'export { default } from "./data/kubecon.recap.json";', "data/kubecon.recap.json": JSON.stringify(document) });
    const { module } = await compile({ language: "de" });
    const german = module?.default as { event: { dateText: { end: string } } } | undefined;
    expect(german?.event.dateText.end).toBe("7. Mai 2021");
  });
});
