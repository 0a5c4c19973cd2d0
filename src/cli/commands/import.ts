import { ImportError, ImportOptionsError } from "../../import/errors.js";
import { importProgramme } from "../../import/importProgramme.js";
import { parseProgrammeText } from "../../import/parseProgrammeText.js";
import { defineCommand } from "../command.js";
import { outputName, readInput, writeOutput } from "../files.js";
import { formatOf } from "../formats.js";
import { CliError, count, EXIT, problemsMessage, shown } from "../messages.js";
import { flag, force, lang, maxInputSize, option, output } from "../options.js";
import { printWarnings } from "../readRecap.js";

const SOURCE = { sessionize: "a Sessionize export", pretalx: "a pretalx/frab schedule" } as const;

function programmeFormat(value: string): "sessionize" | "pretalx" {
  const lower = value.toLowerCase();
  if (lower === "sessionize") return "sessionize";
  if (lower === "pretalx" || lower === "frab" || lower === "schedule") return "pretalx";
  throw new CliError(EXIT.usage, `--from takes sessionize or pretalx for import, not "${shown(value)}".`);
}

/**
 * `recap-kit import EXPORT`: a draft recap from a programme export, as Markdown (or JSON, by the
 * output's extension). Guesses are warnings on standard error; the draft's summaries and takeaways
 * are TODO: texts, which `check` lists. Nothing is written when the export has a problem.
 */
export const importDraft = defineCommand({
  name: "import",
  operand: "<export.json>",
  options: [
    option({ flag: "--from", key: "programme", value: "sessionize|pretalx", parse: programmeFormat }),
    option({
      flag: "--sessions",
      key: "sessions",
      value: "<id,code,…>",
      parse: (value) =>
        value
          .split(",")
          .map((item) => item.trim())
          .filter(Boolean),
    }),
    option({ flag: "--match", key: "match", value: "<words>", parse: (value) => value }),
    option({ flag: "--speaker", key: "speaker", value: "<name>", parse: (value) => value }),
    flag("--include-service-sessions", "includeServiceSessions"),
    option({ flag: "--time-zone", key: "timeZone", value: "<Area/City>", parse: (value) => value }),
    lang,
    output("<draft.md|draft.json>"),
    force,
    maxInputSize,
  ],
  description:
    'a draft recap from a programme export (Sessionize\'s "All" JSON, or pretalx/frab schedule.json; found from the data unless --from says). Summaries and takeaways are TODO: texts for you to write. Markdown unless -o names a .json file. It never replaces a draft that is there unless --force says so, and a choice of sessions that matches none is an error.',
  long: true,
  async run(args, io) {
    const input = await readInput(io, args);
    let result: ReturnType<typeof importProgramme>;
    try {
      const data = parseProgrammeText(input.text);
      try {
        const options = {
          from: args.programme,
          sessions: args.sessions,
          match: args.match,
          speaker: args.speaker,
          includeServiceSessions: args.includeServiceSessions,
          timeZone: args.timeZone,
          language: args.lang,
        };
        // Only what was given: an option left out is not one set to nothing.
        result = importProgramme(data, Object.fromEntries(Object.entries(options).filter(([, value]) => value !== undefined)));
      } catch (error) {
        if (error instanceof ImportOptionsError)
          throw new CliError(EXIT.usage, problemsMessage("the command line", error, "a usable import"));
        if (error instanceof ImportError)
          throw new CliError(EXIT.invalidDocument, problemsMessage(input.name, error, "a programme export recap-kit can import"));
        throw error;
      }
    } catch (error) {
      // Only parseProgrammeText's: empty, cut off, not JSON.
      if (error instanceof ImportError)
        throw new CliError(EXIT.invalidJson, `${shown(input.name)} ${shown(error.issues[0]?.message ?? "is not JSON.")}`);
      throw error;
    }
    let text: string;
    if (formatOf(args.output, undefined, "markdown") === "json") text = `${JSON.stringify(result.recap, null, 2)}\n`;
    else {
      const { toRecapMarkdown } = await import("../../markdown/index.js");
      text = toRecapMarkdown(result.recap);
    }
    printWarnings(io, input.name, result.warnings);
    await writeOutput(io, args.output, text, { input: input.identity, force: args.force });
    const where = outputName(args.output);
    const next = where === "standard output" ? "" : ` Write the to-dos, then: recap-kit check ${where}`;
    io.stderr(
      `recap-kit: wrote ${where} from ${SOURCE[result.format]}: ${count(result.recap.sessions.length, "session")}, ${count(result.todos.length, "to-do")}, ${count(result.warnings.length, "warning")}.${next}\n`,
    );
  },
});
