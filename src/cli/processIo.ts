import { fstatSync, writeSync } from "node:fs";
import { isatty } from "node:tty";
import { identityOf } from "./files.js";
import type { CliIo } from "./io.js";

/** Standard input, read until its end or until more than `maxBytes` have come (then it stops reading). */
async function readStdin(maxBytes: number): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of process.stdin) {
    chunks.push(chunk as Buffer);
    total += (chunk as Buffer).length;
    if (total > maxBytes) break;
  }
  return Buffer.concat(chunks);
}

const pause = new Int32Array(new SharedArrayBuffer(4));

/**
 * Writes all of `text` to a descriptor, synchronously, so that a failure (EPIPE when the reader
 * has gone, ENOSPC on /dev/full) is an exception here rather than an 'error' event later. A
 * descriptor left non-blocking by whoever started us says EAGAIN when full: wait and go on.
 * Descriptors are the process's: a worker thread writes them the same way.
 */
function writeAll(fd: number, text: string): void {
  const bytes = Buffer.from(text);
  let written = 0;
  while (written < bytes.length) {
    try {
      written += writeSync(fd, bytes, written, bytes.length - written);
    } catch (error) {
      if ((error as { code?: string }).code !== "EAGAIN") throw error;
      Atomics.wait(pause, 0, 0, 5);
    }
  }
}

function stdinIdentity() {
  try {
    return identityOf(fstatSync(0));
  } catch {
    return undefined;
  }
}

/** The io of this process: its folder, its environment, its standard streams. */
export function processIo(): CliIo {
  return {
    cwd: process.cwd(),
    readStdin,
    stdout: (text) => writeAll(1, text),
    stderr: (text) => {
      try {
        writeAll(2, text);
      } catch {
        // Nowhere left to say it.
      }
    },
    env: process.env,
    stdinIdentity,
    stdoutIsTerminal: isatty(1),
  };
}
