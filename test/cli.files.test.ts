// @vitest-environment node
import { execFileSync } from "node:child_process";
import {
  chmodSync,
  closeSync,
  existsSync,
  lstatSync,
  openSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  rmSync,
  statSync,
  symlinkSync,
} from "node:fs";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { EXIT } from "../src/cli/run.js";
import { cliSandbox } from "./support/cli.js";
import { bundle, runProcess } from "./support/cliProcess.js";

// The command line and the kinds of path coreutils respect: devices, FIFOs, links, standard
// streams that are files or closed pipes, names of any valid length, signals, endless inputs.

const sandbox = cliSandbox("files");
const { cli, write } = sandbox;

const doc = JSON.stringify({ title: "A recap", event: { name: "PyCon" }, sessions: [{ title: "Opening", speakers: [{ name: "Ada" }] }] });
/** Big enough that writing it does not fit in a pipe's buffer. */
const bigDoc = JSON.stringify({
  title: "A big recap",
  event: { name: "PyCon" },
  sessions: Array.from({ length: 300 }, (_, index) => ({
    title: `Session ${index}`,
    speakers: [{ name: "Ada" }],
    summary: "x ".repeat(200),
  })),
});

const entries = () => readdirSync(sandbox.dir).sort();
// /proc/self/fd and /dev/full are Linux's (CI runs on Linux); elsewhere those cases are skipped.
const onLinux = it.skipIf(process.platform !== "linux");

let cliScript = "";
beforeAll(async () => {
  cliScript = await bundle("cli", { file: "src/cli/main.ts" });
}, 60_000);

describe("outputs that are not regular files are written into, never replaced", () => {
  it("writes into /dev/null and leaves it a device", async () => {
    write("recap.json", doc);
    expect(await cli(["render", "recap.json", "-o", "/dev/null"])).toEqual({
      code: EXIT.ok,
      stdout: "",
      stderr: expect.stringMatching(/^recap-kit: wrote \/dev\/null: /),
    });
    expect(statSync("/dev/null").isCharacterDevice()).toBe(true);
    expect(entries()).toEqual(["recap.json"]);
  });

  it("writes into a FIFO, which stays a FIFO", async () => {
    write("recap.json", doc);
    const fifo = join(sandbox.dir, "pipe");
    execFileSync("mkfifo", [fifo]);
    const read = readFile(fifo, "utf8");
    expect((await cli(["render", "recap.json", "-o", "pipe"])).code).toBe(EXIT.ok);
    expect(await read).toMatch(/^<!doctype html>/);
    expect(lstatSync(fifo).isFIFO()).toBe(true);
    expect(entries()).toEqual(["pipe", "recap.json"]);
  });

  onLinux("writes through a link to /proc/self/fd/1 onto standard output, and the link stays", async () => {
    write("recap.json", doc);
    symlinkSync("/proc/self/fd/1", join(sandbox.dir, "out.html"));
    const result = await runProcess(cliScript, ["render", "recap.json", "-o", "out.html"], { cwd: sandbox.dir });
    expect(result).toMatchObject({ code: EXIT.ok, stderr: expect.stringMatching(/^recap-kit: wrote [^\n]*\n$/) });
    expect(result.stdout).toMatch(/^<!doctype html>/);
    expect(readlinkSync(join(sandbox.dir, "out.html"))).toBe("/proc/self/fd/1");
  });

  it("writes -o /dev/stdout into standard output when that is a file, instead of renaming over it", async () => {
    write("recap.json", doc);
    const out = openSync(join(sandbox.dir, "out.html"), "w");
    const result = await runProcess(cliScript, ["render", "recap.json", "-o", "/dev/stdout"], {
      cwd: sandbox.dir,
      stdio: ["ignore", out, "pipe"],
    });
    closeSync(out);
    expect(result.code).toBe(EXIT.ok);
    expect(readFileSync(join(sandbox.dir, "out.html"), "utf8")).toMatch(/^<!doctype html>/);
    expect(entries()).toEqual(["out.html", "recap.json"]);
  });
});

