import type { Person, Resource, SessionFormat } from "../model/types.js";
import { type CategoryKind, categoryKind } from "./categories.js";
import { ImportError, type KeyedWarning } from "./errors.js";
import { fold } from "./fold.js";
import { sessionFormat } from "./formats.js";
import { languageTag } from "./language.js";
import { imageAddress, linkAddress } from "./links.js";
import { type ImportOptions, readOptions, type Settings } from "./options.js";
import {
  draft,
  type ImportResult,
  type Programme,
  type ProgrammeSession,
  type ProgrammeSpeaker,
  programmeSpeaker,
  type Track,
  track,
} from "./programme.js";
import { at, type Fields, isAbsent, quote, Reader, shortened, UNREADABLE } from "./read.js";
import { Repeats } from "./repeats.js";
import { readTagline } from "./tagline.js";
import { draftText, escapedAddress } from "./text.js";
import { readStart } from "./times.js";

interface CategoryItem {
  /** Its kind and name: items with the same are one, for a session that names both. Made once, so that comparing it costs nothing per reference. */
  key: string;
  name: string;
  kind: CategoryKind;
  path: string;
  /** Its place among all items: categories in order, items in order. */
  order: number;
  /** As a track, with its size in the draft. */
  track: Track;
  /** About its name (what in it is not text), for the sessions in it. */
  warnings: KeyedWarning[];
}

interface Room {
  order: number;
}

/** Reads a list field of an object: `undefined` when it is absent, an empty list when it is not a list (a problem). */
function listField(reader: Reader, object: Fields, key: string, path: string, what: string): readonly unknown[] | undefined {
  const value = reader.get(object, key, path);
  if (value === UNREADABLE) return [];
  if (isAbsent(value)) return undefined;
  return reader.list(value, at(path, key), what) ?? [];
}

/**
 * Reads the items of a list that have an id, reporting an id used twice. An item that has an id
 * but problems of its own is still known by it (as `undefined`), so that what refers to it is not
 * reported again.
 */
function byId<T>(
  reader: Reader,
  list: readonly unknown[],
  path: string,
  what: string,
  read: (item: Fields, path: string, id: string, index: number) => T | undefined,
): Map<string, T | undefined> {
  const found = new Map<string, T | undefined>();
  const firstAt = new Map<string, string>();
  reader.each(list, path, (value, here, index) => {
    const item = reader.object(value, here, what);
    if (!item) return;
    const id = reader.id(reader.get(item, "id", here), at(here, "id"), `Every ${what} in a Sessionize export has one.`);
    if (id === undefined) return;
    const first = firstAt.get(id);
    if (first !== undefined) {
      reader.problem(
        at(here, "id"),
        `${quote(id)} is already the id of ${first}. Each ${what} needs its own id: is this two exports in one file?`,
      );
      return;
    }
    firstAt.set(id, here);
    found.set(id, read(item, here, id, index));
  });
  return found;
}

function readCategories(reader: Reader, categories: readonly unknown[]): Map<string, CategoryItem> {
  const items = new Map<string, CategoryItem>();
  const firstAt = new Map<string, string>();
  let order = 0;
  reader.each(categories, "categories", (value, path) => {
    const category = reader.object(value, path, "a category");
    if (!category) return;
    const title = reader.optionalText(reader.get(category, "title", path), at(path, "title")) ?? "";
    const kind = categoryKind(title);
    reader.each(listField(reader, category, "items", path, "category items") ?? [], at(path, "items"), (raw, here) => {
      const item = reader.object(raw, here, "a category item");
      if (!item) return;
      const id = reader.id(reader.get(item, "id", here), at(here, "id"), "Sessions name their categories by these ids.");
      const warnings: KeyedWarning[] = [];
      const name = reader.requiredText(reader.get(item, "name", here), at(here, "name"), "A category item needs a name.", warnings);
      if (id === undefined || name === undefined) return;
      const first = firstAt.get(id);
      if (first !== undefined)
        reader.problem(at(here, "id"), `${quote(id)} is already the id of ${first}. Each category item needs its own id.`);
      else {
        firstAt.set(id, here);
        items.set(id, { key: `${kind} ${name}`, name, kind, path: here, order: order++, track: track(name), warnings });
      }
    });
  });
  return items;
}

