import type { Command } from "./command.js";
import { COMMANDS, commandNamed } from "./commands/index.js";
import { CliError, EXIT, shown } from "./messages.js";
import { USAGE } from "./usage.js";

/** A command line, read: the command, and its arguments as its options declare them. */
export interface CommandLine {
  command: Command;
  args: { readonly input: string } & Readonly<Record<string, unknown>>;
}

const names = () => COMMANDS.map((command) => command.name).join(", ");

/**
 * Reads the arguments after `recap-kit`: -h/--help and -v/--version anywhere, else a command of
 * the table, its options (those it declares, and no others) and its one operand.
 */
export function parseArgs(argv: readonly string[]): CommandLine | "help" | "version" {
  if (argv.length === 0) throw new CliError(EXIT.usage, `which command? ${names()}.\n\n${USAGE}`);
  if (argv.includes("-h") || argv.includes("--help")) return "help";
  if (argv.includes("-v") || argv.includes("--version")) return "version";
  const [name, ...rest] = argv as [string, ...string[]];
  const command = commandNamed(name);
  if (!command) throw new CliError(EXIT.usage, `unknown command "${shown(name)}". Use ${names()} (see recap-kit --help).`);
  const args: Record<string, unknown> = {};
  for (const option of command.options) args[option.key] = option.default;
  let input: string | undefined;
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i] as string;
    if (arg.startsWith("-") && arg !== "-") {
      const option = command.options.find((candidate) => candidate.flag === arg || candidate.aliases?.includes(arg));
      if (!option) throw new CliError(EXIT.usage, `unknown option ${shown(arg)} for ${command.name} (see recap-kit --help).`);
      let value = "";
      if (option.value !== undefined) {
        const next = rest[++i];
        if (next === undefined) throw new CliError(EXIT.usage, `${shown(arg)} needs a value.`);
        value = next;
      }
      args[option.key] = option.parse(value);
    } else if (input === undefined) input = arg;
    else throw new CliError(EXIT.usage, `only one input, please: "${shown(input)}" and "${shown(arg)}" were given.`);
  }
  if (input === undefined)
    throw new CliError(EXIT.usage, command.missingOperand ?? `${command.name} needs an input file, or - for standard input.`);
  return { command, args: { ...args, input } };
}
