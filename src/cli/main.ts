import { isMainThread } from "node:worker_threads";
import { commandNamed } from "./commands/index.js";
import { installSignalCleanup } from "./files.js";
import { processIo } from "./processIo.js";
import { runCli } from "./run.js";
import { runInWorker, serveAsWorker } from "./thread.js";

// The `recap-kit` executable. This file is also the worker thread's (thread.ts): the built
// dist/cli.js and a test's bundle start themselves again as a worker, so no second entry is needed.

if (!isMainThread) await serveAsWorker(processIo());
else {
  const argv = process.argv.slice(2);
  const command = commandNamed(argv[0]);
  const io = processIo();
  const stop = new AbortController();
  let stopping = false;
  installSignalCleanup(
    (code) => process.exit(code),
    // A command that stops itself (preview) is asked to, once; a busy worker that cannot hear it
    // is stopped a second later all the same. Any other command ends at once (130, 143, 129).
    () => {
      if (command?.onSignal !== "stop" || stopping) return false;
      stopping = true;
      stop.abort();
      setTimeout(() => {
        io.stderr(`recap-kit: ${command.name} stopped.\n`);
        process.exit(0);
      }, 1_000).unref();
      return true;
    },
  );
  process.exitCode = await runCli(argv, {
    ...io,
    signal: stop.signal,
    runLong: (longArgv) => runInWorker(new URL(import.meta.url), longArgv, io, stop.signal),
  });
}
