// @vitest-environment node
import type { ChildProcess } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { request } from "node:http";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { EXIT } from "../src/cli/run.js";
import { cliSandbox } from "./support/cli.js";
import { bundle, runProcess } from "./support/cliProcess.js";

// Ctrl-C while a command is busy. Parsing and rendering are synchronous: on the main thread they
// kept the signal handlers from running until they ended (a big render ignored Ctrl-C for a
// minute). Long commands run in a worker thread; the main thread answers at once.

const sandbox = cliSandbox("signals");
const { write } = sandbox;

/** 30,000 sessions: rendering it takes many seconds, on any machine. */
const bigRecap = JSON.stringify({
  title: "A big recap",
  event: { name: "PyCon" },
  sessions: Array.from({ length: 30_000 }, (_, index) => ({
    title: `Session ${index}`,
    speakers: [{ name: "Ada Lovelace", affiliation: "Analytical Engines" }],
    summary: "What it was about, in a sentence or two.",
    takeaways: ["One thing", "Another"],
  })),
});

const entries = () => readdirSync(sandbox.dir).sort();
// Signals are read from /proc (Linux's, as on CI); elsewhere these tests are skipped.
const onLinux = it.skipIf(process.platform !== "linux");

/** The CPU time a process has used, in seconds (all its threads; Linux counts it in ticks of 1/100 s). */
function cpuSeconds(pid: number): number {
  try {
    // The fields after the command's name, which ends at the last ")": utime and stime are 12th and 13th.
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return 0;
  }
}

/**
 * Once the process has used a second of CPU: Node and the bundle are loaded, its own signal
 * handlers long installed, and its worker well into the recap (which takes several seconds more).
 * Counted in CPU, not wall time: on a loaded machine a second of waiting may find it still starting,
 * when Node's start-up handler would end it by the signal itself, with no exit code.
 */
async function busy(child: ChildProcess): Promise<void> {
  while (child.exitCode === null && cpuSeconds(child.pid as number) < 1) await new Promise((resolve) => setTimeout(resolve, 20));
}

let cliScript = "";
beforeAll(async () => {
  cliScript = await bundle("cli-signals", { file: "src/cli/main.ts" });
}, 60_000);

/** Sends `signal` once the command is busy; resolves with how long it took to end after it, and how it ended. */
async function interrupt(args: string[], signal: NodeJS.Signals) {
  let sentAt = 0;
  let runningWhenSent = false;
  const result = await runProcess(cliScript, args, {
    cwd: sandbox.dir,
    started: (child) => {
      // Whatever happens, never leave a render running for a minute.
      const guard = setTimeout(() => child.kill("SIGKILL"), 60_000);
      child.on("close", () => clearTimeout(guard));
      void busy(child).then(() => {
        runningWhenSent = child.exitCode === null && child.signalCode === null;
        sentAt = performance.now();
        child.kill(signal);
      });
    },
  });
  return { ...result, runningWhenSent, afterSignal: performance.now() - sentAt };
}

describe("Ctrl-C and SIGTERM while a long command is busy", () => {
  onLinux.each([
    ["SIGINT", 130],
    ["SIGTERM", 143],
  ] as const)(
    "%s stops a big render within two seconds, exit %i, the old output untouched and no temporary file left",
    async (signal, code) => {
      write("big.json", bigRecap);
      write("out.html", "old");
      // --force: the old output would be replaced, were the render not stopped.
      const result = await interrupt(["render", "big.json", "-o", "out.html", "--force"], signal);
      expect(result.runningWhenSent).toBe(true);
      expect(result.code).toBe(code);
      expect(result.afterSignal).toBeLessThan(2_000);
      expect(readFileSync(join(sandbox.dir, "out.html"), "utf8")).toBe("old");
      expect(entries()).toEqual(["big.json", "out.html"]);
    },
  );

  onLinux("SIGINT stops check of a big recap as quickly, with nothing printed", async () => {
    write("big.json", bigRecap);
    const result = await interrupt(["check", "big.json"], "SIGINT");
    expect(result).toMatchObject({ runningWhenSent: true, code: 130, stdout: "" });
    expect(result.afterSignal).toBeLessThan(2_000);
  });

  it("a long command run to its end gives its exit code, output and messages as on the main thread", async () => {
    write("recap.json", JSON.stringify({ title: "T", event: { name: "E" }, sessions: [] }));
    const done = await runProcess(cliScript, ["render", "recap.json", "--fragment"], { cwd: sandbox.dir });
    expect(done).toMatchObject({ code: EXIT.ok, stdout: expect.stringMatching(/^<article/) });
    expect(done.stderr).toBe("recap-kit: wrote standard output: 0 sessions, 0 related reads, 0 warnings.\n");
    write("broken.json", "{");
    const broken = await runProcess(cliScript, ["check", "broken.json"], { cwd: sandbox.dir });
    expect(broken).toMatchObject({ code: EXIT.invalidJson, stdout: "" });
    expect(broken.stderr).toMatch(/^recap-kit: broken\.json is not valid JSON \(line 1, column 2: /);
  });
});

describe("preview as a process", () => {
  /** Starts the preview and calls `ready` with its port once it listens. */
  function previewing(file: string, signal: NodeJS.Signals, ready: (port: number, child: ChildProcess) => Promise<void> | void) {
    let sentAt = 0;
    return runProcess(cliScript, ["preview", file, "--port", "0"], {
      cwd: sandbox.dir,
      started: (child) => {
        const guard = setTimeout(() => child.kill("SIGKILL"), 60_000);
        child.on("close", () => clearTimeout(guard));
        let said = "";
        child.stderr?.on("data", async (chunk: Buffer) => {
          said += chunk.toString();
          const port = /127\.0\.0\.1:(\d+)/.exec(said)?.[1];
          if (!port || sentAt) return;
          sentAt = -1;
          // It says where it listens once its worker runs; the main thread caught signals before.
          await ready(Number(port), child);
          sentAt = performance.now();
          child.kill(signal);
        });
      },
    }).then((result) => ({ ...result, afterSignal: performance.now() - sentAt }));
  }

  it("Ctrl-C stops it with exit 0 and its message", async () => {
    write("recap.json", JSON.stringify({ title: "T", event: { name: "E" }, sessions: [] }));
    const result = await previewing("recap.json", "SIGINT", () => {});
    expect(result.code).toBe(EXIT.ok);
    expect(result.stderr).toMatch(
      /^recap-kit: previewing recap\.json at http:\/\/127\.0\.0\.1:\d+\/ [^\n]*\nrecap-kit: preview stopped\.\n$/,
    );
  });

  onLinux("SIGTERM stops it within two seconds even while it renders a big page, exit 0 and its message", async () => {
    write("big.json", bigRecap);
    const result = await previewing("big.json", "SIGTERM", async (port) => {
      // Ask for the page, which takes many seconds to render, and signal while it does.
      request({ host: "127.0.0.1", port, path: "/" })
        .on("error", () => {})
        .end();
      await new Promise((resolve) => setTimeout(resolve, 1_000));
    });
    expect(result.code).toBe(EXIT.ok);
    expect(result.afterSignal).toBeLessThan(2_500);
    expect(result.stderr).toMatch(/recap-kit: preview stopped\.\n$/);
  });
});
