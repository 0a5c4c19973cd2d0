// @vitest-environment node
import { readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { problemsMessage, readRecapFile, recapModule, warningMessage } from "../src/build/readRecapFile.js";
import { parseRecapMarkdown } from "../src/markdown/index.js";
import { parseRecap } from "../src/parse/parseRecap.js";
import { cliSandbox } from "./support/cli.js";

const fixture = (name: string) => readFileSync(resolve(process.cwd(), "test/fixtures", name), "utf8");
const markdown = fixture("kubecon-eu-2021.recap.md");
const json = fixture("kubecon-eu-2021.recap.json");

/** The fixture with one line replaced: the first line that matches. */
const editMarkdown = (from: RegExp, to: string) => markdown.replace(from, to);
const lineOf = (text: string, needle: string) => text.slice(0, text.indexOf(needle)).split("\n").length;

const sandbox = cliSandbox("build");

describe("readRecapFile: a recap file as the bundler plugins read it", () => {
  it("reads Markdown and JSON into the same parsed recap parseRecap gives", () => {
    const fromMarkdown = readRecapFile(markdown, "kubecon.recap.md");
    const fromJson = readRecapFile(json, "kubecon.recap.json");
    expect(fromMarkdown).toEqual({ ok: true, recap: parseRecapMarkdown(markdown), warnings: [] });
    expect(fromJson).toEqual({ ok: true, recap: parseRecap(JSON.parse(json)), warnings: [] });
  });

  it("gives a problem in a JSON file the line it is written on, as Markdown problems have", () => {
    const text = JSON.stringify({ ...JSON.parse(json), sessions: [{ title: "A talk", speakers: [], format: "Keynote" }] }, null, 2);
    const result = readRecapFile(text, "broken.recap.json");
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toEqual([
      {
        path: "sessions[0].format",
        line: lineOf(text, '"format": "Keynote"'),
        message: expect.stringContaining('"Keynote" is not a session format'),
      },
    ]);
  });

  it("gives a misspelled key's warning the key's line, and a missing field its parent's", () => {
    const document = JSON.parse(json);
    const text = JSON.stringify({ ...document, sessions: [{ title: "A talk", speakers: [], sumary: "About it." }] }, null, 2);
    const result = readRecapFile(text, "typo.recap.json");
    expect(result.ok && result.warnings).toEqual([
      expect.objectContaining({ path: "sessions[0].sumary", line: lineOf(text, '"sumary"'), message: expect.stringContaining("summary") }),
    ]);
    const { event: _event, ...noEvent } = document;
    const missing = readRecapFile(JSON.stringify(noEvent, null, 2), "missing.recap.json");
    expect(missing.ok === false && missing.issues).toEqual([expect.objectContaining({ path: "event", line: 1 })]);
  });

  it("names the line and column of a JSON syntax error", () => {
    const result = readRecapFile('{\n  "title": "x",\n}', "trailing.recap.json");
    expect(result).toEqual({
      ok: false,
      issues: [{ path: "", line: 3, message: "column 1: a comma before } is not allowed in JSON." }],
      warnings: [],
    });
  });

  it("drops a byte-order mark, as the command line does", () => {
    expect(readRecapFile(`\uFEFF${json}`, "bom.recap.json").ok).toBe(true);
    expect(readRecapFile(`\uFEFF${markdown}`, "bom.recap.md").ok).toBe(true);
  });

  it("passes parseRecap's options on: the language to assume, and strict", () => {
    const { language: _language, ...withoutLanguage } = JSON.parse(json);
    const german = readRecapFile(JSON.stringify(withoutLanguage), "de.recap.json", { language: "de" });
    expect(german.ok && german.recap.event.dateText?.end).toBe("7. Mai 2021");
    const typo = editMarkdown(/^- Format: talk$/m, "- Formt: talk");
    expect(readRecapFile(typo, "typo.recap.md").ok).toBe(true);
    expect(readRecapFile(typo, "typo.recap.md", { strict: true }).ok).toBe(false);
  });

  it("says a refused file's problems in the words and lines of recap-kit check", async () => {
    const broken = editMarkdown(/^- Format: talk$/m, "- Format: Keynote");
    sandbox.write("broken.recap.md", broken);
    const check = await sandbox.cli(["check", "broken.recap.md"]);
    const result = readRecapFile(broken, "broken.recap.md");
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const message = problemsMessage("src/broken.recap.md", result.issues);
    expect(message.split("\n")[0]).toBe("src/broken.recap.md is not a valid recap document (1 problem):");
    const lines = check.stderr.split("\n").filter((line) => line.startsWith("  - "));
    expect(lines).toEqual([expect.stringMatching(/^ {2}- line \d+, sessions\[\d\]\.format: "Keynote" is not a session format/)]);
    for (const line of lines) expect(message).toContain(line);
  });

  it("says a warning with its file, line and path", () => {
    expect(warningMessage("src/a.recap.md", { path: "sessions[1]", line: 36, message: '"Formt" is not a session detail.' })).toBe(
      'src/a.recap.md: line 36, sessions[1]: "Formt" is not a session detail.',
    );
  });

  it("makes a module of data alone, which evaluates to the parsed recap", async () => {
    const recap = parseRecapMarkdown(markdown);
    const code = recapModule(recap);
    expect(code).not.toMatch(/\bimport\b/);
    const file = join(sandbox.dir, "recap.mjs");
    writeFileSync(file, code);
    const module = (await import(/* @vite-ignore */ file)) as { default: unknown };
    expect(module.default).toEqual(JSON.parse(JSON.stringify(recap)));
  });
});
