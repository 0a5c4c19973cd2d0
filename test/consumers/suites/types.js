// A plain TypeScript project, strict with exactOptionalPropertyTypes and noUncheckedIndexedAccess,
// against the packed package: every entry point and both stylesheets, `undefined` for every
// optional prop, and every ts/tsx block of README.md and stories/*.mdx; with TypeScript 7 and 5.x.
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { run } from "../lib/process.js";
import { resolveExport } from "../lib/reference.js";
import { expect } from "../lib/report.js";
import { asModule, extractSnippets } from "../lib/snippets.js";

const APP = "types";
const FIXTURE_NAME = "kubecon-eu-2021.recap.json";
const OPTIONAL_PROPS = "src/optional-props.tsx";

/** @param {import("../run.js").Context} context */
export default async function types({ report, repo, work, logDir, exports, fixture }) {
  const dir = join(work, "apps", APP);
  const require = createRequire(join(dir, "package.json"));
  const compilers = ["typescript", "typescript5"].map((pkg) => {
    const manifest = require.resolve(`${pkg}/package.json`);
    const { version, bin } = JSON.parse(readFileSync(manifest, "utf8"));
    return { name: `TypeScript ${version}`, tsc: join(manifest, "..", typeof bin === "string" ? bin : bin.tsc) };
  });

  const api = await import(pathToFileURL(resolveExport(work, "recap-kit")).href);
  const components = Object.keys(api).filter(
    (name) => /^[A-Z]/.test(name) && typeof api[name] === "function" && !/^class\b/.test(String(api[name])),
  );
  writeFileSync(join(dir, OPTIONAL_PROPS), optionalPropsSource(components));

  // The snippets, one file each, named after where they come from.
  const snippetDir = join(dir, "snippets");
  rmSync(snippetDir, { recursive: true, force: true });
  mkdirSync(snippetDir, { recursive: true });
  copyFileSync(fixture, join(snippetDir, FIXTURE_NAME));
  const snippets = extractSnippets(repo).map((snippet) => ({
    ...snippet,
    file: `snippets/${snippet.source.replace(/[/.]/g, "_")}_L${snippet.line}.${snippet.lang}`,
  }));
  for (const snippet of snippets) {
    if (!snippet.skipped) writeFileSync(join(dir, snippet.file), `${asModule(snippet.code, Object.keys(api))}\n`);
  }

  const missingLayer = exports["./styles.layer.css"]
    ? ""
    : 'missing export: the packed recap-kit\'s exports map has no "./styles.layer.css"\n';
  await report.phase(`${APP}: tsc (bundler, nodenext, snippets) with ${compilers.map(({ name }) => name).join(" and ")}`, async () => {
    for (const compiler of compilers) {
      for (const config of ["bundler", "nodenext"]) {
        const errors = await compile(compiler, config, dir, logDir);
        const page = `moduleResolution ${config}, ${compiler.name}`;
        await report.check(APP, page, "src/api.tsx compiles (entry points, both stylesheets, undefined for optional props)", () => {
          const own = errors.filter((error) => !error.startsWith(OPTIONAL_PROPS));
          const note = own.some((error) => error.includes("styles.layer.css")) ? missingLayer : "";
          expect(own.length === 0, `${note}${own.join("\n")}`);
        });
        await report.check(APP, page, `every optional prop of the ${components.length} components accepts undefined`, () => {
          const own = errors
            .filter((error) => error.startsWith(OPTIONAL_PROPS))
            .map((error) => {
              const line = Number(/\((\d+),/.exec(error)?.[1]);
              const component = components[line - FIRST_CHECK_LINE] ?? "?";
              return `${component}: ${error.replace(/^.*?error TS\d+: /, "")}`;
            });
          expect(own.length === 0, own.join("\n"));
        });
      }
      const errors = await compileSnippets(compiler, dir, logDir);
      for (const snippet of snippets) {
        if (snippet.skipped) continue;
        const own = errors.filter((line) => line.startsWith(snippet.file));
        await report.check(APP, `${snippet.source}:${snippet.line} (\`\`\`${snippet.lang})`, `compiles with ${compiler.name}`, () => {
          expect(
            own.length === 0,
            `${own.join("\n")}\n--- the block, as compiled:\n${readFileSync(join(dir, snippet.file), "utf8").trimEnd()}`,
          );
        });
      }
      const elsewhere = errors.filter((line) => !snippets.some((snippet) => line.startsWith(snippet.file)));
      await report.check(APP, "snippets project", `no errors outside the snippets with ${compiler.name}`, () => {
        expect(elsewhere.length === 0, elsewhere.join("\n"));
      });
    }
  });
  const skipped = snippets.filter((snippet) => snippet.skipped);
  if (skipped.length)
    console.log(`  (left out by their marker: ${skipped.map((snippet) => `${snippet.source}:${snippet.line}`).join(", ")})`);
}

const PRELUDE = `// Written by the consumer test: one line per component recap-kit exports. A line does not
// compile, and names the props, while an optional prop of that component rejects \`undefined\`.
import type * as RecapKit from "recap-kit";

type OptionalKeys<P> = { [K in keyof P]-?: {} extends Pick<P, K> ? K : never }[keyof P];
type RejectsUndefined<P> = { [K in OptionalKeys<P>]: { [Q in K]: undefined } extends Pick<P, K> ? never : K }[OptionalKeys<P>];
type PropsOf<C> = C extends (props: infer P) => unknown ? P : never;
type Check<P> = { [K in RejectsUndefined<P> & string]: "rejects undefined" };
`;
const FIRST_CHECK_LINE = PRELUDE.split("\n").length;

function optionalPropsSource(components) {
  return `${PRELUDE}${components.map((name) => `export const ${name}: Check<PropsOf<typeof RecapKit.${name}>> = {};`).join("\n")}\n`;
}

/**
 * tsc reports only syntax errors while any file has one, which would hide every other snippet's
 * type errors: a second run leaves out the snippets that do not parse.
 */
async function compileSnippets(compiler, dir, logDir) {
  const first = await compile(compiler, "snippets", dir, logDir);
  const unparsed = new Set(first.filter((error) => /error TS1\d{3}:/.test(error)).map((error) => error.slice(0, error.indexOf("("))));
  if (!unparsed.size) return first;
  writeFileSync(
    join(dir, "tsconfig.snippets-parsed.json"),
    JSON.stringify({ extends: "./tsconfig.snippets.json", exclude: [...unparsed] }, null, 2),
  );
  const second = await compile(compiler, "snippets-parsed", dir, logDir);
  return [...first.filter((error) => unparsed.has(error.slice(0, error.indexOf("(")))), ...second];
}

/** Runs tsc; returns its error lines (with their continuation lines), none when it passes. */
async function compile(compiler, config, dir, logDir) {
  try {
    await run("node", [compiler.tsc, "-p", `tsconfig.${config}.json`, "--pretty", "false"], {
      cwd: dir,
      logDir,
      name: `types-${config}-${compiler.name.replace(/\W+/g, "_")}`,
    });
    return [];
  } catch (error) {
    const output = String(error.output ?? error.message);
    const errors = [];
    for (const line of output.split("\n")) {
      if (/^\S.*\(\d+,\d+\): error TS\d+/.test(line) || /^error TS\d+/.test(line)) errors.push(line);
      else if (errors.length && /^\s+\S/.test(line)) errors[errors.length - 1] += `\n${line}`;
    }
    return errors.length ? errors : [output];
  }
}