function readQuestions(reader: Reader, root: Fields): Map<string, string | undefined> {
  const list = listField(reader, root, "questions", "", "questions") ?? [];
  return byId(reader, list, "questions", "question", (item, path) => {
    const question = reader.optionalText(reader.get(item, "question", path), at(path, "question"));
    return question === undefined ? undefined : fold(question);
  });
}

/** An answer to a question, and where it is. */
interface Answer {
  text: string;
  path: string;
}

/** A speaker's answers, by the question's folded text. */
function answers(reader: Reader, speaker: Fields, path: string, questions: Map<string, string | undefined>): Map<string, Answer> {
  const found = new Map<string, Answer>();
  reader.each(listField(reader, speaker, "questionAnswers", path, "answers") ?? [], at(path, "questionAnswers"), (value, here) => {
    const answer = reader.object(value, here, "an answer");
    if (!answer) return;
    // The All view names the question by id; the Speakers view writes it out.
    const written = reader.optionalText(reader.get(answer, "question", here), at(here, "question"));
    const rawId = reader.get(answer, "questionId", here);
    const id = isAbsent(rawId) ? undefined : reader.id(rawId, at(here, "questionId"), "");
    const question = written === undefined ? (id === undefined ? undefined : questions.get(id)) : fold(written);
    const answerValue = reader.optionalText(reader.get(answer, "answerValue", here), at(here, "answerValue"));
    const text = answerValue ?? reader.optionalText(reader.get(answer, "answer", here), at(here, "answer"));
    if (question !== undefined && text !== undefined && !found.has(question))
      found.set(question, { text, path: at(here, answerValue === undefined ? "answer" : "answerValue") });
  });
  return found;
}

/** The answer to the first of `questions` the speaker answered, as the draft takes it. */
function answerTo(questions: ReadonlySet<string>, given: Map<string, Answer>, warnings: KeyedWarning[]): string | undefined {
  for (const [question, answer] of given) if (questions.has(question)) return draftText(answer.text, answer.path, warnings);
  return undefined;
}

/** A speaker's profile page: their first own link (a company's website is not a profile). */
function profile(reader: Reader, speaker: Fields, path: string, warnings: KeyedWarning[]): string | undefined {
  let url: string | undefined;
  reader.each(listField(reader, speaker, "links", path, "links") ?? [], at(path, "links"), (value, here) => {
    const link = reader.object(value, here, "a link");
    if (!link || url !== undefined) return;
    const type = reader.optionalText(reader.get(link, "linkType", here), at(here, "linkType"));
    const raw = reader.optionalText(reader.get(link, "url", here), at(here, "url"));
    if (raw === undefined || (type !== undefined && fold(type) === "company website")) return;
    url = linkAddress(raw);
    if (url === undefined)
      warnings.push({
        key: `link ${here}`,
        path: at(here, "url"),
        message: `${quote(raw)} is not a web address recap-kit links to, so it is left out.`,
      });
    else escapedAddress(raw, at(here, "url"), warnings);
  });
  return url;
}

