import { parentPort, Worker, workerData } from "node:worker_threads";
import { ClosedPipe, writeOutput } from "./files.js";
import type { CliIo, WriteOptions } from "./io.js";
import { CliError, EXIT, shown } from "./messages.js";
import { runCli } from "./run.js";

/**
 * A long command in a worker thread. Parsing, importing and rendering are synchronous: run on the
 * main thread, they would keep its signal handlers from running until they end. In a worker, the
 * main thread stays free: it answers Ctrl-C at once, and it is the one that reads standard input
 * and writes the output files (so it knows the temporary files a signal must remove). The worker
 * writes standard output and standard error itself, synchronously, as the main thread would.
 */

type Question = { type: "readStdin"; maxBytes: number } | { type: "writeFile"; output: string; content: string; options: WriteOptions };
type Request = Question & { id: number };

type FromWorker = Request | { type: "done"; code: number };

/** An error as it crosses between threads: what the command line tells apart. */
type SentError =
  | { kind: "cli"; code: number; message: string }
  | { kind: "closedPipe" }
  | { kind: "other"; message: string; code?: string };

type ToWorker = { type: "stop" } | { type: "reply"; id: number; value?: Uint8Array; error?: SentError };

function sendable(error: unknown): SentError {
  if (error instanceof CliError) return { kind: "cli", code: error.code, message: error.message };
  if (error instanceof ClosedPipe) return { kind: "closedPipe" };
  const code = (error as { code?: unknown } | null)?.code;
  return { kind: "other", message: error instanceof Error ? error.message : String(error), ...(typeof code === "string" ? { code } : {}) };
}

function received(error: SentError): Error {
  if (error.kind === "cli") return new CliError(error.code, error.message);
  if (error.kind === "closedPipe") return new ClosedPipe();
  return Object.assign(new Error(error.message), error.code ? { code: error.code } : {});
}

/**
 * Runs `recap-kit argv…` in a worker started from `entry` (this very module's file, built or
 * bundled: it serves as the worker when it is not the main thread), and returns its exit code.
 * When `signal` aborts, the worker is asked to stop (a command that stops itself, preview).
 */
export function runInWorker(entry: URL, argv: readonly string[], io: CliIo, signal?: AbortSignal): Promise<number> {
  return new Promise((done) => {
    const worker = new Worker(entry, { workerData: { argv: [...argv] } });
    let finished = false;
    const finish = (code: number) => {
      if (finished) return;
      finished = true;
      signal?.removeEventListener("abort", stop);
      void worker.terminate().then(() => done(code));
    };
    const stop = () => worker.postMessage({ type: "stop" } satisfies ToWorker);
    if (signal?.aborted) stop();
    else signal?.addEventListener("abort", stop, { once: true });
    const reply = (id: number, outcome: Promise<Uint8Array | undefined>) =>
      outcome.then(
        (value) => worker.postMessage({ type: "reply", id, ...(value ? { value } : {}) } satisfies ToWorker),
        (error: unknown) => worker.postMessage({ type: "reply", id, error: sendable(error) } satisfies ToWorker),
      );
    worker.on("message", (message: FromWorker) => {
      if (message.type === "done") finish(message.code);
      else if (message.type === "readStdin") void reply(message.id, io.readStdin(message.maxBytes));
      else if (message.type === "writeFile")
        void reply(
          message.id,
          writeOutput(io, message.output, message.content, message.options).then(() => undefined),
        );
    });
    const failed = (reason: string) => {
      if (finished) return;
      io.stderr(`recap-kit: unexpected error: ${shown(reason)}. Please report it (RECAP_KIT_DEBUG=1 shows details).\n`);
      finish(EXIT.internal);
    };
    worker.on("error", (error) => failed(error.message));
    worker.on("exit", (code) => failed(`the worker thread ended with code ${code}`));
  });
}

/** The worker's side: runs the command line it was given, asking the main thread for standard input and output files. */
export async function serveAsWorker(base: CliIo): Promise<void> {
  const port = parentPort;
  if (!port) throw new Error("serveAsWorker runs in a worker thread.");
  const stop = new AbortController();
  const pending = new Map<number, { resolve: (value: Uint8Array | undefined) => void; reject: (error: Error) => void }>();
  let next = 0;
  port.on("message", (message: ToWorker) => {
    if (message.type === "stop") return stop.abort();
    const waiting = pending.get(message.id);
    pending.delete(message.id);
    if (message.error) waiting?.reject(received(message.error));
    else waiting?.resolve(message.value);
  });
  const ask = (question: Question) =>
    new Promise<Uint8Array | undefined>((resolve, reject) => {
      const id = next++;
      pending.set(id, { resolve, reject });
      port.postMessage({ ...question, id } satisfies Request);
    });
  const io: CliIo = {
    ...base,
    readStdin: async (maxBytes) => (await ask({ type: "readStdin", maxBytes })) ?? new Uint8Array(),
    writeFile: async (output, content, options) => {
      await ask({ type: "writeFile", output, content, options });
    },
    signal: stop.signal,
  };
  const code = await runCli((workerData as { argv: string[] }).argv, io);
  port.postMessage({ type: "done", code } satisfies FromWorker);
}
