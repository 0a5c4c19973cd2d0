import { formatIssues } from "../model/errors.js";
import {
  type EventDocument as Event,
  eventTitle,
  type Person,
  type RecapDocument as Recap,
  type Resource,
  type SessionDocument as Session,
  type SessionFormat,
} from "../model/types.js";
import { safeValidateRecap } from "../model/validateRecap.js";
import { checkDraftSize } from "./draftSize.js";
import { ImportError, ImportOptionsError, type ImportWarning, type KeyedWarning } from "./errors.js";
import { fold } from "./fold.js";
import type { Settings } from "./options.js";
import { quote } from "./read.js";
import { TODO_TEXT } from "./todo.js";

/** The programme systems recap-kit imports from. `pretalx` covers frab and every tool that writes the same schedule.json. */
export type ProgrammeFormat = "sessionize" | "pretalx";

/** A speaker as the draft will name them, with what was guessed about them. */
export interface ProgrammeSpeaker {
  person: Person;
  /** The person's size in the draft, as JSON: a speaker of many sessions is in the draft many times. */
  size: number;
  warnings: KeyedWarning[];
}

/** A speaker as the draft will name them, with their size in it. */
export function programmeSpeaker(person: Person, warnings: KeyedWarning[]): ProgrammeSpeaker {
  return { person, size: JSON.stringify(person).length, warnings };
}

/** A track a session is in, with the size of its name in the draft. */
export interface Track {
  name: string;
  size: number;
}

/** A track, with its size in the draft. */
export function track(name: string): Track {
  return { name, size: JSON.stringify(name).length - 2 };
}

/** One session of the programme, read from either format. */
export interface ProgrammeSession {
  /** Where it is in the export: `sessions[3]`. */
  path: string;
  /** Ids and codes a writer may choose it by, in lower case. */
  handles: string[];
  title: string;
  code?: string | undefined;
  date?: string | undefined;
  /** True when the export gave a time that the draft could not keep (Sessionize without a time zone). */
  timeDropped: boolean;
  /** Where it is in the programme: its start (milliseconds; `Infinity` when unscheduled), its room's place, its place in the export. */
  start: number;
  room: number;
  order: number;
  /** Each once: a speaker named twice by the export is named once here, with a warning. */
  speakers: ProgrammeSpeaker[];
  /** Each once, in the programme's order; the draft's track is their names joined. */
  tracks: Track[];
  format?: SessionFormat | undefined;
  resources: Resource[];
  /** A break, lunch, registration …: left out unless asked for. */
  service: boolean;
  language?: string | undefined;
  warnings: KeyedWarning[];
}

/** A whole programme, read and checked. */
export interface Programme {
  format: ProgrammeFormat;
  /** Where the sessions are in the export, for an error about a session it does not have. */
  sessionsPath: string;
  event: Partial<Event>;
  sessions: ProgrammeSession[];
  /** About the programme as a whole (its name, its address). */
  warnings: KeyedWarning[];
}

/** A Recap draft and what the writer should check in it. */
export interface ImportResult {
  /** A Recap document (plain JSON) that `parseRecap` accepts, its summaries and takeaways marked as to-dos. */
  recap: Recap;
  /** What was guessed, left out or not found, each with its path in the export. */
  warnings: ImportWarning[];
}

