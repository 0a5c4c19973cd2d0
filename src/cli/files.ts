import { randomBytes } from "node:crypto";
import { constants, rmSync, type Stats } from "node:fs";
import { link, lstat, open, readlink, realpath, rename, rm, stat } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import type { CliIo, FileIdentity, WriteOptions } from "./io.js";
import { CliError, EXIT, errorCode, fsReason, shown, terminalSafe } from "./messages.js";

export type { FileIdentity } from "./io.js";

/**
 * Files as coreutils treat them. The input is read up to a limit, so /dev/zero or an endless pipe
 * stops with a message. A regular output file that is there already is replaced only with --force
 * (as `cp -n` and `mv -n` refuse), and only once the new one is complete (a temporary file next to
 * it, then a rename); through a symbolic link it is the file the link points to that is replaced,
 * the link stays. Anything else (a device, a FIFO, /dev/stdout, a link into /proc/self/fd) is
 * opened and written into, never replaced by a regular file. The output is never the input,
 * however the input came.
 */

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

/** What a path is when it is not a file or a directory, in words. */
function kindOf(stats: Stats): string {
  if (stats.isFIFO()) return "a named pipe (FIFO)";
  if (stats.isSocket()) return "a socket";
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return "a device";
  return "not a regular file";
}

/**
 * Reads a file, or a device or a pipe by its name, up to `maxBytes`; remembers which file it was.
 * With `regularOnly` (preview, which reads its file again at every save) anything but a regular
 * file is refused, and opening never waits: a FIFO opened to read blocks until someone writes.
 */
export async function readInputFile(
  path: string,
  name: string,
  maxBytes: number,
  { regularOnly = false }: { regularOnly?: boolean } = {},
): Promise<{ bytes: Uint8Array; identity: FileIdentity }> {
  let handle: Awaited<ReturnType<typeof open>> | undefined;
  try {
    handle = await open(path, regularOnly ? constants.O_RDONLY | constants.O_NONBLOCK : "r");
    const stats = await handle.stat();
    if (stats.isDirectory()) throw Object.assign(new Error("directory"), { code: "EISDIR" });
    if (regularOnly && !stats.isFile())
      throw new CliError(
        EXIT.unreadableInput,
        `${shown(name)} is ${kindOf(stats)}, not a file: preview reads a file, again at every save.`,
      );
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

/** The input, read: its text, which file it was, and the name to use in messages. */
export interface Input {
  text: string;
  name: string;
  identity?: FileIdentity | undefined;
}

/**
 * Reads a command's input: the file it names (resolved from `io.cwd`), or standard input for
 * `-`, up to `maxInputSize` bytes, as UTF-8 text (a byte-order mark dropped).
 */
export async function readInput(
  io: CliIo,
  { input, maxInputSize }: { input: string; maxInputSize: number },
  options: { regularOnly?: boolean } = {},
): Promise<Input> {
  let bytes: Uint8Array;
  let identity: FileIdentity | undefined;
  const name = input === "-" ? "standard input" : input;
  if (input === "-") {
    bytes = await io.readStdin(maxInputSize);
    if (bytes.length > maxInputSize) throw tooLarge(name, maxInputSize);
    identity = io.stdinIdentity?.();
  } else ({ bytes, identity } = await readInputFile(resolve(io.cwd, input), name, maxInputSize, options));
  try {
    // The UTF-8 decoder drops a byte-order mark.
    return { text: new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes), name, identity };
  } catch {
    throw new CliError(EXIT.unreadableInput, `${shown(name)} is not UTF-8 text. Save it as UTF-8 and try again.`);
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
 * Removes the temporary files and exits with 128 + the signal's number, as a shell reports a
 * process stopped by a signal, on SIGINT, SIGTERM and SIGHUP; unless `stop` takes the signal (it
 * returns true when it stops the command another way). `recap-kit` installs it; a library user
 * never gets handlers.
 */
export function installSignalCleanup(exit: (code: number) => void, stop?: () => boolean): void {
  for (const [signal, number] of [
    ["SIGINT", 2],
    ["SIGTERM", 15],
    ["SIGHUP", 1],
  ] as const) {
    process.on(signal, () => {
      if (stop?.()) return;
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

/** The refusal to replace a file that is there, without --force. */
function alreadyThere(output: string): CliError {
  return new CliError(
    EXIT.unwritableOutput,
    `${shown(output)} is already there, and recap-kit never replaces a file unless told to: choose another -o, or add --force to replace it.`,
  );
}

/**
 * Puts the finished temporary file at `target`, which did not exist when the command looked: as a
 * hard link, which fails if a file appeared there since (so nothing is ever replaced without
 * --force, however close the race), then the temporary name goes. A file system without hard
 * links gets a rename after one more look.
 */
async function placeNew(temporary: string, target: string, output: string): Promise<void> {
  try {
    await link(temporary, target);
  } catch (error) {
    if (errorCode(error) === "EEXIST") throw alreadyThere(output);
    if (!["EPERM", "ENOTSUP", "EOPNOTSUPP", "EXDEV", "EMLINK", "ENOSYS"].includes(errorCode(error) ?? "")) throw error;
    if (
      await lstat(target).then(
        () => true,
        () => false,
      )
    )
      throw alreadyThere(output);
    await rename(temporary, target);
    return;
  }
  await rm(temporary, { force: true });
}

/**
 * Writes `content` to the file named `output` (resolved from `cwd`), as the module comment says.
 * `options.input` is the file the input came from (the named file, or standard input's): writing
 * over it is refused. (A terminal can be both: only a regular file counts.) A regular file that is
 * there is replaced only with `options.force`.
 */
export async function writeOutputFile(output: string, cwd: string, content: string, options: WriteOptions, stdout: (text: string) => void) {
  const { input, force = false } = options;
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
  if (destination.stats && !force) throw alreadyThere(output);
  // The replacement keeps the permissions of the file it replaces.
  const mode = destination.stats ? destination.stats.mode & 0o7777 : 0o666;
  let temporary: Awaited<ReturnType<typeof createTemporary>> | undefined;
  try {
    temporary = await createTemporary(destination.path, mode);
    await temporary.handle.writeFile(content);
    await temporary.handle.close();
    if (destination.stats) await rename(temporary.path, destination.path);
    else await placeNew(temporary.path, destination.path, output);
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

/** Where the output went, in words: standard output without -o (or with -o -). */
export function outputName(output: string | undefined): string {
  return output === undefined || output === "-" ? "standard output" : shown(output);
}

/** A document's text on standard output: on a terminal, its control characters are shown, never obeyed. */
export function contentToStdout(io: Pick<CliIo, "stdout" | "stdoutIsTerminal">): (text: string) => void {
  return io.stdoutIsTerminal ? (text) => io.stdout(terminalSafe(text)) : io.stdout;
}

/**
 * Writes a command's result: to standard output without -o (or with -o -), otherwise to the file
 * -o names, as {@link writeOutputFile} does (through `io.writeFile` when the io has one).
 */
export async function writeOutput(io: CliIo, output: string | undefined, content: string, options: WriteOptions = {}): Promise<void> {
  if (output === undefined || output === "-") {
    try {
      contentToStdout(io)(content);
    } catch (error) {
      throw writeFailure(error, "standard output");
    }
    return;
  }
  if (io.writeFile) await io.writeFile(output, content, options);
  else await writeOutputFile(output, io.cwd, content, options, contentToStdout(io));
}