function readSpeaker(
  reader: Reader,
  speaker: Fields,
  path: string,
  settings: Settings,
  questions: Map<string, string | undefined>,
): ProgrammeSpeaker | undefined {
  const warnings: KeyedWarning[] = [];
  const full = reader.optionalText(reader.get(speaker, "fullName", path), at(path, "fullName"), warnings);
  const first = reader.optionalText(reader.get(speaker, "firstName", path), at(path, "firstName"));
  const last = reader.optionalText(reader.get(speaker, "lastName", path), at(path, "lastName"));
  const part = (text: string | undefined, key: string) => (text === undefined ? undefined : draftText(text, at(path, key), warnings));
  const name = full ?? ([part(first, "firstName"), part(last, "lastName")].filter(Boolean).join(" ") || undefined);
  if (name === undefined) return reader.problem(at(path, "fullName"), "is missing. Every speaker needs a name.");
  const person: Person = { name };
  const given = answers(reader, speaker, path, questions);
  const tagline = reader.optionalText(reader.get(speaker, "tagLine", path), at(path, "tagLine"), warnings);
  const reading = tagline === undefined ? undefined : readTagline(tagline);
  const answeredAffiliation = answerTo(settings.affiliationQuestions, given, warnings);
  const answeredRole = answerTo(settings.roleQuestions, given, warnings);
  const affiliation = answeredAffiliation ?? reading?.affiliation;
  const role = answeredRole ?? reading?.role;
  if (affiliation !== undefined) person.affiliation = affiliation;
  if (role !== undefined) person.role = role;
  const guessed: string[] = [];
  if (reading && answeredAffiliation === undefined) guessed.push(`affiliation "${reading.affiliation}"`);
  if (reading && answeredRole === undefined) guessed.push(`role "${reading.role}"`);
  if (reading && guessed.length)
    warnings.push({
      key: `speaker ${path}`,
      path: at(path, "tagLine"),
      message: `${shortened(name)}'s ${guessed.join(" and ")} ${guessed.length > 1 ? "were" : "was"} read from the tagline ${quote(tagline ?? "")} (${reading.form}): check ${guessed.length > 1 ? "them" : "it"} in the draft.`,
    });
  else if (affiliation === undefined && tagline !== undefined)
    warnings.push({
      key: `speaker ${path}`,
      path: at(path, "tagLine"),
      message: `${shortened(name)} has no affiliation: the tagline ${quote(tagline)} does not name one in a form recap-kit reads (Role at Company, Role @ Company, Role, Company). Add it to the draft if there is one.`,
    });
  const picture = reader.optionalText(reader.get(speaker, "profilePicture", path), at(path, "profilePicture"));
  const avatar = picture === undefined ? undefined : imageAddress(picture);
  if (picture !== undefined && avatar === undefined)
    warnings.push({
      key: `avatar ${path}`,
      path: at(path, "profilePicture"),
      message: `${quote(picture)} is not a web address of a picture, so ${shortened(name)} has initials instead.`,
    });
  else if (picture !== undefined) escapedAddress(picture, at(path, "profilePicture"), warnings);
  const url = profile(reader, speaker, path, warnings);
  if (url !== undefined) person.url = url;
  if (avatar !== undefined) person.avatar = avatar;
  return programmeSpeaker(person, warnings);
}

function readRooms(reader: Reader, list: readonly unknown[]): Map<string, Room | undefined> {
  return byId(reader, list, "rooms", "room", (item, path, _id, index) => {
    const sort = reader.get(item, "sort", path);
    return { order: typeof sort === "number" && Number.isFinite(sort) ? sort : index };
  });
}

/** Ids in a list of references: "9f2c…", 8101, or { "id": … } as some views write them. */
function references(reader: Reader, object: Fields, key: string, path: string, what: string): Array<{ id: string; path: string }> {
  const found: Array<{ id: string; path: string }> = [];
  reader.each(listField(reader, object, key, path, what) ?? [], at(path, key), (value, here) => {
    const raw = value !== null && typeof value === "object" && !Array.isArray(value) ? reader.get(value as Fields, "id", here) : value;
    const id = reader.id(raw, here, `Sessions name their ${what} by id.`);
    if (id !== undefined) found.push({ id, path: here });
  });
  return found;
}

/** What sessions refer to by id. A list the export does not have at all is `undefined`: that is said once, not for every reference. */
interface Lookups {
  speakers?: Map<string, ProgrammeSpeaker | undefined>;
  categories?: Map<string, CategoryItem>;
  rooms?: Map<string, Room | undefined>;
  /** The lists that are absent and referred to. */
  missing: Set<"speakers" | "categories" | "rooms">;
}