function chosen(programme: Programme, settings: Settings): ProgrammeSession[] {
  const wanted = settings.sessions && new Set(settings.sessions.map((handle) => handle.toLowerCase()));
  if (wanted) {
    const known = new Set(programme.sessions.flatMap((session) => session.handles));
    const missing = settings.sessions?.filter((handle) => !known.has(handle.toLowerCase())) ?? [];
    if (missing.length)
      throw new ImportError(
        missing.map((handle) => ({
          path: programme.sessionsPath,
          message: `has no session with the id or code ${quote(handle)}. Check the number or code in the session's address on the programme.`,
        })),
      );
  }
  // A speaker of many sessions is folded once.
  const names = new Map<ProgrammeSpeaker, string>();
  const folded = (speaker: ProgrammeSpeaker) => {
    const known = names.get(speaker);
    if (known !== undefined) return known;
    const name = fold(speaker.person.name);
    names.set(speaker, name);
    return name;
  };
  return programme.sessions.filter((session) => {
    if (wanted) {
      if (!session.handles.some((handle) => wanted.has(handle))) return false;
    } else if (session.service && !settings.includeServiceSessions) return false;
    const title = fold(session.title);
    if (!settings.matchWords.every((word) => title.includes(word))) return false;
    const speaker = settings.speaker;
    return speaker === undefined || session.speakers.some((named) => folded(named).includes(speaker));
  });
}

function programmeOrder(a: ProgrammeSession, b: ProgrammeSession): number {
  if (a.start !== b.start) return a.start < b.start ? -1 : 1;
  return a.room - b.room || a.order - b.order;
}

function draftSession(session: ProgrammeSession): Session {
  return {
    title: session.title,
    ...(session.code !== undefined ? { code: session.code } : {}),
    ...(session.date !== undefined ? { date: session.date } : {}),
    speakers: session.speakers.map(({ person }) => person),
    ...(session.tracks.length ? { track: session.tracks.map((track) => track.name).join(", ") } : {}),
    ...(session.format !== undefined ? { format: session.format } : {}),
    summary: TODO_TEXT.summary,
    takeaways: [TODO_TEXT.takeaway],
    ...(session.resources.length ? { resources: session.resources } : {}),
  };
}

function draftEvent(programme: Programme, settings: Settings): Event {
  const event: Event = { name: TODO_TEXT.eventName };
  for (const key of ["name", "edition", "startDate", "endDate", "location", "url"] as const) {
    const value = settings.event[key] ?? programme.event[key];
    if (value !== undefined) event[key] = value;
  }
  if (event.startDate && event.endDate && event.endDate.slice(0, 10) < event.startDate.slice(0, 10)) {
    const which = settings.event.endDate ? "endDate" : "startDate";
    throw new ImportOptionsError([
      { path: `event.${which}`, message: `makes the event end (${event.endDate}) before it starts (${event.startDate}).` },
    ]);
  }
  return event;
}

/** Every warning once, in the order the draft first needs it. */
function unique(warnings: KeyedWarning[]): ImportWarning[] {
  const seen = new Set<string>();
  return warnings.flatMap(({ key, path, message }) => {
    if (seen.has(key)) return [];
    seen.add(key);
    return [{ path, message }];
  });
}

/**
 * A draft without sessions is no draft: written over a file, it would lose what was there. So a
 * choice that matches nothing is an error that says what was asked, and nothing is made.
 */
function refuseEmpty(programme: Programme, settings: Settings): never {
  if (!programme.sessions.length)
    throw new ImportError([
      { path: programme.sessionsPath, message: "has no sessions, so there is nothing to draft a recap from. Is this the right export?" },
    ]);
  const asked = [
    settings.matchWords.length ? `with the words ${quote(settings.matchWords.join(" "))} in the title` : "",
    settings.speaker !== undefined ? `by a speaker named ${quote(settings.speaker)}` : "",
  ].filter(Boolean);
  const services = !settings.includeServiceSessions && programme.sessions.every((session) => session.service);
  throw new ImportError([
    {
      path: programme.sessionsPath,
      message: services
        ? "has only breaks and other service sessions, which are left out: include them with includeServiceSessions (--include-service-sessions on the command line)."
        : `has no session ${asked.join(" and ")}, so there is no draft to make, and nothing is written. Check the words or the speaker's name (case and accents do not count).`,
    },
  ]);
}

