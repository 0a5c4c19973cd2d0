import { defineCommand } from "../command.js";
import { writeOutput } from "../files.js";
import { shown } from "../messages.js";
import { force, option } from "../options.js";
import { starterRecap } from "../starter.js";

/** `recap-kit new FILE`: writes the starter, never over a file that is there unless --force. */
export const newRecap = defineCommand({
  name: "new",
  operand: "<file.md>",
  missingOperand: "new needs the name of the file to write (recap.md).",
  options: [
    option({ flag: "--title", key: "title", value: "<title>", parse: (value) => value }),
    option({ flag: "--event", key: "event", value: "<event name>", parse: (value) => value }),
    force,
  ],
  description:
    "writes a starter Markdown recap with every section and short guidance; check passes it as it is (its TODO: texts are listed as to-dos). It never replaces an existing file unless --force says so.",
  long: false,
  async run(args, io) {
    const target = args.input;
    await writeOutput(io, target, starterRecap(args.title, args.event), { force: args.force });
    if (target !== "-")
      io.stderr(`recap-kit: wrote ${shown(target)}, a starter recap. Write its TODO: texts, then: recap-kit check ${shown(target)}\n`);
  },
});
