/**
 * # Importing a programme
 *
 * `recap-kit/import` turns a conference programme into a Recap **draft**: the sessions a writer
 * chose, in programme order, with their titles, codes, dates, speakers (affiliation, role, avatar,
 * profile link), tracks, formats and links, and a `TODO:` wherever the writer still has to write
 * (the title, the intro, each summary and its takeaways). It reads the two exports most programmes
 * come from:
 *
 * - **Sessionize**: the API's "All" view, `https://sessionize.com/api/v2/<id>/view/All`;
 * - **pretalx**: `schedule.json` (`https://<pretalx>/<event>/schedule/export/schedule.json`), which
 *   frab and other tools write too.
 *
 * ```ts
 * import { importProgramme, parseProgrammeText } from "recap-kit/import";
 * import { toRecapMarkdown } from "recap-kit/markdown";
 *
 * const data = parseProgrammeText(await readFile("schedule.json", "utf8"));
 * const { recap, warnings, todos } = importProgramme(data, { sessions: ["QWERTY"], timeZone: "Europe/Madrid" });
 * await writeFile("draft.md", toRecapMarkdown(recap));
 * ```
 *
 * `fromSessionize(data, options)` and `fromSchedule(data, options)` do the same for one format;
 * `detectFormat(data)` says which one an export is.
 *
 * ## What is guessed, and said
 *
 * Every guess is a warning with its path in the export, for the writer to check: an affiliation
 * and role read from a Sessionize tagline ("Staff Engineer at Acme", "SRE @ Grafana Labs",
 * "Security Researcher, Universidad Politécnica de Madrid"), a format read from one telling word,
 * a format name recap-kit does not know (then "other"; map it with `formats`), a link that is not
 * a web address (left out), a recording of a talk marked `do_not_record` (left out), the draft's
 * language taken from its sessions. Sessionize gives local times without their offset: with
 * `timeZone` they get the offset in force then (daylight saving time included); without it the
 * draft keeps dates only and says so once. A speaker, category or link a session names twice is in
 * the draft once, and said once; control characters (terminal escapes), bidi overrides and halves
 * of a character are left out of the texts the draft takes, each field that lost some said.
 *
 * ## Errors
 *
 * An export that cannot become a draft throws one `ImportError` whose `issues` list every problem
 * with its path in the export: ids missing or used twice, speakers, rooms or categories referenced
 * but not defined, times without dates, lists too long to be a programme, a session asked for that
 * the programme does not have, a draft that would be more than four times the export (as JSON) plus
 * 1 MB. Wrong options throw an `ImportOptionsError` (an `ImportError` too).
 *
 * @module
 */
export { detectFormat } from "./detect.js";
export type { ImportIssue, ImportWarning } from "./errors.js";
export { ImportError, ImportOptionsError } from "./errors.js";
export type { ImportProgrammeOptions, ImportProgrammeResult } from "./importProgramme.js";
export { importProgramme } from "./importProgramme.js";
export type { ImportOptions } from "./options.js";
export { parseProgrammeText } from "./parseProgrammeText.js";
export type { ImportResult, ProgrammeFormat } from "./programme.js";
export { fromSchedule } from "./schedule.js";
export { fromSessionize } from "./sessionize.js";
export type { Todo } from "./todo.js";
export { findTodos, TODO_PREFIX } from "./todo.js";
