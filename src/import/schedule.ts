import { isIsoDate } from "../model/isoDate.js";
import type { Person, Resource, SessionFormat } from "../model/types.js";
import type { KeyedWarning } from "./errors.js";
import { ImportError } from "./errors.js";
import { words } from "./fold.js";
import { sessionFormat } from "./formats.js";
import { languageTag } from "./language.js";
import { baseAddress, imageAddress, linkAddress, resourceKind, resourceLabel } from "./links.js";
import { type ImportOptions, readOptions, type Settings } from "./options.js";
import {
  draft,
  type ImportResult,
  type Programme,
  type ProgrammeSession,
  type ProgrammeSpeaker,
  programmeSpeaker,
  track,
} from "./programme.js";
import { at, type Fields, isAbsent, MAX_ITEMS, quote, Reader, shortened } from "./read.js";
import { Repeats } from "./repeats.js";
import { escapedAddress } from "./text.js";
import { readStart } from "./times.js";
import { isTimeZone } from "./timeZone.js";

// Titles and types of what is not a session: pretalx leaves breaks out of its export, but frab and
// other tools that write schedule.json list them as events without speakers.
const BREAK_WORDS = new Set([
  "break",
  "coffee",
  "lunch",
  "dinner",
  "breakfast",
  "registration",
  "pause",
  "kaffeepause",
  "mittagspause",
  "mittagessen",
  "kaffee",
  "anmeldung",
  "dejeuner",
  "cafe",
  "almuerzo",
  "comida",
  "descanso",
  "registro",
  "pauze",
  "lunchpauze",
  "koffiepauze",
  "休憩",
  "昼食",
  "ランチ",
]);

function looksLikeBreak(...texts: Array<string | undefined>): boolean {
  return texts.some((text) => text !== undefined && words(text).some((word) => BREAK_WORDS.has(word)));
}

interface Context {
  reader: Reader;
  settings: Settings;
  /** The address every relative one in the schedule is relative to. */
  base: string | undefined;
  /** The time zone for a date-time without offset. */
  zone: string | undefined;
  /** Each room's place in the programme, by name. */
  rooms: Map<string, number>;
  /** The sessions' codes, guids and ids met so far, with where: to find one used twice. */
  handles: Map<string, string>;
}

/** A text of the export; with `warnings`, one the draft takes (without what is not text, said there). */
function text(context: Context, object: Fields, key: string, path: string, warnings?: KeyedWarning[]): string | undefined {
  return context.reader.optionalText(context.reader.get(object, key, path), at(path, key), warnings);
}

function list(context: Context, object: Fields, key: string, path: string, what: string): readonly unknown[] {
  const value = context.reader.get(object, key, path);
  if (isAbsent(value)) return [];
  return context.reader.list(value, at(path, key), what) ?? [];
}

/** A speaker of a session, and who they are: their code or guid, else their name. */
function readPerson(context: Context, value: unknown, path: string): { speaker: ProgrammeSpeaker; who: string } | undefined {
  const { reader } = context;
  const person = reader.object(value, path, "a speaker");
  if (!person) return undefined;
  const warnings: KeyedWarning[] = [];
  // pretalx writes name (and public_name, deprecated); frab wrote public_name only.
  const name = text(context, person, "name", path, warnings) ?? text(context, person, "public_name", path, warnings);
  if (name === undefined) return reader.problem(at(path, "name"), "is missing, and so is public_name. Every speaker needs a name.");
  const result: Person = { name };
  // A person in several talks is warned about once.
  const who = text(context, person, "code", path) ?? text(context, person, "guid", path) ?? name;
  const rawUrl = text(context, person, "url", path);
  const url = rawUrl === undefined ? undefined : linkAddress(rawUrl, context.base);
  if (rawUrl !== undefined && url === undefined)
    warnings.push({
      key: `url ${who}`,
      path: at(path, "url"),
      message: `${quote(rawUrl)} is not a web address recap-kit links to, so ${shortened(name)} has no profile link.`,
    });
  else if (rawUrl !== undefined) escapedAddress(rawUrl, at(path, "url"), warnings);
  const rawAvatar = text(context, person, "avatar", path);
  const avatar = rawAvatar === undefined ? undefined : imageAddress(rawAvatar, context.base);
  if (rawAvatar !== undefined && avatar === undefined)
    warnings.push({
      key: `avatar ${who}`,
      path: at(path, "avatar"),
      message: `${quote(rawAvatar)} is not a web address of a picture, so ${shortened(name)} has initials instead.`,
    });
  else if (rawAvatar !== undefined) escapedAddress(rawAvatar, at(path, "avatar"), warnings);
  if (url !== undefined) result.url = url;
  if (avatar !== undefined) result.avatar = avatar;
  return { speaker: programmeSpeaker(result, warnings), who };
}