describe("a file that is there is replaced only with --force", () => {
  it("refuses for every command that writes, and leaves the file as it was, with nothing else written", async () => {
    write("recap.json", doc);
    write("recap.md", "---\ntitle: Mine\nevent:\n  name: PyCon\n---\n");
    for (const [args, output] of [
      [["render", "recap.json", "-o", "out.html"], "out.html"],
      [["render", "recap.json", "--fragment", "-o", "out.html"], "out.html"],
      [["convert", "recap.json", "-o", "out.md"], "out.md"],
      [["convert", "recap.md", "-o", "out.json"], "out.json"],
      [["parse", "recap.json", "-o", "out.json"], "out.json"],
      [["new", "out.md"], "out.md"],
    ] as const) {
      write(output, "keep me");
      const result = await cli([...args]);
      expect(result, args.join(" ")).toEqual({
        code: EXIT.unwritableOutput,
        stdout: "",
        stderr: `recap-kit: ${output} is already there, and recap-kit never replaces a file unless told to: choose another -o, or add --force to replace it.\n`,
      });
      expect(readFileSync(join(sandbox.dir, output), "utf8")).toBe("keep me");
      expect((await cli([...args, "--force"])).code, `${args.join(" ")} --force`).toBe(EXIT.ok);
      expect(readFileSync(join(sandbox.dir, output), "utf8")).not.toBe("keep me");
      expect(entries()).toEqual(["recap.json", "recap.md", output].sort());
      rmSync(join(sandbox.dir, output));
    }
  });

  it("keeps the permissions of the file --force replaces, and never lets --force write over the input", async () => {
    write("recap.json", doc);
    write("out.html", "old");
    chmodSync(join(sandbox.dir, "out.html"), 0o640);
    expect((await cli(["render", "recap.json", "-o", "out.html", "--force"])).code).toBe(EXIT.ok);
    expect(statSync(join(sandbox.dir, "out.html")).mode & 0o777).toBe(0o640);
    const over = await cli(["convert", "recap.json", "--to", "json", "-o", "recap.json", "--force"]);
    expect(over.code).toBe(EXIT.unwritableOutput);
    expect(over.stderr).toContain("is the input itself");
    expect(readFileSync(join(sandbox.dir, "recap.json"), "utf8")).toBe(doc);
  });

  it("a link to a file that does not exist yet makes that file, without --force", async () => {
    write("recap.json", doc);
    symlinkSync("later.html", join(sandbox.dir, "link.html"));
    expect((await cli(["render", "recap.json", "-o", "link.html"])).code).toBe(EXIT.ok);
    expect(readFileSync(join(sandbox.dir, "later.html"), "utf8")).toMatch(/^<!doctype html>/);
    expect(lstatSync(join(sandbox.dir, "link.html")).isSymbolicLink()).toBe(true);
  });

  it("still writes into a device, a FIFO and standard output without --force", async () => {
    write("recap.json", doc);
    execFileSync("mkfifo", [join(sandbox.dir, "pipe")]);
    const read = readFile(join(sandbox.dir, "pipe"), "utf8");
    expect((await cli(["render", "recap.json", "-o", "pipe"])).code).toBe(EXIT.ok);
    expect(await read).toMatch(/^<!doctype html>/);
    expect((await cli(["render", "recap.json", "-o", "/dev/null"])).code).toBe(EXIT.ok);
    expect((await cli(["render", "recap.json", "-o", "-"])).stdout).toMatch(/^<!doctype html>/);
  });
});

