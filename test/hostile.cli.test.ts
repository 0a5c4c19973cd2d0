import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { EXIT } from "../src/cli/run.js";
import { toJsonLd } from "../src/jsonld/toJsonLd.js";
import { parseRecap } from "../src/parse/parseRecap.js";
import { toRecapDocument } from "../src/parse/toRecapDocument.js";
import {
  fullDocument,
  HOSTILE_URLS,
  INLINE_KEYS,
  inertnessProblems,
  mapStrings,
  parseHtml,
  SCRIPT_PAYLOADS,
} from "./support/arbitraries.js";
import { cliSandbox } from "./support/cli.js";

// The command line with hostile documents: every outcome is a documented exit code and, on
// failure, one clear message; never a stack trace, never a terminal escape sequence from the
// document, never a partly written output.

const sandbox = cliSandbox("hostile");
const { cli } = sandbox;

const STACK_FRAME = /^\s+at\s/m;
// biome-ignore lint/suspicious/noControlCharactersInRegex: what must not reach a terminal.
const TERMINAL_CONTROLS = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

function expectCleanFailure(result: { code: number; stdout: string; stderr: string }, code: number): void {
  expect(result.code).toBe(code);
  expect(result.stdout).toBe("");
  expect(result.stderr).toMatch(/^recap-kit: /);
  expect(result.stderr.endsWith("\n")).toBe(true);
  expect(result.stderr).not.toMatch(STACK_FRAME);
  expect(result.stderr).not.toMatch(/unexpected error/);
  expect(result.stderr).not.toMatch(TERMINAL_CONTROLS);
}

function expectInertPage(html: string): Document {
  const page = parseHtml(html);
  expect(inertnessProblems(page.body)).toEqual([]);
  expect(page.querySelectorAll("script")).toHaveLength(1);
  return page;
}

function nestedJson(depth: number): string {
  return `${"[".repeat(depth)}"bottom"${"]".repeat(depth)}`;
}

const minimal = { title: "A recap", event: { name: "PyCon" }, sessions: [{ title: "Opening", speakers: [{ name: "Ada" }] }] };
const minimalJson = JSON.stringify(minimal);