function readLinks(context: Context, event: Fields, path: string, doNotRecord: boolean, warnings: KeyedWarning[]): Resource[] {
  const { reader } = context;
  const resources: Resource[] = [];
  // One address given twice (in links and again in attachments, say) is one resource.
  const repeats = new Repeats();
  for (const key of ["links", "attachments"]) {
    reader.each(list(context, event, key, path, key), at(path, key), (value, here) => {
      const link = reader.object(value, here, "a link (url and title)");
      if (!link) return;
      const raw = reader.requiredText(reader.get(link, "url", here), at(here, "url"), "A link needs its address.");
      const title = text(context, link, "title", here, warnings);
      const type = text(context, link, "type", here);
      if (raw === undefined) return;
      const url = linkAddress(raw, context.base);
      if (url === undefined) {
        warnings.push({
          key: `link ${here}`,
          path: at(here, "url"),
          message: `${quote(raw)} is not a web address recap-kit links to, so it is left out.`,
        });
        return;
      }
      const kind = resourceKind(url, title, type);
      if (kind === "recording" && doNotRecord) {
        warnings.push({
          key: `link ${here}`,
          path: at(here, "url"),
          message: `${quote(raw)} looks like a recording, but the talk is marked do_not_record, so it is left out. Add it to the draft if the speakers agreed to it.`,
        });
        return;
      }
      if (!repeats.first(url, url, here)) return;
      escapedAddress(raw, at(here, "url"), warnings);
      const label = resourceLabel(title, raw);
      resources.push(label === undefined ? { kind, url } : { kind, url, label });
    });
  }
  const repeated = repeats.warning(path, "link", "links");
  if (repeated) warnings.push(repeated);
  return resources;
}

function claim(context: Context, handle: string, path: string, what: string): void {
  const key = `${what} ${handle.toLowerCase()}`;
  const first = context.handles.get(key);
  if (first !== undefined)
    context.reader.problem(
      path,
      `${quote(handle)} is already the ${what} of ${first}. Each session needs its own: is this two exports in one file?`,
    );
  else context.handles.set(key, path.replace(/\.\w+$/, ""));
}