/** What `id` names in `list`: `undefined` when it is not there (reported at `path`), or when its list is absent (noted once). */
function lookUp<T>(
  reader: Reader,
  lookups: Lookups,
  list: "speakers" | "categories" | "rooms",
  id: string,
  path: string,
  message: string,
): T | undefined {
  const found = lookups[list] as Map<string, T | undefined> | undefined;
  if (!found) {
    lookups.missing.add(list);
    return undefined;
  }
  if (!found.has(id)) reader.problem(path, message);
  return found.get(id);
}

function readCategorised(reader: Reader, session: Fields, path: string, lookups: Lookups, settings: Settings) {
  const items: CategoryItem[] = [];
  const warnings: KeyedWarning[] = [];
  // An item named twice, or two items of one kind with one name ("Security" as a track twice), count once.
  const repeats = new Repeats();
  for (const ref of references(reader, session, "categoryItems", path, "category items")) {
    const message = `${quote(ref.id)} is not an item of any category in this export. Export the All view again: is the file complete?`;
    const item = lookUp<CategoryItem>(reader, lookups, "categories", ref.id, ref.path, message);
    if (item && repeats.first(item.key, item.name, ref.path)) items.push(item);
  }
  const repeated = repeats.warning(at(path, "categoryItems"), "category item", "category items");
  if (repeated) warnings.push(repeated);
  items.sort((a, b) => a.order - b.order);
  const formats = items.filter((item) => item.kind === "format");
  let format: SessionFormat | undefined;
  const [named] = formats;
  if (named) {
    const read = sessionFormat(named.name, named.path, settings.formats);
    format = read.format;
    if (read.warning) warnings.push(read.warning);
    if (formats.length > 1)
      warnings.push({
        key: `formats ${path}`,
        path: at(path, "categoryItems"),
        message: `The session has ${formats.length} formats (${formats
          .slice(0, 3)
          .map((item) => quote(item.name))
          .join(", ")}${formats.length > 3 ? " …" : ""}); the draft takes the first.`,
      });
  }
  const tracks = items.filter((item) => item.kind === "track");
  for (const item of tracks) for (const warning of item.warnings) warnings.push(warning);
  const languages = new Set(items.filter((item) => item.kind === "language").map((item) => languageTag(item.name)));
  const [language] = languages;
  return { format, tracks: tracks.map((item) => item.track), language: languages.size === 1 ? language : undefined, warnings };
}

function readSession(
  reader: Reader,
  session: Fields,
  path: string,
  id: string,
  index: number,
  lookups: Lookups,
  settings: Settings,
): ProgrammeSession | undefined {
  const warnings: KeyedWarning[] = [];
  const title = reader.requiredText(reader.get(session, "title", path), at(path, "title"), "Every session needs a title.", warnings);
  const startsAt = reader.optionalText(reader.get(session, "startsAt", path), at(path, "startsAt"));
  const time = startsAt === undefined ? undefined : readStart(startsAt, at(path, "startsAt"), settings.timeZone, reader);
  const speakers: ProgrammeSpeaker[] = [];
  const repeats = new Repeats();
  for (const ref of references(reader, session, "speakers", path, "speakers")) {
    const message = `${quote(ref.id)} is not the id of any speaker in this export. Export the All view again: is the file complete?`;
    const speaker = lookUp<ProgrammeSpeaker>(reader, lookups, "speakers", ref.id, ref.path, message);
    if (speaker && repeats.first(ref.id, speaker.person.name, ref.path)) speakers.push(speaker);
  }
  const repeated = repeats.warning(at(path, "speakers"), "speaker", "speakers");
  if (repeated) warnings.push(repeated);
  const { format, tracks, language, warnings: categorised } = readCategorised(reader, session, path, lookups, settings);
  for (const warning of categorised) warnings.push(warning);
  if (time?.warning) warnings.push(time.warning);
  const rawRoom = reader.get(session, "roomId", path);
  const roomId = isAbsent(rawRoom) ? undefined : reader.id(rawRoom, at(path, "roomId"), "");
  const room =
    roomId === undefined
      ? undefined
      : lookUp<Room>(reader, lookups, "rooms", roomId, at(path, "roomId"), `${quote(roomId)} is not the id of any room in this export.`);
  const resources: Resource[] = [];
  const recording = reader.optionalText(reader.get(session, "recordingUrl", path), at(path, "recordingUrl"));
  if (recording !== undefined) {
    const url = linkAddress(recording);
    if (url) {
      resources.push({ kind: "recording", url });
      escapedAddress(recording, at(path, "recordingUrl"), warnings);
    } else
      warnings.push({
        key: `recording ${path}`,
        path: at(path, "recordingUrl"),
        message: `${quote(recording)} is not a web address recap-kit links to, so the recording is left out.`,
      });
  }
  const service = reader.flag(reader.get(session, "isServiceSession", path), at(path, "isServiceSession"));
  const plenum = reader.flag(reader.get(session, "isPlenumSession", path), at(path, "isPlenumSession"));
  if (title === undefined) return undefined;
  return {
    path,
    handles: [id.toLowerCase()],
    title,
    ...(time ? { date: time.date } : {}),
    timeDropped: time?.timeDropped ?? false,
    start: time?.start ?? Number.POSITIVE_INFINITY,
    // A plenum session is in every room: it comes before the rooms' own sessions of the same time.
    room: plenum ? Number.NEGATIVE_INFINITY : (room?.order ?? Number.POSITIVE_INFINITY),
    order: index,
    speakers,
    tracks,
    ...(format !== undefined ? { format } : {}),
    ...(language !== undefined ? { language } : {}),
    resources,
    service,
    warnings,
  };
}

