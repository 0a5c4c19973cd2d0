import { toRecapDocument } from "../../parse/toRecapDocument.js";
import { defineCommand } from "../command.js";
import { readInput, writeOutput } from "../files.js";
import { formatOf } from "../formats.js";
import { force, from, maxInputSize, output, strict, to } from "../options.js";
import { printWarnings, requireRecap } from "../readRecap.js";

/** `recap-kit convert`: JSON to Markdown, Markdown to JSON. */
export const convert = defineCommand({
  name: "convert",
  operand: "<input>",
  options: [output("<output>"), force, from, to, strict, maxInputSize],
  description: "JSON to Markdown or Markdown to JSON (by the output's extension, or --to).",
  long: true,
  async run(args, io) {
    const input = await readInput(io, args);
    const { recap, format, warnings } = await requireRecap(io, input, {
      format: formatOf(args.input, args.from, "json"),
      strict: args.strict,
    });
    printWarnings(io, input.name, warnings);
    const into = formatOf(args.output, args.to, format === "json" ? "markdown" : "json");
    let text: string;
    if (into === "json") text = `${JSON.stringify(toRecapDocument(recap), null, 2)}\n`;
    else {
      const { toRecapMarkdown } = await import("../../markdown/index.js");
      text = toRecapMarkdown(recap);
    }
    await writeOutput(io, args.output, text, { input: input.identity, force: args.force });
  },
});