function readEvent(context: Context, value: unknown, path: string, roomName: string, order: number): ProgrammeSession | undefined {
  const { reader, settings } = context;
  const event = reader.object(value, path, "a session");
  if (!event) return undefined;
  const handles: string[] = [];
  for (const key of ["code", "guid", "id"]) {
    const raw = reader.get(event, key, path);
    if (isAbsent(raw)) continue;
    const handle = reader.id(raw, at(path, key), "");
    if (handle === undefined) continue;
    claim(context, handle, at(path, key), key);
    handles.push(handle.toLowerCase());
  }
  if (!handles.length) reader.problem(path, "has no guid, code or id. Every session of a schedule.json has them; is the file complete?");
  const warnings: KeyedWarning[] = [];
  const title = reader.requiredText(reader.get(event, "title", path), at(path, "title"), "Every session needs a title.", warnings);
  const code = text(context, event, "code", path, warnings);
  const date = text(context, event, "date", path);
  const start = text(context, event, "start", path);
  if (date === undefined)
    reader.problem(
      at(path, "date"),
      start === undefined
        ? "is missing. Every session of a schedule.json has its date and time."
        : `is missing, so the start ${quote(start)} is a time without a date: the session cannot be placed on a day of the programme.`,
    );
  const time = date === undefined ? undefined : readStart(date, at(path, "date"), context.zone, reader);
  const doNotRecord = reader.flag(reader.get(event, "do_not_record", path), at(path, "do_not_record"));
  if (time?.warning) warnings.push(time.warning);
  const speakers: ProgrammeSpeaker[] = [];
  const repeats = new Repeats();
  reader.each(list(context, event, "persons", path, "speakers"), at(path, "persons"), (person, here) => {
    const read = readPerson(context, person, here);
    if (read && repeats.first(read.who, read.speaker.person.name, here)) speakers.push(read.speaker);
  });
  const repeated = repeats.warning(at(path, "persons"), "speaker", "speakers");
  if (repeated) warnings.push(repeated);
  const type = text(context, event, "type", path);
  let format: SessionFormat | undefined;
  if (type !== undefined) {
    const read = sessionFormat(type, at(path, "type"), settings.formats);
    format = read.format;
    if (read.warning) warnings.push(read.warning);
  }
  const trackName = text(context, event, "track", path, warnings);
  const language = text(context, event, "language", path);
  const resources = readLinks(context, event, path, doNotRecord, warnings);
  if (title === undefined) return undefined;
  return {
    path,
    handles,
    title,
    ...(code !== undefined ? { code } : {}),
    ...(time ? { date: time.date } : {}),
    timeDropped: time?.timeDropped ?? false,
    start: time?.start ?? Number.POSITIVE_INFINITY,
    room: context.rooms.get(roomName) ?? context.rooms.size,
    order,
    speakers,
    tracks: trackName === undefined ? [] : [track(trackName)],
    ...(format !== undefined ? { format } : {}),
    ...(language !== undefined && languageTag(language) ? { language: languageTag(language) } : {}),
    resources,
    service: speakers.length === 0 && looksLikeBreak(type, title),
    warnings,
  };
}

/** The conference's rooms in their order: the list of rooms, else the order the days name them in. */
function roomOrder(context: Context, conference: Fields): Map<string, number> {
  const rooms = new Map<string, number>();
  context.reader.each(list(context, conference, "rooms", "schedule.conference", "rooms"), "schedule.conference.rooms", (value, path) => {
    const room = value !== null && typeof value === "object" && !Array.isArray(value) ? (value as Fields) : undefined;
    const name = room ? text(context, room, "name", path) : undefined;
    if (name !== undefined && !rooms.has(name)) rooms.set(name, rooms.size);
  });
  return rooms;
}

function conferenceDate(context: Context, conference: Fields, key: string): string | undefined {
  const value = text(context, conference, key, "schedule.conference");
  if (value === undefined) return undefined;
  if (isIsoDate(value.slice(0, 10))) return value.slice(0, 10);
  return context.reader.problem(at("schedule.conference", key), `${quote(value)} is not a date. A schedule.json writes it as 2025-04-23.`);
}