/** Reads a Sessionize export (All view) into a programme, or throws an ImportError listing every problem. */
export function readSessionize(data: unknown, settings: Settings): Programme {
  const reader = new Reader();
  const root = reader.object(data, "", "a Sessionize programme (the API's All view: sessions, speakers, categories, rooms)");
  if (!root) throw new ImportError(reader.issues);
  const sessionList = listField(reader, root, "sessions", "", "sessions");
  if (!sessionList) reader.problem("sessions", "is missing. A Sessionize export (the All view) lists its sessions.");
  const speakerList = listField(reader, root, "speakers", "", "speakers");
  const roomList = listField(reader, root, "rooms", "", "rooms");
  const categoryList = listField(reader, root, "categories", "", "categories");
  const questions = readQuestions(reader, root);
  const lookups: Lookups = {
    ...(speakerList
      ? { speakers: byId(reader, speakerList, "speakers", "speaker", (item, path) => readSpeaker(reader, item, path, settings, questions)) }
      : {}),
    ...(categoryList ? { categories: readCategories(reader, categoryList) } : {}),
    ...(roomList ? { rooms: readRooms(reader, roomList) } : {}),
    missing: new Set(),
  };
  const sessions = byId(reader, sessionList ?? [], "sessions", "session", (item, path, id, index) =>
    readSession(reader, item, path, id, index, lookups, settings),
  );
  for (const list of (["speakers", "categories", "rooms"] as const).filter((name) => lookups.missing.has(name)))
    reader.problem(
      list,
      `is missing, but the sessions refer to ${list}. Sessionize's Sessions view has none: export the All view, which has sessions, speakers, categories and rooms.`,
    );
  if (reader.issues.length) throw new ImportError(reader.issues);
  const all = [...sessions.values()].filter((session) => session !== undefined);
  const days = all.flatMap((session) => (session.date ? [session.date.slice(0, 10)] : [])).sort();
  return {
    format: "sessionize",
    sessionsPath: "sessions",
    event: days.length ? { startDate: days[0], endDate: days[days.length - 1] } : {},
    sessions: all,
    warnings: [],
  };
}

/**
 * A Recap draft from a Sessionize export: the API's "All" view (`https://sessionize.com/api/v2/<id>/view/All`).
 *
 * @throws {ImportError} listing every problem of the export, each with its path.
 * @throws {ImportOptionsError} when an option is wrong.
 */
export function fromSessionize(data: unknown, options: ImportOptions = {}): ImportResult {
  const settings = readOptions(options);
  return draft(readSessionize(data, settings), settings, data);
}
