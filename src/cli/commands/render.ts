import { defineCommand } from "../command.js";
import { outputName, readInput, writeOutput } from "../files.js";
import { formatOf } from "../formats.js";
import { CliError, count, EXIT } from "../messages.js";
import { flag, force, from, headingLevel, lang, maxInputSize, output, strict } from "../options.js";
import { printWarnings, requireRecap } from "../readRecap.js";

/** `recap-kit render`: a standalone HTML page, or only the article. */
export const render = defineCommand({
  name: "render",
  operand: "<input>",
  options: [
    output("<output.html>"),
    force,
    flag("--fragment", "fragment"),
    flag("--embed", "embed"),
    headingLevel,
    flag("--no-title", "noTitle"),
    lang,
    from,
    strict,
    maxInputSize,
  ],
  description:
    "a standalone HTML page (inline CSS, structured data, no JavaScript); with --fragment only the <article>, for pages that include recap-kit/styles.css themselves; with --embed one self-contained <recap-kit-embed> element (Declarative Shadow DOM, the styles inside) to paste into any page (WordPress, Ghost, plain HTML) or to serve for <recap-kit-embed src>. --heading-level 2 puts the recap under a page's own h1; --no-title leaves the title to the page (the dates and reading time stay). --lang names the document's language when the document itself does not. It ends with one line on standard error: what it wrote.",
  long: true,
  async run(args, io) {
    if (args.fragment && args.embed) throw new CliError(EXIT.usage, "--fragment and --embed are two different outputs: choose one.");
    const input = await readInput(io, args);
    const { recap, warnings, todos } = await requireRecap(io, input, {
      format: formatOf(args.input, args.from, "json"),
      language: args.lang,
      strict: args.strict,
    });
    printWarnings(io, input.name, warnings);
    // Loaded when needed: the main thread, which only reads the command line, starts without React.
    const { renderRecapToHtml, renderRecapEmbed } = await import("../../static/index.js");
    // Parsed once, in the language --lang names when the document has none.
    const outline = { headingLevel: args.headingLevel, showTitle: !args.noTitle };
    const html = args.embed ? renderRecapEmbed(recap, outline) : renderRecapToHtml(recap, { fragment: args.fragment, ...outline });
    await writeOutput(io, args.output, html, { input: input.identity, force: args.force });
    const parts = [count(recap.sessions.length, "session"), count(recap.relatedReads?.length ?? 0, "related read")];
    if (todos.length) parts.push(count(todos.length, "to-do"));
    parts.push(count(warnings.length, "warning"));
    io.stderr(`recap-kit: wrote ${outputName(args.output)}: ${parts.join(", ")}.\n`);
  },
});
