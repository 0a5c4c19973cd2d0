import { ClosedPipe } from "./files.js";
import type { CliIo } from "./io.js";
import { CliError, EXIT, shown } from "./messages.js";
import { parseArgs } from "./parseArgs.js";
import { USAGE } from "./usage.js";

export type { CliIo } from "./io.js";
export { EXIT } from "./messages.js";
export { USAGE } from "./usage.js";

declare const __RECAP_KIT_VERSION__: string;

/**
 * The `recap-kit` command. Returns the exit code; every failure is one clear message on
 * standard error, never a stack trace (unless RECAP_KIT_DEBUG is set). A long command runs
 * through `io.runLong` when the io has it (the process: in a worker thread), here otherwise.
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    const line = parseArgs(argv);
    if (line === "help") io.stdout(`${USAGE}\n`);
    else if (line === "version") io.stdout(`${typeof __RECAP_KIT_VERSION__ === "string" ? __RECAP_KIT_VERSION__ : "dev"}\n`);
    else if (line.command.long && io.runLong) return await io.runLong(argv);
    else await line.command.run(line.args, io);
    return EXIT.ok;
  } catch (error) {
    // The reader of the output stopped reading (| head): what it wanted, it has.
    if (error instanceof ClosedPipe || (error as { code?: unknown } | null)?.code === "EPIPE") return EXIT.ok;
    if (error instanceof CliError) {
      // Every value in a message is already shown safely; this keeps a slip from reaching the terminal raw.
      io.stderr(`recap-kit: ${error.message.split("\n").map(shown).join("\n")}\n`);
      return error.code;
    }
    const detail = io.env?.RECAP_KIT_DEBUG && error instanceof Error ? `\n${error.stack}` : "";
    io.stderr(
      `recap-kit: unexpected error: ${shown(error instanceof Error ? error.message : String(error))}. Please report it (RECAP_KIT_DEBUG=1 shows details).${detail}\n`,
    );
    return EXIT.internal;
  }
}