describe("recap-kit render with hostile documents on standard input", () => {
  it.each(SCRIPT_PAYLOADS)("renders markup %j in every string field as inert text", async (payload) => {
    const doc = mapStrings(fullDocument(), { text: (original) => `${payload} ${original}` });
    const page = await cli(["render", "-"], JSON.stringify(doc));
    expect(page.code).toBe(EXIT.ok);
    // Only the line that says what was written: hostile text is no reason for a warning.
    expect(page.stderr).toMatch(/^recap-kit: wrote standard output: [^\n]*, 0 warnings\.\n$/);
    expect(expectInertPage(page.stdout).querySelector("h1")?.textContent).toBe(`${payload} Our KubeCon highlights`);
    const fragment = await cli(["render", "-", "--fragment"], JSON.stringify(doc));
    expect(fragment.code).toBe(EXIT.ok);
    expectInertPage(fragment.stdout);
  });

  it.each([
    [
      "</script>, <!-- and line separators in the title",
      { ...fullDocument(), title: "</script><script>alert(1)</script> <!-- \u2028 \u2029" },
    ],
    [
      "bidi overrides and zero-width characters in names",
      { ...fullDocument(), authors: [{ name: "\u202eEvil Corp\u202c", affiliation: "Zero\u200bWidth" }] },
    ],
    [
      "control characters and lone surrogates in every string field",
      mapStrings(fullDocument(), { text: (original) => `${original}\u0000\u001b[2J\u0007\udfff x \ud800` }),
    ],
  ])("renders %s inert, with structured data that parses back", async (_name, doc) => {
    const result = await cli(["render", "-"], JSON.stringify(doc));
    expect(result.code).toBe(EXIT.ok);
    const page = expectInertPage(result.stdout);
    const data = JSON.parse(page.querySelector('script[type="application/ld+json"]')?.textContent ?? "");
    expect(data).toEqual(toJsonLd(parseRecap(doc)));
  });

  it.each(HOSTILE_URLS)("renders the URL %j in every URL field without a single link or image", async (url) => {
    const doc = mapStrings(fullDocument(), {
      url: () => url,
      text: (original, key) => (INLINE_KEYS.has(key) ? `Read [this](${url})` : original),
    });
    const result = await cli(["render", "-"], JSON.stringify(doc));
    expect(result.code).toBe(EXIT.ok);
    const page = expectInertPage(result.stdout);
    const hrefs = [...page.querySelectorAll("[href]")].map((element) => element.getAttribute("href") ?? "");
    expect(hrefs.filter((href) => !href.startsWith("#"))).toEqual([]);
    expect(page.querySelectorAll("img, [src]")).toHaveLength(0);
  });

  it.each(
    [
      ["a script as the language", { ...minimal, language: "<script>alert(1)</script>" }, "language"],
      ["a script as a date", { ...minimal, publishedAt: '"><svg onload=alert(1)>' }, "publishedAt"],
      ["a terminal escape sequence as a format", withFormat("\u001b]0;pwned\u0007\u001b[2J\u001b[31mred"), "sessions[0].format"],
      [
        "a forged stack trace as a format",
        withFormat("x\n    at Object.<anonymous> (/tmp/evil.js:1:1)\n    at node:internal"),
        "sessions[0].format",
      ],
      ["a bidi override as a date", { ...minimal, updatedAt: "\u202e2021-05-04" }, "updatedAt"],
      // JSON text, not objects: the test runner formats its tables, and would overflow on this one.
      ["a title 10,000 levels deep", `{"title":${nestedJson(10_000)},"event":{"name":"x"},"sessions":[]}`, "title"],
    ].map(([name, doc, path]) => [name, typeof doc === "string" ? doc : JSON.stringify(doc), path] as const),
  )("refuses %s with one clear message and exit code 4", async (_name, json, path) => {
    const result = await cli(["render", "-"], json);
    expectCleanFailure(result, EXIT.invalidDocument);
    expect(result.stderr).toMatch(/^recap-kit: standard input is not a valid recap document \(1 problem\):\n {2}- /);
    expect(result.stderr).toContain(`  - ${path}: `);
    // One line per problem: nothing in the document can start a line of its own.
    expect(result.stderr.trimEnd().split("\n")).toHaveLength(2);
  });

  it("shows the escaped characters, so the publisher can still find them", async () => {
    const result = await cli(["render", "-"], JSON.stringify(withFormat("\u001b[31mred")));
    expect(result.stderr).toContain('"\\u001b[31mred" is not a session format');
  });

  it.each([
    ["an unknown field 10,000 levels deep", `{"title":"x","event":{"name":"x"},"sessions":[],"extra":${nestedJson(10_000)}}`],
    [
      "objects 10,000 levels deep",
      `{"title":"x","event":{"name":"x"},"sessions":[],"extra":${'{"a":'.repeat(10_000)}1${"}".repeat(10_000)}}`,
    ],
  ])("renders a document with %s", async (_name, json) => {
    const result = await cli(["render", "-"], json);
    expect(result.code).toBe(EXIT.ok);
    expectInertPage(result.stdout);
  });

  it.each([
    ["10,000 brackets never closed", "[".repeat(10_000), "line 1, column 10001: the file ends where a value was expected."],
    [
      "one bracket too few",
      `${"[".repeat(10_000)}${"]".repeat(9_999)}`,
      'line 1, column 20000: expected "," or "]", but found the end of the file.',
    ],
    ["a control character outside a string", '{"title":\u001b[2J}', 'line 1, column 10: expected a value, but found "\\u001b".'],
  ])("refuses %s as invalid JSON with its line and column", async (_name, json, where) => {
    const result = await cli(["render", "-"], json);
    expectCleanFailure(result, EXIT.invalidJson);
    expect(result.stderr).toBe(`recap-kit: standard input is not valid JSON (${where})\n`);
  });

  it("renders 1,000 sessions and a 10,000-character word", async () => {
    const word = "x".repeat(10_000);
    const doc = {
      ...minimal,
      title: word,
      sessions: Array.from({ length: 1_000 }, (_, index) => ({ title: `Session ${index}`, speakers: [{ name: word }] })),
    };
    // Over 10 MB: refused unless the limit is raised.
    const refused = await cli(["render", "-"], JSON.stringify(doc));
    expectCleanFailure(refused, EXIT.unreadableInput);
    expect(refused.stderr).toBe(
      "recap-kit: standard input is larger than 10 MB, the most recap-kit reads; --max-input-size raises the limit.\n",
    );
    const result = await cli(["render", "-", "--max-input-size", "20MB"], JSON.stringify(doc));
    expect(result.code).toBe(EXIT.ok);
    const page = expectInertPage(result.stdout);
    expect(page.querySelectorAll("article.rk-SessionCard")).toHaveLength(1_000);
    expect(page.querySelector("h1")?.textContent).toBe(word);
  });

  it("refuses a language tag given on the command line that is not one, as wrong usage", async () => {
    const result = await cli(["render", "-", "--lang", '"><script>alert(1)</script>'], minimalJson);
    expectCleanFailure(result, EXIT.usage);
    expect(result.stderr).toBe('recap-kit: --lang takes a language tag such as en, de or pt-BR, not ""><script>alert(1)</script>".\n');
  });
});

describe("recap-kit with hostile documents in files", () => {
  it("writes nothing when the document is refused, and leaves an existing output as it was", async () => {
    writeFileSync(join(sandbox.dir, "recap.json"), JSON.stringify(withFormat("\u001b[2J")));
    writeFileSync(join(sandbox.dir, "recap.html"), "old");
    const result = await cli(["render", "recap.json", "-o", "recap.html"]);
    expectCleanFailure(result, EXIT.invalidDocument);
    expect(readFileSync(join(sandbox.dir, "recap.html"), "utf8")).toBe("old");
    expect(readdirSync(sandbox.dir).sort()).toEqual(["recap.html", "recap.json"]);
  });

  it("converts a hostile document to JSON as its normalised self", async () => {
    const doc = mapStrings(fullDocument(), {
      text: (original) => `<script>alert(1)</script> ${original}`,
      url: () => "javascript:alert(1)",
    });
    writeFileSync(join(sandbox.dir, "recap.json"), JSON.stringify(doc));
    const result = await cli(["convert", "recap.json", "--to", "json"]);
    expect(result.code).toBe(EXIT.ok);
    expect(JSON.parse(result.stdout)).toEqual(JSON.parse(JSON.stringify(toRecapDocument(parseRecap(doc)))));
  });

  it.each(SCRIPT_PAYLOADS.slice(0, 4))(
    "converts a document with %j everywhere to Markdown without an unexpected error",
    async (payload) => {
      const doc = mapStrings(fullDocument(), { text: (original) => `${payload} ${original}` });
      writeFileSync(join(sandbox.dir, "recap.json"), JSON.stringify(doc));
      const result = await cli(["convert", "recap.json", "--to", "markdown"]);
      expect(result.stderr).not.toMatch(STACK_FRAME);
      expect(result.code).toBe(EXIT.ok);
    },
  );
});

function withFormat(format: string) {
  return { ...minimal, sessions: [{ title: "Opening", speakers: [], format }] };
}
