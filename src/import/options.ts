import { isIsoDate } from "../model/isoDate.js";
import { SESSION_FORMATS, type SessionFormat } from "../model/types.js";
import { type ImportIssue, ImportOptionsError } from "./errors.js";
import { fold, words } from "./fold.js";
import { formatKey } from "./formats.js";
import { linkAddress } from "./links.js";
import { at, describe, quote } from "./read.js";
import { isTimeZone } from "./timeZone.js";

/** What to import from a programme, and what the export itself does not say. Every field is optional. */
export interface ImportOptions {
  /**
   * The sessions to take, by the programme's id or code: Sessionize's session id ("501223"),
   * pretalx's code ("QWERTY", any case), its numeric id or its guid. One that the programme does
   * not have is an error naming it. Default: every session.
   */
  sessions?: readonly string[];
  /** Words that must all appear in a session's title; case and accents do not count ("kubernetes security"). */
  match?: string;
  /** Part of a speaker's name; case and accents do not count ("körbes" finds "Ellen Körbes"). */
  speaker?: string;
  /** Keeps service sessions (breaks, lunch, registration), which are left out by default. @default false */
  includeServiceSessions?: boolean;
  /**
   * The event's IANA time zone ("Europe/Madrid"), to give Sessionize's local times their offset.
   * Without it, Sessionize sessions keep their date only. pretalx exports carry their offsets.
   */
  timeZone?: string;
  /** Your programme's own format names and the format each is: `{ "Birds of a Feather": "panel" }`. */
  formats?: Readonly<Record<string, SessionFormat>>;
  /**
   * The Sessionize question(s) whose answer is a speaker's company.
   * @default ["Company", "Company name", "Organisation", "Organization", …] (and the same in German, French, Spanish, Dutch)
   */
  affiliationQuestion?: string | readonly string[];
  /**
   * The Sessionize question(s) whose answer is a speaker's job title.
   * @default ["Job title", "Role", "Position", …]
   */
  roleQuestion?: string | readonly string[];
  /** What the export does not say about the event, or says otherwise: Sessionize exports have no event name. */
  event?: { name?: string; edition?: string; startDate?: string; endDate?: string; location?: string; url?: string };
  /** The draft's language (BCP 47, "de"): the language you write the recap in. Default: the sessions' language, when they all share one. */
  language?: string;
}

const DEFAULT_AFFILIATION_QUESTIONS = [
  "Company",
  "Company name",
  "Organisation",
  "Organization",
  "Organisation name",
  "Organization name",
  "Employer",
  "Firma",
  "Unternehmen",
  "Organisation / Firma",
  "Entreprise",
  "Société",
  "Empresa",
  "Organización",
  "Bedrijf",
  "Organisatie",
  "会社名",
  "所属",
];
const DEFAULT_ROLE_QUESTIONS = [
  "Job title",
  "Job role",
  "Role",
  "Position",
  "Jobtitel",
  "Berufsbezeichnung",
  "Poste",
  "Fonction",
  "Cargo",
  "Puesto",
  "Functie",
  "役職",
];

/** The options checked, with names folded for comparing. */
export interface Settings {
  sessions?: readonly string[];
  matchWords: readonly string[];
  speaker?: string;
  includeServiceSessions: boolean;
  timeZone?: string;
  formats: ReadonlyMap<string, SessionFormat>;
  affiliationQuestions: ReadonlySet<string>;
  roleQuestions: ReadonlySet<string>;
  event: NonNullable<ImportOptions["event"]>;
  language?: string;
}

const KNOWN_OPTIONS = [
  "sessions",
  "match",
  "speaker",
  "includeServiceSessions",
  "timeZone",
  "formats",
  "affiliationQuestion",
  "roleQuestion",
  "event",
  "language",
];
const EVENT_FIELDS = ["name", "edition", "startDate", "endDate", "location", "url"];

type Problem = (path: string, message: string) => undefined;

function text(value: unknown, path: string, problem: Problem): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== "string") return problem(path, `must be text, but it is ${describe(value)}.`);
  return value.trim() || undefined;
}

function texts(value: unknown, path: string, problem: Problem): string[] | undefined {
  if (value === undefined) return undefined;
  const list = typeof value === "string" ? [value] : value;
  if (!Array.isArray(list)) return problem(path, `must be text or a list of texts, but it is ${describe(value)}.`);
  const result: string[] = [];
  list.forEach((item: unknown, index) => {
    const read = text(item, at(path, index), problem);
    if (read !== undefined) result.push(read);
  });
  return result;
}

function unknownKeys(object: object, known: readonly string[], path: string, problem: Problem): void {
  for (const key of Object.keys(object)) {
    if (known.includes(key)) continue;
    const near = known.find((name) => fold(name).replace(/ /g, "") === fold(key).replace(/ /g, ""));
    problem(at(path, key), `is not an option${near ? `: did you mean ${near}?` : `. Use: ${known.join(", ")}.`}`);
  }
}

