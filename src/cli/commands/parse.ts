import { defineCommand } from "../command.js";
import { outputName, readInput, writeOutput } from "../files.js";
import { formatOf } from "../formats.js";
import { count } from "../messages.js";
import { force, from, lang, maxInputSize, output, strict } from "../options.js";
import { printWarnings, requireRecap } from "../readRecap.js";

/** `recap-kit parse`: the parsed recap as JSON, for a stack without the plugin or the loader. */
export const parse = defineCommand({
  name: "parse",
  operand: "<input>",
  options: [output("<recap.parsed.json>"), force, lang, from, strict, maxInputSize],
  description:
    "the parsed recap as JSON, for any other stack (a CMS, a static site generator, a fetch at run time): components render it as it is, checking every value of it first (isParsedRecap), and a reader's page then holds no parser.",
  long: true,
  async run(args, io) {
    const input = await readInput(io, args);
    const { recap, warnings } = await requireRecap(io, input, {
      format: formatOf(args.input, args.from, "json"),
      language: args.lang,
      strict: args.strict,
    });
    printWarnings(io, input.name, warnings);
    await writeOutput(io, args.output, `${JSON.stringify(recap)}\n`, { input: input.identity, force: args.force });
    io.stderr(
      `recap-kit: wrote ${outputName(args.output)}: a parsed recap, ${count(recap.sessions.length, "session")}, ${count(warnings.length, "warning")}.\n`,
    );
  },
});