function programmeWarnings(programme: Programme, sessions: ProgrammeSession[]): KeyedWarning[] {
  const warnings: KeyedWarning[] = [];
  if (sessions.some((session) => session.timeDropped)) {
    const why =
      programme.format === "sessionize"
        ? "Sessionize gives local times without their offset from UTC"
        : "This schedule gives times without their offset from UTC, and no time zone recap-kit knows";
    warnings.push({
      key: "time zone",
      path: "",
      message: `${why}, so the draft keeps each session's date only. To keep the times, give the event's time zone: timeZone: "Europe/Madrid" (--time-zone Europe/Madrid on the command line).`,
    });
  }
  return warnings;
}

/** The language all the chosen sessions are given in, when they agree. */
function sessionsLanguage(sessions: ProgrammeSession[]): string | undefined {
  const languages = new Set(sessions.map((session) => session.language));
  const [only] = languages;
  return languages.size === 1 ? only : undefined;
}

/**
 * A session's size in the draft as JSON, without making it: what the session shares with others
 * (its speakers, its tracks) is counted from their sizes, so that this takes time in proportion to
 * the export, whatever the draft's size would be.
 */
function sessionSize(session: ProgrammeSession): number {
  let size = JSON.stringify(draftSession({ ...session, speakers: [], tracks: [] })).length;
  for (const speaker of session.speakers) size += speaker.size + 1;
  if (session.tracks.length) size += ',"track":""'.length;
  for (const track of session.tracks) size += track.size + 2;
  return size;
}

/**
 * The size of the draft's sessions as JSON, a few characters over at most, without making them,
 * and the largest of them (its path in the export).
 */
export function draftSessionsSize(sessions: readonly ProgrammeSession[]): { size: number; largest: { path: string; size: number } } {
  let size = 2;
  let largest = { path: "", size: 0 };
  for (const session of sessions) {
    const own = sessionSize(session);
    size += own + 1;
    if (own > largest.size) largest = { path: session.path, size: own };
  }
  return { size, largest };
}

/**
 * Turns a programme into a Recap draft: the chosen sessions in programme order, each with its
 * summary and takeaways marked as to-dos, and every warning once. `data` is the export the
 * programme was read from, which bounds the draft's size.
 *
 * @throws {ImportError} when the draft would be more than `DRAFT_SIZE_FACTOR` times the export.
 */
export function draft(programme: Programme, settings: Settings, data: unknown): ImportResult {
  const sessions = chosen(programme, settings).sort(programmeOrder);
  if (!sessions.length) refuseEmpty(programme, settings);
  const event = draftEvent(programme, settings);
  // Before any of the draft is made: see DRAFT_SIZE_FACTOR.
  const { size, largest } = draftSessionsSize(sessions);
  checkDraftSize(data, size, largest);
  const warnings: KeyedWarning[] = [];
  // One by one, never spread into a call: a programme's lists are too long for the stack.
  const add = (list: readonly KeyedWarning[]) => {
    for (const warning of list) warnings.push(warning);
  };
  for (const session of sessions) {
    add(session.warnings);
    for (const speaker of session.speakers) add(speaker.warnings);
  }
  add(programme.warnings);
  add(programmeWarnings(programme, sessions));
  let language = settings.language;
  if (language === undefined) {
    language = sessionsLanguage(sessions);
    if (language !== undefined)
      warnings.push({
        key: "language",
        path: "",
        message: `The draft's language is "${language}", the language of all its sessions. If you write the recap in another language, change its language (labels and dates follow it).`,
      });
  }
  const named = settings.event.name !== undefined || programme.event.name !== undefined;
  const recap: Recap = {
    title: TODO_TEXT.title(named ? eventTitle(event) : "the event"),
    ...(language !== undefined ? { language } : {}),
    event,
    intro: TODO_TEXT.intro,
    sessions: sessions.map(draftSession),
  };
  const check = safeValidateRecap(recap);
  if (!check.ok)
    throw new Error(`recap-kit made an import draft that is not a valid recap. Please report this bug:\n${formatIssues(check.issues)}`);
  return { recap, warnings: unique(warnings) };
}