describe("links and names", () => {
  it("replaces the file a link points to, and keeps the link", async () => {
    write("recap.json", doc);
    write("real.html", "old");
    symlinkSync("real.html", join(sandbox.dir, "link.html"));
    expect((await cli(["render", "recap.json", "-o", "link.html"])).code).toBe(EXIT.unwritableOutput);
    expect(readFileSync(join(sandbox.dir, "real.html"), "utf8")).toBe("old");
    expect((await cli(["render", "recap.json", "-o", "link.html", "--force"])).code).toBe(EXIT.ok);
    expect(lstatSync(join(sandbox.dir, "link.html")).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(sandbox.dir, "real.html"), "utf8")).toMatch(/^<!doctype html>/);
    expect(entries()).toEqual(["link.html", "real.html", "recap.json"]);
  });

  it("writes an output whose name is 250 bytes long, the temporary file's name being short", async () => {
    write("recap.json", doc);
    const name = `${"r".repeat(245)}.html`;
    expect(await cli(["render", "recap.json", "-o", name])).toEqual({
      code: EXIT.ok,
      stdout: "",
      stderr: expect.stringMatching(/^recap-kit: wrote /),
    });
    expect(entries()).toEqual(["recap.json", name]);
  });

  it("never writes over a named input, through a link or a second name either", async () => {
    write("recap.json", doc);
    symlinkSync("recap.json", join(sandbox.dir, "alias.json"));
    const result = await cli(["render", "recap.json", "-o", "alias.json"]);
    expect(result.code).toBe(EXIT.unwritableOutput);
    expect(result.stderr).toMatch(/is the input itself/);
    expect(readFileSync(join(sandbox.dir, "recap.json"), "utf8")).toBe(doc);
  });

  it("never writes over the file standard input comes from (render - -o recap.json < recap.json)", async () => {
    write("recap.json", doc);
    const inProcess = await cli(["convert", "-", "-o", "recap.json"], { file: "recap.json" });
    expect(inProcess.code).toBe(EXIT.unwritableOutput);
    const stdin = openSync(join(sandbox.dir, "recap.json"), "r");
    const result = await runProcess(cliScript, ["render", "-", "-o", "recap.json"], { cwd: sandbox.dir, stdio: [stdin, "pipe", "pipe"] });
    closeSync(stdin);
    expect(result.code).toBe(EXIT.unwritableOutput);
    expect(result.stderr).toBe(
      "recap-kit: the output recap.json is the input itself; recap-kit never writes over its input. Choose another -o.\n",
    );
    expect(readFileSync(join(sandbox.dir, "recap.json"), "utf8")).toBe(doc);
  });
});

describe("standard output that cannot take it all", () => {
  it("stops quietly with 0 when its reader goes away (| head -c 10)", async () => {
    write("big.json", bigDoc);
    let first = "";
    const result = await runProcess(cliScript, ["render", "big.json"], {
      cwd: sandbox.dir,
      started: (child) => {
        child.stdout?.once("data", (chunk: Buffer) => {
          first = chunk.toString().slice(0, 10);
          child.stdout?.destroy();
        });
      },
    });
    expect(first).toBe("<!doctype ");
    // Quietly: not even the line that says what was written, since not all of it was.
    expect(result).toMatchObject({ code: EXIT.ok, stderr: "" });
  });

  onLinux("says the disk is full, with exit 5, for -o /dev/full and for standard output on /dev/full", async () => {
    write("recap.json", doc);
    const named = await cli(["render", "recap.json", "-o", "/dev/full"]);
    expect(named).toEqual({ code: EXIT.unwritableOutput, stdout: "", stderr: "recap-kit: cannot write /dev/full: the disk is full.\n" });
    const full = openSync("/dev/full", "w");
    const result = await runProcess(cliScript, ["render", "recap.json"], { cwd: sandbox.dir, stdio: ["ignore", full, "pipe"] });
    closeSync(full);
    expect(result).toMatchObject({ code: EXIT.unwritableOutput, stderr: "recap-kit: cannot write standard output: the disk is full.\n" });
  });
});

