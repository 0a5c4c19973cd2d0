import { detectFormat, notAProgramme } from "./detect.js";
import { ImportError, ImportOptionsError, type ImportWarning } from "./errors.js";
import { type ImportOptions, readOptions } from "./options.js";
import { draft, type ImportResult, type ProgrammeFormat } from "./programme.js";
import { describe } from "./read.js";
import { readSchedule } from "./schedule.js";
import { readSessionize } from "./sessionize.js";
import { findTodos, type Todo } from "./todo.js";

/** Options of {@link importProgramme}: those of the formats, and which format the export is in. */
export interface ImportProgrammeOptions extends ImportOptions {
  /** The export's format; found from its shape when not given (`detectFormat`). */
  from?: ProgrammeFormat;
}

/** A draft with everything the command line reports about it. */
export interface ImportProgrammeResult extends ImportResult {
  /** The format the export was read as. */
  format: ProgrammeFormat;
  /** The draft's to-dos: every text that starts with `TODO:`, with its path in the draft. */
  todos: Todo[];
  warnings: ImportWarning[];
}

/**
 * What `recap-kit import` does, without files: reads an export (already parsed from JSON) in the
 * format given or detected, and returns the draft, its warnings and its to-dos.
 *
 * @throws {ImportError} when the data is not an export recap-kit reads, or has problems (every one listed).
 * @throws {ImportOptionsError} when an option is wrong.
 */
export function importProgramme(data: unknown, options: ImportProgrammeOptions = {}): ImportProgrammeResult {
  if (options !== null && (typeof options !== "object" || Array.isArray(options))) readOptions(options); // throws, saying what options must be
  const { from, ...rest } = options ?? {};
  if (from !== undefined && from !== "sessionize" && from !== "pretalx")
    throw new ImportOptionsError([
      {
        path: "from",
        message: `${typeof from === "string" ? JSON.stringify(from) : describe(from)} is not a format recap-kit imports. Use "sessionize" or "pretalx".`,
      },
    ]);
  const settings = readOptions(rest);
  const format = from ?? detectFormat(data);
  if (format === undefined) throw new ImportError([{ path: "", message: notAProgramme(data) }], "This file has");
  const programme = format === "sessionize" ? readSessionize(data, settings) : readSchedule(data, settings);
  const result = draft(programme, settings, data);
  return { format, ...result, todos: findTodos(result.recap) };
}