function formatsOption(value: unknown, problem: Problem): Map<string, SessionFormat> {
  const formats = new Map<string, SessionFormat>();
  if (value === undefined) return formats;
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    problem("formats", `must be an object of format names and formats, but it is ${describe(value)}.`);
    return formats;
  }
  for (const [name, format] of Object.entries(value)) {
    if (!(SESSION_FORMATS as readonly unknown[]).includes(format)) {
      problem(
        at("formats", name),
        `${typeof format === "string" ? quote(format) : describe(format)} is not a session format. Use one of: ${SESSION_FORMATS.join(", ")}.`,
      );
      continue;
    }
    formats.set(name.trim(), format as SessionFormat);
    if (formatKey(name)) formats.set(formatKey(name), format as SessionFormat);
  }
  return formats;
}

function eventOption(value: unknown, problem: Problem): Settings["event"] {
  if (value === undefined) return {};
  if (value === null || typeof value !== "object" || Array.isArray(value))
    return (
      problem("event", `must be an object with the event's name, edition, dates, location or url, but it is ${describe(value)}.`) ?? {}
    );
  unknownKeys(value, EVENT_FIELDS, "event", problem);
  const event: Record<string, string> = {};
  for (const key of EVENT_FIELDS) {
    const read = text((value as Record<string, unknown>)[key], at("event", key), problem);
    if (read === undefined) continue;
    if ((key === "startDate" || key === "endDate") && !isIsoDate(read)) {
      problem(at("event", key), `${quote(read)} is not a date. Write it as YYYY-MM-DD (2024-10-26).`);
    } else if (key === "url" && !linkAddress(read)) {
      problem(at("event", key), `${quote(read)} is not a web address. Write it whole, with https://.`);
    } else event[key] = read;
  }
  return event;
}

function languageOption(tag: string | undefined, problem: Problem): string | undefined {
  if (tag === undefined) return undefined;
  try {
    return Intl.getCanonicalLocales(tag)[0];
  } catch {
    return problem("language", `${quote(tag)} is not a language tag. Use a BCP 47 tag such as "en", "de" or "pt-BR".`);
  }
}

/**
 * Checks the options and returns them ready to use.
 *
 * @throws {ImportOptionsError} listing every wrong option.
 */
export function readOptions(options: unknown): Settings {
  const issues: ImportIssue[] = [];
  const problem: Problem = (path, message) => {
    issues.push({ path, message });
    return undefined;
  };
  const given = (options ?? {}) as ImportOptions & Record<string, unknown>;
  if (typeof given !== "object" || Array.isArray(given))
    throw new ImportOptionsError([{ path: "", message: `must be an object, but it is ${describe(options)}.` }]);
  unknownKeys(given, KNOWN_OPTIONS, "", problem);

  const sessions = texts(given.sessions, "sessions", problem);
  if (sessions?.length === 0)
    problem("sessions", "names no session. Give ids or codes of sessions, or leave the option out to take every session.");
  const match = text(given.match, "match", problem);
  const speaker = text(given.speaker, "speaker", problem);
  if (given.includeServiceSessions !== undefined && typeof given.includeServiceSessions !== "boolean")
    problem("includeServiceSessions", `must be true or false, but it is ${describe(given.includeServiceSessions)}.`);
  const timeZone = text(given.timeZone, "timeZone", problem);
  if (timeZone !== undefined && !isTimeZone(timeZone))
    problem("timeZone", `${quote(timeZone)} is not a time zone. Use an IANA name such as "Europe/Madrid", "America/New_York" or "UTC".`);
  const language = languageOption(text(given.language, "language", problem), problem);
  const questions = (value: unknown, path: string, fallback: readonly string[]) =>
    new Set((texts(value, path, problem) ?? fallback).map(fold));
  const settings: Settings = {
    ...(sessions ? { sessions } : {}),
    matchWords: match ? words(match) : [],
    ...(speaker ? { speaker: fold(speaker) } : {}),
    includeServiceSessions: given.includeServiceSessions === true,
    ...(timeZone ? { timeZone } : {}),
    formats: formatsOption(given.formats, problem),
    affiliationQuestions: questions(given.affiliationQuestion, "affiliationQuestion", DEFAULT_AFFILIATION_QUESTIONS),
    roleQuestions: questions(given.roleQuestion, "roleQuestion", DEFAULT_ROLE_QUESTIONS),
    event: eventOption(given.event, problem),
    ...(language ? { language } : {}),
  };
  if (issues.length) throw new ImportOptionsError(issues);
  return settings;
}
