import { randomBytes } from "node:crypto";
import { rmSync, type Stats } from "node:fs";
import { lstat, open, readlink, realpath, rename, rm, stat } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { CliError, EXIT, errorCode, fsReason, shown } from "./messages.js";

/**
 * Files as coreutils treat them. The input is read up to a limit, so /dev/zero or an endless pipe
 * stops with a message. A regular output file is replaced only once the new one is complete (a
 * temporary file next to it, then a rename), and through a symbolic link it is the file the link
 * points to that is replaced, the link stays. Anything else (a device, a FIFO, /dev/stdout, a
 * link into /proc/self/fd) is opened and written into, never replaced by a regular file. The
 * output is never the input, however the input came.
 */

/** Which file a path or a descriptor is: the same device and inode is the same file, whatever its names. */
export interface FileIdentity {
  dev: number;
  ino: number;
}

export function identityOf(stats: Pick<Stats, "dev" | "ino">): FileIdentity {
  return { dev: stats.dev, ino: stats.ino };
}

function sameFile(a: FileIdentity | undefined, b: FileIdentity | undefined): boolean {
  return a !== undefined && b !== undefined && a.dev === b.dev && a.ino === b.ino;
}

/** The output's reader went away (`| head`): stop quietly, as coreutils do. */
export class ClosedPipe extends Error {}

/** "10 MB", "1.5 GB", "2000 bytes". */
export function formatBytes(bytes: number): string {
  for (const [unit, size] of [
    ["GB", 1e9],
    ["MB", 1e6],
    ["kB", 1e3],
  ] as const) {
    if (bytes >= size) return `${Number((bytes / size).toFixed(1)).toLocaleString("en")} ${unit}`;
  }
  return `${bytes} bytes`;
}

export function tooLarge(name: string, maxBytes: number): CliError {
  return new CliError(
    EXIT.unreadableInput,
    `${shown(name)} is larger than ${formatBytes(maxBytes)}, the most recap-kit reads; --max-input-size raises the limit.`,
  );
}

const CHUNK = 1 << 16;

/** Reads a file, or a device or a pipe by its name, up to `maxBytes`; remembers which file it was. */
export async function readInputFile(path: string, name: string, maxBytes: number): Promise<{ bytes: Uint8Array; identity: FileIdentity }> {
  let handle: Awaited<ReturnType<typeof open>> | undefined;
  try {
    handle = await open(path, "r");
    const stats = await handle.stat();
    if (stats.isDirectory()) throw Object.assign(new Error("directory"), { code: "EISDIR" });
    // A regular file says its size; a device or a pipe is read until the limit.
    if (stats.isFile() && stats.size > maxBytes) throw tooLarge(name, maxBytes);
    const chunks: Uint8Array[] = [];
    let total = 0;
    while (true) {
      const buffer = new Uint8Array(Math.min(CHUNK, maxBytes + 1 - total));
      const { bytesRead } = await handle.read(buffer, 0, buffer.length);
      if (bytesRead === 0) break;
      chunks.push(buffer.subarray(0, bytesRead));
      total += bytesRead;
      if (total > maxBytes) throw tooLarge(name, maxBytes);
    }
    return { bytes: Buffer.concat(chunks, total), identity: identityOf(stats) };
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(EXIT.unreadableInput, `${shown(name)} ${fsReason(error)}.`);
  } finally {
    await handle?.close().catch(() => {});
  }
}

// ---------------------------------------------------------------------------------------------
// Temporary files, and taking them away when the process is stopped
// ---------------------------------------------------------------------------------------------

const temporaries = new Set<string>();

/** Removes the temporary files being written: for the signal handlers, which then exit. */
export function removeTemporaryFiles(): void {
  for (const path of temporaries) rmSync(path, { force: true });
  temporaries.clear();
}

/**
 * A temporary file next to `target`, created, registered for removal on SIGINT, SIGTERM or
 * SIGHUP, and open for writing. Its name is short whatever the target's (a 255-byte name plus a
 * suffix would be too long for the file system), and hidden.
 */
export async function createTemporary(target: string, mode: number) {
  const path = join(dirname(target), `.recap-kit-${randomBytes(6).toString("hex")}.tmp`);
  const handle = await open(path, "wx", mode);
  temporaries.add(path);
  return { path, handle, done: () => temporaries.delete(path) };
}

/**
 * Removes the temporary file and exits with 128 + the signal's number, as a shell reports a
 * process stopped by a signal. `recap-kit` installs it; a library user never gets handlers.
 */
export function installSignalCleanup(exit: (code: number) => void): void {
  for (const [signal, number] of [
    ["SIGINT", 2],
    ["SIGTERM", 15],
    ["SIGHUP", 1],
  ] as const) {
    process.on(signal, () => {
      removeTemporaryFiles();
      exit(128 + number);
    });
  }
}

// ---------------------------------------------------------------------------------------------
// Where the output goes
// ---------------------------------------------------------------------------------------------

type Destination =
  /** A regular file, new or to be replaced: written next to it, then renamed over `path`. */
  | { kind: "file"; path: string; stats?: Stats }
  /** A device, a pipe or a descriptor of this process: opened and written into. */
  | { kind: "special"; path: string }
  /** This process's own standard output (/dev/stdout, /proc/self/fd/1), which may be a socket no one can open. */
  | { kind: "stdout" };

const MAX_LINKS = 40;