/** Reads a pretalx or frab schedule.json into a programme, or throws an ImportError listing every problem. */
export function readSchedule(data: unknown, settings: Settings): Programme {
  const reader = new Reader();
  const root = reader.object(data, "", "a schedule.json from pretalx or frab (with schedule.conference.days)");
  const schedule = root && reader.object(reader.get(root, "schedule", ""), "schedule", "the schedule (with its conference)");
  const conference =
    schedule && reader.object(reader.get(schedule, "conference", "schedule"), "schedule.conference", "the conference (with its days)");
  if (!schedule || !conference) throw new ImportError(reader.issues);
  const context: Context = { reader, settings, base: undefined, zone: undefined, rooms: new Map(), handles: new Map() };
  context.base = baseAddress(text(context, schedule, "base_url", "schedule") ?? text(context, schedule, "url", "schedule"));
  const timeZoneName = text(context, conference, "time_zone_name", "schedule.conference");
  // One the zone database does not know is as good as none: such dates keep their day only, with a warning.
  context.zone = settings.timeZone ?? (timeZoneName !== undefined && isTimeZone(timeZoneName) ? timeZoneName : undefined);
  context.rooms = roomOrder(context, conference);
  const daysValue = reader.get(conference, "days", "schedule.conference");
  const days =
    daysValue === undefined || daysValue === null
      ? (reader.problem("schedule.conference.days", "is missing. A schedule.json lists its sessions by day: is the file complete?") ?? [])
      : (reader.list(daysValue, "schedule.conference.days", "days") ?? []);
  // The lists first, so that a file too big to be a programme is said at once, without reading it.
  const rooms: Array<{ name: string; path: string; events: readonly unknown[] }> = [];
  let count = 0;
  reader.each(days, "schedule.conference.days", (value, dayPath) => {
    const day = reader.object(value, dayPath, "a day (with its rooms)");
    const dayRooms = day && reader.object(reader.get(day, "rooms", dayPath), at(dayPath, "rooms"), "the day's rooms and their sessions");
    if (!dayRooms) return;
    for (const name of Object.keys(dayRooms)) {
      if (count > MAX_ITEMS) return;
      const path = at(at(dayPath, "rooms"), name);
      const events = reader.list(reader.get(dayRooms, name, at(dayPath, "rooms")), path, "sessions") ?? [];
      count += events.length;
      rooms.push({ name, path, events });
    }
  });
  if (count > MAX_ITEMS)
    throw new ImportError([
      {
        path: "schedule.conference.days",
        message: `has more than the ${MAX_ITEMS.toLocaleString("en")} sessions recap-kit reads. Is this the right file?`,
      },
    ]);
  const sessions: ProgrammeSession[] = [];
  for (const { name, path, events } of rooms) {
    if (!context.rooms.has(name)) context.rooms.set(name, context.rooms.size);
    reader.each(events, path, (event, eventPath) => {
      const session = readEvent(context, event, eventPath, name, sessions.length);
      if (session) sessions.push(session);
    });
  }
  if (reader.issues.length) throw new ImportError(reader.issues);
  const scheduledDays = sessions.flatMap((session) => (session.date ? [session.date.slice(0, 10)] : [])).sort();
  const warnings: KeyedWarning[] = [];
  const name = text(context, conference, "title", "schedule.conference", warnings);
  const conferenceUrl = text(context, conference, "url", "schedule.conference");
  const url = conferenceUrl ?? text(context, schedule, "url", "schedule");
  const startDate = conferenceDate(context, conference, "start") ?? scheduledDays[0];
  const endDate = conferenceDate(context, conference, "end") ?? scheduledDays[scheduledDays.length - 1];
  if (reader.issues.length) throw new ImportError(reader.issues);
  const link = url === undefined ? undefined : linkAddress(url);
  if (url !== undefined && link !== undefined)
    escapedAddress(url, conferenceUrl === undefined ? "schedule.url" : "schedule.conference.url", warnings);
  return {
    format: "pretalx",
    sessionsPath: "schedule.conference.days",
    event: {
      ...(name !== undefined ? { name } : {}),
      ...(startDate !== undefined ? { startDate } : {}),
      ...(endDate !== undefined && (startDate === undefined || endDate >= startDate) ? { endDate } : {}),
      ...(link !== undefined ? { url: link } : {}),
    },
    sessions,
    warnings,
  };
}

/**
 * A Recap draft from a pretalx `schedule.json` (`https://pretalx.example.org/<event>/schedule/export/schedule.json`),
 * or from frab and the other tools that write the same format.
 *
 * @throws {ImportError} listing every problem of the export, each with its path.
 * @throws {ImportOptionsError} when an option is wrong.
 */
export function fromSchedule(data: unknown, options: ImportOptions = {}): ImportResult {
  const settings = readOptions(options);
  return draft(readSchedule(data, settings), settings, data);
}
