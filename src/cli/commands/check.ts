import { checkReport } from "../checkReport.js";
import { defineCommand } from "../command.js";
import { readInput } from "../files.js";
import { formatOf } from "../formats.js";
import { from, lang, maxInputSize, strict } from "../options.js";
import { requireRecap } from "../readRecap.js";

/** `recap-kit check`: how a recap was read, writing nothing. */
export const check = defineCommand({
  name: "check",
  operand: "<input>",
  options: [strict, lang, from, maxInputSize],
  description:
    "reads a recap without writing anything and shows how it was read: each session with its speakers as name — organisation — role, its links, every to-do and every warning.",
  long: true,
  async run(args, io) {
    const input = await readInput(io, args);
    const read = await requireRecap(io, input, {
      format: formatOf(args.input, args.from, "json"),
      language: args.lang,
      strict: args.strict,
    });
    io.stdout(`${checkReport(input.name, read)}\n`);
  },
});
