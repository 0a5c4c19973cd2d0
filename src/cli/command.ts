import type { CliIo } from "./io.js";
import type { AnyOption, ArgsOf } from "./options.js";

/**
 * One command of `recap-kit`, all in one place: its name, what it takes, what the usage says
 * about it, how it runs, and its code. The table of commands (commands/index.ts) is the only list;
 * usage, parsing and dispatch are derived from it.
 */
export interface CommandSpec<O extends readonly AnyOption[]> {
  /** As typed: `recap-kit render`. */
  readonly name: string;
  /** The one operand, as the usage names it: `<input>` (a file, or - for standard input), `<file.md>`. */
  readonly operand: string;
  /** What to say when the operand is missing; by default "render needs an input file, or - for standard input." */
  readonly missingOperand?: string;
  /** Its options, in the order the usage shows them. */
  readonly options: O;
  /** What it does, for `recap-kit --help`: one paragraph, wrapped there. */
  readonly description: string;
  /**
   * Its work can take long (parsing, rendering, importing are synchronous): the process runs it
   * in a worker thread, so that its main thread answers Ctrl-C at once.
   */
  readonly long: boolean;
  /**
   * What SIGINT and SIGTERM do. "exit" (the default): the process ends at once with 130 or 143,
   * its temporary files removed, nothing half-written. "stop": the command gets `io.signal`,
   * stops itself and exits 0 (preview, whose Ctrl-C is how it ends).
   */
  readonly onSignal?: "exit" | "stop";
  /** Runs it; a failure is a `CliError` (its exit code and its one message). */
  readonly run: (args: ArgsOf<O>, io: CliIo) => Promise<void>;
}

/** A command of the table, whatever its options. */
export interface Command {
  readonly name: string;
  readonly operand: string;
  readonly missingOperand?: string;
  readonly options: readonly AnyOption[];
  readonly description: string;
  readonly long: boolean;
  readonly onSignal?: "exit" | "stop";
  readonly run: (args: { readonly input: string } & Readonly<Record<string, unknown>>, io: CliIo) => Promise<void>;
}

/** Declares a command; its `run` gets arguments typed from its options. */
export function defineCommand<const O extends readonly AnyOption[]>(spec: CommandSpec<O>): Command {
  // The parser builds the arguments from the same options, so the types agree.
  return spec as unknown as Command;
}
