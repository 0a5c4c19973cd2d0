import { defineCommand } from "../command.js";
import { outputName, readInput, writeOutput } from "../files.js";
import { formatOf } from "../formats.js";
import { count } from "../messages.js";
import { flag, from, lang, maxInputSize, output, strict } from "../options.js";
import { printWarnings, requireRecap } from "../readRecap.js";

/** `recap-kit render`: a standalone HTML page, or only the article. */
export const render = defineCommand({
  name: "render",
  operand: "<input>",
  options: [output("<output.html>"), flag("--fragment", "fragment"), lang, from, strict, maxInputSize],
  description:
    "a standalone HTML page (inline CSS, structured data, no JavaScript), or with --fragment only the <article>, for pages that include recap-kit/styles.css themselves. --lang names the document's language when the document itself does not. It ends with one line on standard error: what it wrote.",
  long: true,
  async run(args, io) {
    const input = await readInput(io, args);
    const { recap, warnings, todos } = await requireRecap(io, input, {
      format: formatOf(args.input, args.from, "json"),
      language: args.lang,
      strict: args.strict,
    });
    printWarnings(io, input.name, warnings);
    // Loaded when needed: the main thread, which only reads the command line, starts without React.
    const { renderRecapToHtml } = await import("../../static/renderRecapToHtml.js");
    // Parsed once, in the language --lang names when the document has none.
    const html = renderRecapToHtml(recap, { fragment: args.fragment });
    await writeOutput(io, args.output, html, { input: input.identity });
    const parts = [count(recap.sessions.length, "session"), count(recap.relatedReads?.length ?? 0, "related read")];
    if (todos.length) parts.push(count(todos.length, "to-do"));
    parts.push(count(warnings.length, "warning"));
    io.stderr(`recap-kit: wrote ${outputName(args.output)}: ${parts.join(", ")}.\n`);
  },
});
