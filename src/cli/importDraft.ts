import { ImportError, ImportOptionsError } from "../import/errors.js";
import { importProgramme } from "../import/importProgramme.js";
import { parseProgrammeText } from "../import/parseProgrammeText.js";
import type { Args } from "./args.js";
import { CliError, count, EXIT, problemsMessage, shown, warningsMessage } from "./messages.js";
import { type CliIo, formatOf, type Input, writeOutput } from "./run.js";

const SOURCE = { sessionize: "a Sessionize export", pretalx: "a pretalx/frab schedule" } as const;

/**
 * `recap-kit import EXPORT`: a draft recap from a programme export, as Markdown (or JSON, by the
 * output's extension). Guesses are warnings on standard error; the draft's summaries and takeaways
 * are TODO: texts, which `check` lists. Nothing is written when the export has a problem.
 */
export async function importDraft(args: Args, io: CliIo, input: Input): Promise<void> {
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
  const to = formatOf(args.output, undefined, "markdown");
  let text: string;
  if (to === "json") text = `${JSON.stringify(result.recap, null, 2)}\n`;
  else {
    const { toRecapMarkdown } = await import("../markdown/index.js");
    text = toRecapMarkdown(result.recap);
  }
  if (result.warnings.length) io.stderr(`recap-kit: warning: ${warningsMessage(input.name, result.warnings)}\n`);
  await writeOutput(args, io, input, text);
  const where = args.output === undefined || args.output === "-" ? "standard output" : shown(args.output);
  const next = where === "standard output" ? "" : ` Write the to-dos, then: recap-kit check ${where}`;
  io.stderr(
    `recap-kit: wrote ${where} from ${SOURCE[result.format]}: ${count(result.recap.sessions.length, "session")}, ${count(result.todos.length, "to-do")}, ${count(result.warnings.length, "warning")}.${next}\n`,
  );
}