/**
 * Follows the symbolic links from `path` to the file they end at, which may not exist yet. Says
 * whether the way passes through /proc or /dev/fd, whose links name open descriptors (a file
 * behind /dev/stdout must be written through the descriptor, not replaced under it).
 */
async function followLinks(path: string): Promise<{ path: string; throughDescriptors: boolean; ownStdout: boolean }> {
  let current = path;
  let throughDescriptors = false;
  let ownStdout = false;
  const hop = (next: string) => {
    current = next;
    if (/^\/(proc|dev\/fd)\//.test(current)) throughDescriptors = true;
    if (new RegExp(`^/(proc/(self|${process.pid})/fd|dev/fd)/1$`).test(current)) ownStdout = true;
  };
  hop(path);
  for (let count = 0; count < MAX_LINKS; count++) {
    let info: Stats;
    try {
      info = await lstat(current);
    } catch {
      return { path: current, throughDescriptors, ownStdout };
    }
    if (!info.isSymbolicLink()) {
      // realpath: the directories on the way may be links too.
      return { path: await realpath(current).catch(() => current), throughDescriptors, ownStdout };
    }
    // A descriptor's link names what is open ("pipe:[123]", "socket:[456]"), not a path to follow.
    if (ownStdout) return { path: current, throughDescriptors, ownStdout };
    hop(resolve(dirname(current), await readlink(current)));
  }
  throw Object.assign(new Error("too many links"), { code: "ELOOP" });
}

async function destinationOf(target: string): Promise<Destination> {
  const followed = await followLinks(target);
  if (followed.ownStdout) return { kind: "stdout" };
  const stats = await stat(followed.path).catch(() => undefined);
  if (stats?.isDirectory()) throw Object.assign(new Error("directory"), { code: "EISDIR" });
  if (followed.throughDescriptors || (stats && !stats.isFile())) return { kind: "special", path: target };
  return { kind: "file", path: followed.path, ...(stats ? { stats } : {}) };
}

const WRITE_REASONS: Record<string, string> = {
  ENOENT: "its folder does not exist",
  ENOTDIR: "a folder on its path is a file",
  ENOSPC: "the disk is full",
  EDQUOT: "the disk quota is used up",
  EFBIG: "the file would be too large",
  EACCES: "permission denied",
  EPERM: "permission denied",
  EROFS: "the file system is read-only",
  ENAMETOOLONG: "its name is too long",
  ENXIO: "nothing is reading from it",
  ELOOP: "it is a loop of symbolic links",
};

/** What a failed write means for the user: a quiet stop for a closed pipe, a message and exit 5 otherwise. */
export function writeFailure(error: unknown, name: string): Error {
  if (error instanceof CliError || error instanceof ClosedPipe) return error;
  const code = errorCode(error);
  if (code === "EPIPE") return new ClosedPipe();
  const reason = (code && WRITE_REASONS[code]) ?? `it ${fsReason(error)}`;
  return new CliError(EXIT.unwritableOutput, `cannot write ${shown(name)}: ${reason}.`);
}

/**
 * Writes `content` to the file named `output` (resolved from `cwd`), as the module comment says.
 * `input` is the file the input came from (the named file, or standard input's): writing over it
 * is refused. (A terminal can be both: only a regular file counts.)
 */
export async function writeOutputFile(
  output: string,
  cwd: string,
  content: string,
  input: FileIdentity | undefined,
  stdout: (text: string) => void,
) {
  if (/[/\\]$/.test(output)) {
    throw new CliError(
      EXIT.unwritableOutput,
      `cannot write ${shown(output)}: name a file, not a folder (for example ${shown(output)}recap.html).`,
    );
  }
  let destination: Destination;
  try {
    destination = await destinationOf(resolve(cwd, output));
  } catch (error) {
    if (errorCode(error) === "EISDIR") throw new CliError(EXIT.unwritableOutput, `cannot write ${shown(output)}: it is a directory.`);
    throw writeFailure(error, output);
  }
  if (destination.kind === "stdout") {
    try {
      stdout(content);
    } catch (error) {
      throw writeFailure(error, output);
    }
    return;
  }
  const existing = destination.kind === "file" ? destination.stats : await stat(destination.path).catch(() => undefined);
  if (existing?.isFile() && sameFile(input, identityOf(existing))) {
    throw new CliError(
      EXIT.unwritableOutput,
      `the output ${shown(output)} is the input itself; recap-kit never writes over its input. Choose another -o.`,
    );
  }
  if (destination.kind === "special") {
    const handle = await open(destination.path, "w").catch((error: unknown) => {
      throw writeFailure(error, output);
    });
    try {
      await handle.writeFile(content);
    } catch (error) {
      throw writeFailure(error, output);
    } finally {
      await handle.close().catch(() => {});
    }
    return;
  }
  // The replacement keeps the permissions of the file it replaces.
  const mode = destination.stats ? destination.stats.mode & 0o7777 : 0o666;
  let temporary: Awaited<ReturnType<typeof createTemporary>> | undefined;
  try {
    temporary = await createTemporary(destination.path, mode);
    await temporary.handle.writeFile(content);
    await temporary.handle.close();
    await rename(temporary.path, destination.path);
    temporary.done();
  } catch (error) {
    if (temporary) {
      await temporary.handle.close().catch(() => {});
      await rm(temporary.path, { force: true });
      temporary.done();
    }
    throw writeFailure(error, output);
  }
}
