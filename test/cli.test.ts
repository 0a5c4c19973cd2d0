// @vitest-environment node
import { mkdirSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { findJsonProblem } from "../src/cli/jsonError.js";
import { EXIT } from "../src/cli/run.js";
import raw from "./fixtures/kubecon-eu-2021.recap.json" with { type: "json" };
import { cliSandbox } from "./support/cli.js";

const markdown = readFileSync(resolve(process.cwd(), "test/fixtures/kubecon-eu-2021.recap.md"), "utf8");

const sandbox = cliSandbox("cli");
const { cli, write } = sandbox;

describe("recap-kit render", () => {
  it("renders a JSON file to a standalone HTML file", async () => {
    write("recap.json", JSON.stringify(raw));
    const result = await cli(["render", "recap.json", "-o", "recap.html"]);
    // Nothing but one line on standard error: what it wrote.
    expect(result).toEqual({
      code: EXIT.ok,
      stdout: "",
      stderr: "recap-kit: wrote recap.html: 7 sessions, 3 related reads, 0 warnings.\n",
    });
    const html = readFileSync(join(sandbox.dir, "recap.html"), "utf8");
    expect(html.startsWith("<!doctype html>")).toBe(true);
    expect(html).toContain(raw.sessions[6]?.title);
  });

  it("reads standard input with - and writes a fragment to standard output", async () => {
    const result = await cli(["render", "-", "--fragment"], JSON.stringify(raw));
    expect(result.code).toBe(EXIT.ok);
    expect(result.stdout.startsWith("<article")).toBe(true);
  });

  it("accepts a byte-order mark", async () => {
    write("bom.json", `\uFEFF${JSON.stringify(raw)}`);
    expect((await cli(["render", "bom.json"])).code).toBe(EXIT.ok);
  });

  it.each([
    ["a missing file", ["render", "missing.json"], EXIT.unreadableInput, "recap-kit: missing.json does not exist.\n"],
    ["a directory", ["render", "."], EXIT.unreadableInput, "recap-kit: . is a directory, not a file.\n"],
    ["no input", ["render"], EXIT.usage, "recap-kit: render needs an input file, or - for standard input.\n"],
    [
      "an unknown command",
      ["publish", "x.json"],
      EXIT.usage,
      'recap-kit: unknown command "publish". Use new, import, check, preview, render, parse, convert (see recap-kit --help).\n',
    ],
    [
      "an unknown option",
      ["render", "x.json", "--pdf"],
      EXIT.usage,
      "recap-kit: unknown option --pdf for render (see recap-kit --help).\n",
    ],
  ])("gives one clear message and a documented exit code for %s", async (_name, args, code, message) => {
    const result = await cli(args);
    expect(result.code).toBe(code);
    expect(result.stderr).toBe(message);
    expect(result.stdout).toBe("");
  });

  it("refuses text that is not UTF-8", async () => {
    write("latin1.json", new Uint8Array([0x7b, 0x22, 0xe9, 0x22, 0x7d]));
    const result = await cli(["render", "latin1.json"]);
    expect(result.code).toBe(EXIT.unreadableInput);
    expect(result.stderr).toBe("recap-kit: latin1.json is not UTF-8 text. Save it as UTF-8 and try again.\n");
  });

  it("reports invalid JSON with its line and column", async () => {
    write("broken.json", '{\n  "title": "x",\n  "sessions": [\n    { "title": "a" },\n  ]\n}');
    const result = await cli(["render", "broken.json"]);
    expect(result.code).toBe(EXIT.invalidJson);
    expect(result.stderr).toBe("recap-kit: broken.json is not valid JSON (line 5, column 3: a comma before ] is not allowed in JSON.)\n");
  });

  it("reports every problem of an invalid document with its path, and no stack trace", async () => {
    write("invalid.json", JSON.stringify({ title: "", event: { name: "KubeCon" }, sessions: [{ title: "A", speakers: [{ name: "" }] }] }));
    const result = await cli(["render", "invalid.json", "-o", "out.html"]);
    expect(result.code).toBe(EXIT.invalidDocument);
    expect(result.stderr).toBe(
      [
        "recap-kit: invalid.json is not a valid recap document (2 problems):",
        "  - title: is empty. The recap needs a title.",
        "  - sessions[0].speakers[0].name: is empty. Every speaker needs a name.",
        "",
      ].join("\n"),
    );
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(readdirSync(sandbox.dir)).toEqual(["invalid.json"]);
  });

  it("never writes over its input", async () => {
    const original = JSON.stringify(raw);
    write("recap.json", original);
    const result = await cli(["render", "recap.json", "-o", "./recap.json"]);
    expect(result.code).toBe(EXIT.unwritableOutput);
    expect(result.stderr).toMatch(/is the input itself/);
    expect(readFileSync(join(sandbox.dir, "recap.json"), "utf8")).toBe(original);
  });

  it("leaves an existing output untouched when the output cannot be written", async () => {
    write("recap.json", JSON.stringify(raw));
    mkdirSync(join(sandbox.dir, "out.html"));
    const intoDirectory = await cli(["render", "recap.json", "-o", "out.html"]);
    expect(intoDirectory.code).toBe(EXIT.unwritableOutput);
    const missingFolder = await cli(["render", "recap.json", "-o", "no/such/folder/out.html"]);
    expect(missingFolder.code).toBe(EXIT.unwritableOutput);
    expect(missingFolder.stderr).toBe("recap-kit: cannot write no/such/folder/out.html: its folder does not exist.\n");
    // No temporary files are left behind.
    expect(readdirSync(sandbox.dir).sort()).toEqual(["out.html", "recap.json"]);
  });

  it("replaces an existing output, with --force, only with a complete new one", async () => {
    write("recap.json", JSON.stringify(raw));
    write("recap.html", "old");
    const refused = await cli(["render", "recap.json", "-o", "recap.html"]);
    expect(refused.code).toBe(EXIT.unwritableOutput);
    expect(refused.stderr).toContain("recap.html is already there, and recap-kit never replaces a file unless told to");
    expect(readFileSync(join(sandbox.dir, "recap.html"), "utf8")).toBe("old");
    expect((await cli(["render", "recap.json", "-o", "recap.html", "--force"])).code).toBe(EXIT.ok);
    expect(readFileSync(join(sandbox.dir, "recap.html"), "utf8")).toMatch(/^<!doctype html>/);
    expect(readdirSync(sandbox.dir).sort()).toEqual(["recap.html", "recap.json"]);
  });

  it("prints help and version", async () => {
    const help = await cli(["--help"]);
    expect(help.code).toBe(EXIT.ok);
    expect(help.stdout).toContain("Exit codes:");
    expect((await cli(["--version"])).stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });
});

describe("recap-kit with Markdown", () => {
  it("renders a .md recap by its extension, and - with --from markdown", async () => {
    write("recap.md", markdown);
    const fromFile = await cli(["render", "recap.md", "-o", "recap.html"]);
    expect(fromFile).toEqual({
      code: EXIT.ok,
      stdout: "",
      stderr: "recap-kit: wrote recap.html: 7 sessions, 3 related reads, 0 warnings.\n",
    });
    expect(readFileSync(join(sandbox.dir, "recap.html"), "utf8")).toContain(raw.sessions[2]?.title);
    const fromStdin = await cli(["render", "-", "--from", "markdown", "--fragment"], markdown);
    expect(fromStdin.code).toBe(EXIT.ok);
    expect(fromStdin.stdout).toContain("Michael Medellin");
  });

  it("converts Markdown to JSON and back, losing nothing", async () => {
    write("recap.md", markdown);
    expect((await cli(["convert", "recap.md", "-o", "recap.json"])).code).toBe(EXIT.ok);
    const json = JSON.parse(readFileSync(join(sandbox.dir, "recap.json"), "utf8"));
    expect(json.sessions).toHaveLength(7);
    expect((await cli(["convert", "recap.json", "-o", "again.md"])).code).toBe(EXIT.ok);
    expect(readFileSync(join(sandbox.dir, "again.md"), "utf8")).toBe(markdown);
  });

  it("reports a bad draft with line numbers and paths", async () => {
    write(
      "draft.md",
      "---\ntitle: Draft\nevent:\n  name: KubeCon\n---\n\n## A talk\n\n- Speaker: Jane Doe, ACME\n- Format: Keynote\n- Slide: /s.pdf\n",
    );
    const result = await cli(["render", "draft.md"]);
    expect(result.code).toBe(EXIT.invalidDocument);
    // The unknown detail is a warning, printed first; the invalid format is the problem.
    expect(result.stderr).toContain('recap-kit: warning: draft.md: 1 warning:\n  - line 11, sessions[0]: "Slide" is not a session detail');
    expect(result.stderr).toMatch(
      /recap-kit: draft\.md is not a valid recap document \(1 problem\):\n {2}- line 10, sessions\[0\]\.format:/,
    );
  });
});

describe("findJsonProblem", () => {
  it.each([
    ['{"a": 1}', undefined],
    ["", { line: 1, column: 1, message: "the file ends where a value was expected." }],
    ['{"a": 1,}', { line: 1, column: 9, message: "a comma before } is not allowed in JSON." }],
    ["{'a': 1}", { line: 1, column: 2, message: 'expected a property name in double quotes, but found "\'".' }],
    ["{\"a\": 'x'}", { line: 1, column: 7, message: 'strings need double quotes ("), not single quotes.' }],
    ['{"a" 1}', { line: 1, column: 6, message: 'expected ":" after the property name, but found "1".' }],
    ['{"a": tru}', { line: 1, column: 7, message: 'expected a value, but found "t".' }],
    ['{\n  "a": "unclosed\n}', { line: 2, column: 17, message: "a string must end on the line it starts: a closing quote is missing." }],
    ['{"a": 1} x', { line: 1, column: 10, message: 'the document should end here, but "x" follows.' }],
    ["[1, 2", { line: 1, column: 6, message: 'expected "," or "]", but found the end of the file.' }],
  ])("%j", (text, expected) => {
    expect(findJsonProblem(text)).toEqual(expected);
    if (expected) expect(() => JSON.parse(text)).toThrow();
  });

  it("copes with a document nested ten thousand levels deep", () => {
    expect(findJsonProblem(`${"[".repeat(10_000)}${"]".repeat(9_999)}`)).toMatchObject({
      message: 'expected "," or "]", but found the end of the file.',
    });
    expect(findJsonProblem(`${"[".repeat(10_000)}${"]".repeat(10_000)}`)).toBeUndefined();
  });
});

describe("recap-kit usage edge cases", () => {
  it("answers no arguments with the usage, on standard error, as wrong usage", async () => {
    const result = await cli([]);
    expect(result.code).toBe(EXIT.usage);
    expect(result.stdout).toBe("");
    expect(result.stderr).toMatch(/^recap-kit: which command\? new, import, check, preview, render, parse, convert\.\n\nUsage:/);
  });

  it("refuses an output that names a folder, and writes nothing", async () => {
    write("recap.json", JSON.stringify(raw));
    const result = await cli(["render", "recap.json", "-o", "newdir/"]);
    expect(result.code).toBe(EXIT.unwritableOutput);
    expect(result.stderr).toBe("recap-kit: cannot write newdir/: name a file, not a folder (for example newdir/recap.html).\n");
    expect(readdirSync(sandbox.dir)).toEqual(["recap.json"]);
  });

  it("takes --lang as the language of a document that does not say, never over the document's own", async () => {
    const { language: _, ...withoutLanguage } = raw;
    write("nolang.json", JSON.stringify(withoutLanguage));
    write("english.json", JSON.stringify(raw));
    const assumed = await cli(["render", "nolang.json", "--lang", "de"]);
    expect(assumed.stdout).toContain('<html lang="de" dir="ltr">');
    expect(assumed.stdout).toContain("Das Wichtigste");
    const kept = await cli(["render", "english.json", "--lang", "de"]);
    expect(kept.stdout).toContain('<html lang="en" dir="ltr">');
    expect(kept.stdout).toContain("Key takeaways");
  });
});
