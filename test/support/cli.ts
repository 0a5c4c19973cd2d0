import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach } from "vitest";
import { runCli } from "../../src/cli/run.js";

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs the command line in a fresh folder per test (removed afterwards), with standard input,
 * output and error captured: what a user would type and see.
 */
export function cliSandbox(prefix: string) {
  let dir = "";
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), `recap-kit-${prefix}-`));
  });
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  return {
    /** The test's folder. */
    get dir() {
      return dir;
    },
    /** Runs the command; standard input is text, bytes, or a file of the test's folder (`< file`). */
    async cli(args: string[], stdin: string | Uint8Array | { file: string } = ""): Promise<CliResult> {
      let stdout = "";
      let stderr = "";
      const fromFile = typeof stdin === "object" && "file" in stdin ? join(dir, stdin.file) : undefined;
      const code = await runCli(args, {
        cwd: dir,
        readStdin: async () =>
          fromFile ? readFileSync(fromFile) : typeof stdin === "string" ? new TextEncoder().encode(stdin) : (stdin as Uint8Array),
        ...(fromFile ? { stdinIdentity: () => statSync(fromFile) } : {}),
        stdout: (text) => {
          stdout += text;
        },
        stderr: (text) => {
          stderr += text;
        },
        env: {},
      });
      return { code, stdout, stderr };
    },
    /** Writes a file into the test's folder and returns its name. */
    write(name: string, content: string | Uint8Array): string {
      writeFileSync(join(dir, name), content);
      return name;
    },
  };
}