describe("inputs without end", () => {
  it("stops reading /dev/zero at the limit, with a message and exit 2", async () => {
    const result = await cli(["render", "/dev/zero"]);
    expect(result).toEqual({
      code: EXIT.unreadableInput,
      stdout: "",
      stderr: "recap-kit: /dev/zero is larger than 10 MB, the most recap-kit reads; --max-input-size raises the limit.\n",
    });
  });

  it("takes --max-input-size in bytes or with a unit, for files and standard input", async () => {
    write("recap.json", doc);
    expect((await cli(["render", "recap.json", "--max-input-size", "100"])).stderr).toBe(
      "recap-kit: recap.json is larger than 100 bytes, the most recap-kit reads; --max-input-size raises the limit.\n",
    );
    expect((await cli(["render", "-", "--max-input-size", "100"], doc)).code).toBe(EXIT.unreadableInput);
    expect((await cli(["render", "recap.json", "--max-input-size", "1kB"])).code).toBe(EXIT.ok);
    expect((await cli(["render", "recap.json", "--max-input-size", "lots"])).stderr).toBe(
      'recap-kit: --max-input-size takes a size in bytes such as 20000000, 20MB or 1GB, not "lots".\n',
    );
  });
});

describe("signals", () => {
  it("SIGTERM while a temporary file is being written removes it, and exits 143", async () => {
    const script = await bundle("temporary", {
      source: `
          import { createTemporary, installSignalCleanup } from "./src/cli/files.ts";
          installSignalCleanup((code) => process.exit(code));
          const temporary = await createTemporary(process.argv[2], 0o644);
          await temporary.handle.write("<!doctype html><p>half a pa");
          process.stdout.write(temporary.path + "\\n");
          setInterval(() => {}, 1000);
        `,
    });
    write("out.html", "old");
    let temporary = "";
    const result = await runProcess(script, [join(sandbox.dir, "out.html")], {
      started: (child) => {
        child.stdout?.once("data", (chunk: Buffer) => {
          temporary = chunk.toString().trim();
          expect(existsSync(temporary)).toBe(true);
          child.kill("SIGTERM");
        });
      },
    });
    expect(result.code).toBe(143);
    expect(temporary).toMatch(/\/\.recap-kit-[0-9a-f]{12}\.tmp$/);
    expect(existsSync(temporary)).toBe(false);
    expect(entries()).toEqual(["out.html"]);
    expect(readFileSync(join(sandbox.dir, "out.html"), "utf8")).toBe("old");
  });

  it("SIGTERM while standard input is still coming leaves the old output and nothing else", async () => {
    write("out.html", "old");
    const result = await runProcess(cliScript, ["render", "-", "-o", "out.html"], {
      cwd: sandbox.dir,
      started: (child) => {
        child.stdin?.write(doc.slice(0, 20));
        setTimeout(() => child.kill("SIGTERM"), 1_000);
      },
    });
    // 143 from recap-kit's handler; a machine slow to start the process may still be in Node's own.
    expect(result.code === 143 || result.signal === "SIGTERM").toBe(true);
    expect(entries()).toEqual(["out.html"]);
    expect(readFileSync(join(sandbox.dir, "out.html"), "utf8")).toBe("old");
  });
});

describe("control characters in names and values", () => {
  it.each([
    [
      "a missing input",
      ["render", "bad\nname\u001b]8;;x\u0007.json"],
      EXIT.unreadableInput,
      "bad\\u000aname\\u001b]8;;x\\u0007.json does not exist.",
    ],
    [
      "an output in a missing folder",
      ["render", "-", "-o", "no\nfolder/x\u202e.html"],
      EXIT.unwritableOutput,
      "cannot write no\\u000afolder/x\\u202e.html: its folder does not exist.",
    ],
    [
      "a language tag",
      ["render", "-", "--lang", "en\u001b[2J"],
      EXIT.usage,
      '--lang takes a language tag such as en, de or pt-BR, not "en\\u001b[2J".',
    ],
    ["a format", ["convert", "-", "--to", "x\ny"], EXIT.usage, '--to takes json or markdown, not "x\\u000ay".'],
    ["an unknown option", ["render", "-", "--\u009b31m"], EXIT.usage, "unknown option --\\u009b31m for render (see recap-kit --help)."],
  ])("shows %s escaped, on one line", async (_name, args, code, message) => {
    const result = await cli(args, doc);
    expect(result).toEqual({ code, stdout: "", stderr: `recap-kit: ${message}\n` });
  });
});
