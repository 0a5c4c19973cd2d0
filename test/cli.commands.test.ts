// @vitest-environment node
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { COMMANDS } from "../src/cli/commands/index.js";
import type { CliIo } from "../src/cli/io.js";
import { EXIT, runCli, USAGE } from "../src/cli/run.js";
import { fullDocument, mapStrings } from "./support/arbitraries.js";
import { cliSandbox } from "./support/cli.js";

// The command line is a table of commands (src/cli/commands/): what --help says, which options
// each command takes and what they are called all come from it. And nothing a document or an
// export says reaches a terminal raw.

const sandbox = cliSandbox("commands");
const { cli, write } = sandbox;

describe("the table of commands", () => {
  it("--help shows each command with every option it declares, and no other", () => {
    for (const command of COMMANDS) {
      const start = USAGE.indexOf(`  recap-kit ${command.name} ${command.operand}`);
      expect(start, command.name).toBeGreaterThan(0);
      // The command's synopsis runs until the next line that starts another.
      const synopsis = USAGE.slice(start).split(/\n {2}recap-kit /)[0] as string;
      const shown = [...synopsis.matchAll(/\[(-[\w-]+)/g)].map((match) => match[1]);
      expect(shown, command.name).toEqual(command.options.filter((option) => !option.general).map((option) => option.flag));
      expect(USAGE).toMatch(new RegExp(`\\n${command.name} +\\S`));
    }
  });

  it("names every command once, and each command's options once", () => {
    const names = COMMANDS.map((command) => command.name);
    expect(new Set(names).size).toBe(names.length);
    for (const command of COMMANDS) {
      const spellings = command.options.flatMap((option) => [option.flag, ...(option.aliases ?? [])]);
      expect(new Set(spellings).size, command.name).toBe(spellings.length);
      const keys = command.options.map((option) => option.key);
      expect(new Set(keys).size, command.name).toBe(keys.length);
    }
  });

  it("refuses an option of another command, naming the command it was given to", async () => {
    for (const command of COMMANDS) {
      const own = new Set(command.options.flatMap((option) => [option.flag, ...(option.aliases ?? [])]));
      const others = COMMANDS.flatMap((other) => other.options.map((option) => option.flag)).filter((flag) => !own.has(flag));
      for (const flag of new Set(others)) {
        const result = await cli([command.name, "x.json", flag, "1"]);
        expect(result, `${command.name} ${flag}`).toEqual({
          code: EXIT.usage,
          stdout: "",
          stderr: `recap-kit: unknown option ${flag} for ${command.name} (see recap-kit --help).\n`,
        });
      }
    }
  });

  it.each([
    [["render", "x.json", "--lang"], "--lang needs a value."],
    [["import", "x.json", "--sessions"], "--sessions needs a value."],
    [["new"], "new needs the name of the file to write (recap.md)."],
    [["check"], "check needs an input file, or - for standard input."],
    [["convert", "a.json", "b.json"], 'only one input, please: "a.json" and "b.json" were given.'],
    [["preview", "x.json", "--port", "http"], '--port takes a port number such as 4321 (0 for any free one), not "http".'],
    [["import", "x.json", "--from", "eventbrite"], '--from takes sessionize or pretalx for import, not "eventbrite".'],
    [["convert", "x.json", "--from", "yaml"], '--from takes json or markdown, not "yaml".'],
  ])("%j: %s", async (args, message) => {
    expect(await cli(args)).toEqual({ code: EXIT.usage, stdout: "", stderr: `recap-kit: ${message}\n` });
  });
});

describe("big documents", () => {
  it("checks a valid recap of 45,000 sessions (its report used to overflow the stack, exit 70)", async () => {
    const sessions = Array.from({ length: 45_000 }, (_, index) => ({ title: `Session ${index}`, speakers: [{ name: "Ada" }] }));
    write("big.json", JSON.stringify({ title: "A big recap", event: { name: "PyCon" }, sessions }));
    const result = await cli(["check", "big.json"]);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(EXIT.ok);
    expect(result.stdout).toContain("Sessions (45000):");
    expect(result.stdout).toContain("  45000. Session 44999 #session-44999\n");
  }, 120_000);
});

// biome-ignore lint/suspicious/noControlCharactersInRegex: what must not reach a terminal.
const TERMINAL_CONTROLS = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
const HOSTILE = "\u001b]8;;https://evil.example\u0007click\u001b]8;;\u0007 \u001b[2J\u202e";

/** Runs the command line with standard output on a terminal, or not. */
async function onTerminal(args: string[], terminal: boolean) {
  let stdout = "";
  let stderr = "";
  const io: CliIo = {
    cwd: sandbox.dir,
    readStdin: async () => new Uint8Array(),
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
    env: {},
    stdoutIsTerminal: terminal,
  };
  return { code: await runCli(args, io), stdout, stderr };
}

describe("nothing from a document or an export reaches a terminal raw", () => {
  it("shows a page's and a draft's control characters as escapes on a terminal, and keeps them when redirected", async () => {
    write("recap.json", JSON.stringify(mapStrings(fullDocument(), { text: (original) => `${original} ${HOSTILE}` })));
    for (const args of [
      ["render", "recap.json"],
      ["convert", "recap.json", "--to", "markdown"],
      ["convert", "recap.json", "--to", "json"],
    ]) {
      const terminal = await onTerminal(args, true);
      expect(terminal.code, args.join(" ")).toBe(EXIT.ok);
      expect(terminal.stdout).not.toMatch(TERMINAL_CONTROLS);
      expect(terminal.stdout).toContain("\\u001b]8;;https://evil.example\\u0007click");
      expect(terminal.stderr).not.toMatch(TERMINAL_CONTROLS);
      // Redirected to a file, a page or a draft is what the document says (JSON escapes controls itself).
      const redirected = await onTerminal(args, false);
      if (!args.includes("json")) expect(redirected.stdout).toContain("\u001b]8;;https://evil.example");
    }
  });

  it("shows an export's OSC 8 links as escapes in an imported draft on a terminal, and in every message", async () => {
    const programme = JSON.parse(
      readFileSync(resolve(process.cwd(), "test/fixtures/import/cloud-native-days-iberia-2024.sessionize.json"), "utf8"),
    );
    for (const session of programme.sessions) session.title = `${session.title} ${HOSTILE}`;
    for (const speaker of programme.speakers) speaker.tagLine = `${speaker.tagLine ?? ""} ${HOSTILE}`;
    write("programme.json", JSON.stringify(programme));
    const result = await onTerminal(["import", "programme.json", "--match", "Welcome"], true);
    expect(result.code).toBe(EXIT.ok);
    expect(result.stdout).toContain("Welcome to Cloud Native Days Iberia");
    expect(result.stdout).not.toMatch(TERMINAL_CONTROLS);
    expect(result.stderr).not.toMatch(TERMINAL_CONTROLS);
  });

  it("check's report and warnings show every value from the document escaped", async () => {
    const doc = mapStrings(fullDocument(), { text: (original) => `${original} ${HOSTILE}` }) as Record<string, unknown>;
    write("recap.json", JSON.stringify({ ...doc, [`extra${HOSTILE}`]: 1, headings: { sessions: `Talks ${HOSTILE}` } }));
    const result = await cli(["check", "recap.json"]);
    expect(result.code).toBe(EXIT.ok);
    expect(result.stdout).toContain("Title: ");
    expect(result.stdout).toContain("\\u001b[2J");
    expect(result.stdout).not.toMatch(TERMINAL_CONTROLS);
    expect(result.stdout).toMatch(/Warnings \(\d+\):\n {2}- extra\\u001b/);
  });
});
