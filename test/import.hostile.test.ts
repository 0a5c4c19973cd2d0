// @vitest-environment node
// Hostile programme exports (issue 20): exports that name one speaker or category thousands of
// times, or many long ones in every session, to make a draft thousands of times their size; keys
// that a plain object answers from its prototype; terminal escapes and bidi overrides in the texts
// the draft takes; and programmes as big as recap-kit reads.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { EXIT } from "../src/cli/run.js";
import { DRAFT_SIZE_ALLOWANCE, DRAFT_SIZE_FACTOR, exportSize } from "../src/import/draftSize.js";
import { fromSchedule, fromSessionize, type ImportResult, importProgramme } from "../src/import/index.js";
import { readOptions } from "../src/import/options.js";
import { draft, draftSessionsSize, type Programme } from "../src/import/programme.js";
import { MAX_ITEMS } from "../src/import/read.js";
import { readSchedule } from "../src/import/schedule.js";
import { readSessionize } from "../src/import/sessionize.js";
import { parseRecap } from "../src/parse/parseRecap.js";
import { cliSandbox } from "./support/cli.js";
import { categoryId, jsonSize, padded, scheduleExport, sessionizeExport, speakerId } from "./support/hostileExports.js";
import { sessionizeExport as fixture, importError, scheduleExport as scheduleFixture } from "./support/import.js";

const sandbox = cliSandbox("import-hostile");

/** The largest draft an export may make: the documented bound. */
const bound = (data: unknown) => DRAFT_SIZE_FACTOR * jsonSize(data) + DRAFT_SIZE_ALLOWANCE;
const draftSize = (result: ImportResult) => JSON.stringify(result.recap).length;
const speakerNames = (result: ImportResult, index = 0) => result.recap.sessions[index]?.speakers.map((speaker) => speaker.name);

describe("imports name what the export repeats once, and say so", () => {
  it("names a speaker the session lists 5,000 times once, with one warning at the first repeat", () => {
    const data = sessionizeExport({ speakerRefs: 5_000, size: 1_000 });
    const result = fromSessionize(data);
    expect(speakerNames(result)).toHaveLength(1);
    expect(result.warnings).toContainEqual({
      path: "sessions[0].speakers[1]",
      message: expect.stringMatching(/^The session names the speaker "Ann Lee 0 n+…" 5,000 times; the draft has it once\.$/),
    });
    expect(result.warnings.filter((warning) => warning.path.startsWith("sessions[0].speakers"))).toHaveLength(1);
    // Before: the speaker 5,000 times, a 15.7 MB Markdown draft from this 24 kB export.
    expect(draftSize(result)).toBeLessThan(10_000);
  });

  it("names each speaker of a panel once, in the order the export first names them, and lists what it repeats", () => {
    const data = sessionizeExport({ speakers: 5, speakerRefs: 0, size: 5 });
    data.sessions[0].speakers = [0, 1, 0, 2, 1, 0, 3, 3, 4].map(speakerId);
    const result = fromSessionize(data);
    expect(speakerNames(result)).toEqual(["Ann Lee 0 nnnnn", "Ann Lee 1 nnnnn", "Ann Lee 2 nnnnn", "Ann Lee 3 nnnnn", "Ann Lee 4 nnnnn"]);
    expect(result.warnings).toContainEqual({
      path: "sessions[0].speakers[2]",
      message:
        'The session names 3 speakers more than once ("Ann Lee 0 nnnnn" 3 times, "Ann Lee 1 nnnnn" twice, "Ann Lee 3 nnnnn" twice); the draft has each once.',
    });
  });

  it("never shows a byline that repeats a name: 'Ann Lee & Ann Lee & Ann Lee'", () => {
    const data = fixture();
    const [first] = data.sessions[1].speakers;
    data.sessions[1].speakers = [first, first, first];
    const recap = parseRecap(fromSessionize(data, { sessions: [String(data.sessions[1].id)] }).recap);
    expect(recap.sessions[0]?.speakers).toHaveLength(1);
  });

  it("takes a track the session lists 5,000 times once", () => {
    const result = fromSessionize(sessionizeExport({ categoryRefs: 5_000, size: 20 }));
    expect(result.recap.sessions[0]?.track).toBe(`Track 0 ${"t".repeat(20)}`);
    expect(result.warnings).toContainEqual({
      path: "sessions[0].categoryItems[1]",
      message: `The session names the category item "Track 0 ${"t".repeat(20)}" 5,000 times; the draft has it once.`,
    });
  });

  it("takes two tracks of one name once: the export's categories 'Track' and 'Tracks' both say 'Security'", () => {
    const data = sessionizeExport({ categories: 2, categoryRefs: 2, size: 0 });
    data.categories.push({ id: 2, title: "Tracks", items: [{ id: 9, name: "Track 0 " }] });
    data.sessions[0].categoryItems = [categoryId(0), 9, categoryId(1)];
    const result = fromSessionize(data);
    expect(result.recap.sessions[0]?.track).toBe("Track 0, Track 1");
    expect(result.warnings).toContainEqual({
      path: "sessions[0].categoryItems[1]",
      message: 'The session names the category item "Track 0" twice; the draft has it once.',
    });
  });

  it("names a pretalx speaker written out 2,000 times in one talk once", () => {
    const result = fromSchedule(scheduleExport({ personRefs: 2_000 }));
    expect(speakerNames(result)).toHaveLength(1);
    expect(result.warnings).toEqual([
      {
        path: 'schedule.conference.days[0].rooms["Saal 1"][0].persons[1]',
        message: expect.stringMatching(/^The session names the speaker "Ann Lee P0 n+" 2,000 times; the draft has it once\.$/),
      },
    ]);
  });

  it("keeps two pretalx speakers of one name with their own codes, and takes one without a code once by name", () => {
    const data = scheduleExport({ persons: 2, personRefs: 2, size: 0 });
    const persons = data.schedule.conference.days[0].rooms["Saal 1"][0].persons;
    persons[1].name = persons[0].name;
    persons.push({ name: "Bo Ng" }, { name: "Bo Ng" });
    expect(speakerNames(fromSchedule(data))).toEqual(["Ann Lee P0", "Ann Lee P0", "Bo Ng"]);
  });

  it("lists a link given 2,000 times, in links and attachments, once", () => {
    const data = scheduleExport({ linkRefs: 2_000 });
    const event = data.schedule.conference.days[0].rooms["Saal 1"][0];
    event.attachments = [event.links[0]];
    const result = fromSchedule(data);
    expect(result.recap.sessions[0]?.resources).toEqual([{ kind: "slides", url: event.links[0].url }]);
    expect(result.warnings).toEqual([
      {
        path: 'schedule.conference.days[0].rooms["Saal 1"][0].links[1]',
        message: expect.stringMatching(
          /^The session names the link "https:\/\/slides\.example\/0\/l+" 2,001 times; the draft has it once\.$/,
        ),
      },
    ]);
  });
});

describe("a draft is at most four times its export, plus 1 MB", () => {
  it.each([
    // Each names every one of 100 long speakers, or tracks, in each of 1,000 sessions: before, 104 MB and 31 MB of draft.
    [
      "1,000 sessions, each naming the same 100 speakers",
      () => sessionizeExport({ sessions: 1_000, speakers: 100, speakerRefs: 100, size: 300 }),
    ],
    [
      "1,000 sessions, each naming the same 100 tracks",
      () => sessionizeExport({ sessions: 1_000, categories: 100, categoryRefs: 100, size: 300 }),
    ],
    [
      "3,000 sessions, each naming one speaker of 3,000 characters",
      () => sessionizeExport({ sessions: 3_000, speakerRefs: 1, size: 1_000 }),
    ],
  ])("refuses %s with one problem that says how large the draft would be, and why", (_name, make) => {
    const data = make();
    const error = importError(() => importProgramme(data));
    expect(error.issues).toEqual([
      {
        path: "",
        message: expect.stringMatching(
          /^would make a draft of [\d.]+ MB, more than recap-kit makes from an export of [\d.]+ [kM]B: at most 4 times its size plus 1 MB, [\d.]+ MB\. The largest session, sessions\[\d+\], would be \d+ kB of it: its speakers, categories or links are too many or too long for a programme\. Check the export, or choose fewer sessions\.$/,
        ),
      },
    ]);
  });

  it("makes the draft of fewer of those sessions, as the message advises", () => {
    const data = sessionizeExport({ sessions: 1_000, speakers: 100, speakerRefs: 100, size: 300 });
    const result = importProgramme(data, { sessions: ["1", "2", "3"] });
    expect(result.recap.sessions).toHaveLength(3);
    expect(speakerNames(result)).toHaveLength(100);
    expect(draftSize(result)).toBeLessThanOrEqual(bound(data));
  });

  it.each([
    ["a speaker of 6 in every one of 2,000 sessions", 6],
    ["a panel of 10 in every one of 2,000 sessions", 10],
  ])("makes the draft of a real programme's shape at its most repetitive: %s", (_name, panel) => {
    // The fixture's own speakers, with their profiles, pictures and links, in every session; no
    // descriptions or biographies, which a real export has and the draft leaves out.
    const data = fixture();
    const template = data.sessions[1];
    const speakers = data.speakers.map((speaker: { id: string }) => speaker.id);
    data.sessions = Array.from({ length: 2_000 }, (_, index) => ({
      ...template,
      id: String(600_000 + index),
      description: null,
      speakers: Array.from({ length: panel }, (_, ref) => speakers[ref % speakers.length]),
    }));
    for (const speaker of data.speakers) speaker.bio = null;
    const result = importProgramme(data, { timeZone: "Europe/Madrid" });
    expect(result.recap.sessions).toHaveLength(2_000);
    expect(draftSize(result)).toBeGreaterThan(DRAFT_SIZE_ALLOWANCE);
    expect(draftSize(result)).toBeLessThan(3 * jsonSize(data));
  });

  it.each([
    ["a Sessionize export", () => sessionizeExport({ sessions: 200, speakers: 10, speakerRefs: 10, categories: 10, categoryRefs: 10 })],
    ["a schedule.json", () => scheduleExport({ sessions: 200, persons: 10, personRefs: 10, links: 10, linkRefs: 10 })],
  ])("makes a draft within the bound from %s that repeats nothing", (_name, make) => {
    const data = make();
    expect(draftSize(importProgramme(data))).toBeLessThanOrEqual(bound(data));
  });
});

describe("the draft's size, counted before it is made", () => {
  const shapes: Array<[string, () => Programme]> = [
    ["the Sessionize fixture", () => readSessionize(fixture(), readOptions({}))],
    ["the pretalx fixture", () => readSchedule(scheduleFixture(), readOptions({}))],
    [
      "sessions naming long speakers and tracks",
      () =>
        readSessionize(sessionizeExport({ sessions: 20, speakers: 5, speakerRefs: 5, categories: 5, categoryRefs: 5 }), readOptions({})),
    ],
    [
      "sessions with speakers and links",
      () => readSchedule(scheduleExport({ sessions: 20, persons: 5, personRefs: 5, links: 3, linkRefs: 3 }), readOptions({})),
    ],
  ];

  it.each(shapes)("is the size of the draft's sessions as JSON, or a few characters more, for %s", (_name, read) => {
    const programme = read();
    // Every session, service sessions too, so that the draft has all the programme's.
    const actual = JSON.stringify(draft(programme, readOptions({ includeServiceSessions: true }), {}).recap.sessions).length;
    const { size } = draftSessionsSize(programme.sessions);
    expect(size).toBeGreaterThanOrEqual(actual);
    expect(size).toBeLessThanOrEqual(actual + 4 * programme.sessions.length);
  });
});

describe("exportSize: the export's size as compact JSON", () => {
  it("is the size JSON.stringify gives, for the fixtures", () => {
    const data = fixture();
    expect(exportSize(data, Number.POSITIVE_INFINITY)).toBe(jsonSize(data));
  });

  it("stops counting at what it needs to know, even for a list of four billion holes", () => {
    const sparse = { sessions: new Array(4_000_000_000) };
    expect(exportSize(sparse, 1_000)).toBeGreaterThanOrEqual(1_000);
  });

  it("counts an export nested 10,000 levels deep, a cycle, a getter and a Proxy that throw, without throwing", () => {
    let deep: unknown = "x";
    for (let level = 0; level < 10_000; level++) deep = [deep];
    const cyclic: Record<string, unknown> = { title: "x" };
    cyclic.self = cyclic;
    const hostile = {
      deep,
      cyclic,
      get getter(): string {
        throw new Error("no");
      },
      proxy: new Proxy(
        {},
        {
          ownKeys() {
            throw new Error("no");
          },
        },
      ),
    };
    expect(exportSize(hostile, Number.POSITIVE_INFINITY)).toBeGreaterThan(20_000);
  });
});

// Keys a plain object answers from Object.prototype: as ids, types, names and titles anywhere.
const PROTOTYPE_KEYS = ["__proto__", "constructor", "toString", "hasOwnProperty", "valueOf", "isPrototypeOf", "prototype"];

describe.each(PROTOTYPE_KEYS)("the export's own words that are also Object.prototype's: %s", (key) => {
  // JSON.parse, as the command line reads an export: "__proto__" is an own key there.
  const fromJson = (value: unknown) => JSON.parse(JSON.stringify(value).replaceAll("KEY", key));

  it("as a pretalx link's type, event type, language, room, code, guid and person code", () => {
    const data = fromJson({
      schedule: {
        conference: {
          title: "KEY",
          rooms: [{ name: "KEY" }],
          days: [
            {
              date: "2025-04-23",
              rooms: {
                KEY: [
                  {
                    guid: "KEY",
                    code: "KEY",
                    id: 1,
                    title: "KEY",
                    date: "2025-04-23T10:00:00+02:00",
                    type: "KEY",
                    track: "KEY",
                    language: "KEY",
                    persons: [{ code: "KEY", name: "KEY" }],
                    links: [{ url: "https://example.org/KEY", title: "KEY", type: "KEY" }],
                  },
                ],
              },
            },
          ],
        },
      },
    });
    const result = importProgramme(data, { sessions: [key], formats: fromJson({ KEY: "panel" }) });
    expect(result.recap.sessions).toEqual([
      expect.objectContaining({
        title: key,
        code: key,
        format: "panel",
        track: key,
        speakers: [{ name: key }],
        resources: [{ kind: "other", url: `https://example.org/${key}`, label: key }],
      }),
    ]);
    expect(result.recap.event.name).toBe(key);
    expect(() => parseRecap(result.recap)).not.toThrow();
  });

  it("as Sessionize ids, category titles and names, questions, answers and link types", () => {
    const data = fromJson({
      sessions: [{ id: "KEY", title: "KEY", speakers: ["KEY"], categoryItems: ["KEY", "KEY-2"], roomId: "KEY" }],
      speakers: [
        {
          id: "KEY",
          fullName: "KEY",
          tagLine: "KEY",
          links: [{ linkType: "KEY", url: "https://example.org/KEY" }],
          questionAnswers: [{ questionId: "KEY", answerValue: "KEY" }],
        },
      ],
      questions: [{ id: "KEY", question: "KEY" }],
      categories: [
        { id: "KEY", title: "KEY", items: [{ id: "KEY", name: "KEY" }] },
        { id: "KEY-2", title: "Format", items: [{ id: "KEY-2", name: "KEY" }] },
      ],
      rooms: [{ id: "KEY", name: "KEY" }],
    });
    const result = importProgramme(data, { affiliationQuestion: key });
    expect(result.recap.sessions).toEqual([
      expect.objectContaining({
        title: key,
        format: "other",
        speakers: [{ name: key, affiliation: key, url: `https://example.org/${key}` }],
      }),
    ]);
    expect(result.warnings).toContainEqual(
      expect.objectContaining({ message: expect.stringContaining(`The format "${key}" is not one recap-kit knows`) }),
    );
  });

  it("as a pretalx language and format names of every kind, read from text", () => {
    const data = scheduleExport({ personRefs: 1 });
    const event = data.schedule.conference.days[0].rooms["Saal 1"][0];
    Object.assign(event, { type: key, language: key, track: key });
    event.links = [{ url: "https://example.org/x.pdf", title: key, type: key }];
    const result = fromSchedule(data);
    expect(result.recap.sessions[0]).toMatchObject({ format: "other", track: key, resources: [{ kind: "slides", label: key }] });
  });
});

const ESC = "\u001b";
const BEL = "\u0007";
const OSC8 = `${ESC}]8;;https://evil.example${BEL}`;
// What must never reach the draft: C0 but tab and line breaks, DEL, C1, bidi embeddings, overrides, isolates.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
const NOT_TEXT = /[\u0000-\u0008\u000e-\u001f\u007f-\u0084\u0086-\u009f\u202a-\u202e\u2066-\u2069]/;

describe("terminal escapes and bidi overrides in an export never reach the draft", () => {
  const sessionize = () => {
    const data = fixture();
    const session = data.sessions[1];
    session.title = `${OSC8}Platform${OSC8.replace("https://evil.example", "")} engineering ${ESC}[2J\u009b31m\u202eis a product`;
    const speaker = data.speakers.find((item: { id: string }) => item.id === session.speakers[0]);
    speaker.fullName = `Lucía\u202e\u2066 Fernández${ESC}[8m Ortega`;
    speaker.tagLine = `Principal Engineer at Acme${ESC}[5m Cloud`;
    speaker.profilePicture = `https://sessionize.com/image/${ESC}[31m.jpg`;
    return { data, id: String(session.id) };
  };

  it("leaves them out of Sessionize titles, names, roles and companies, with a warning naming each field", () => {
    const { data, id } = sessionize();
    const { recap, warnings } = fromSessionize(data, { sessions: [id] });
    const [session] = recap.sessions;
    expect(session?.title).toBe("]8;;https://evil.examplePlatform]8;; engineering [2J31mis a product");
    expect(session?.speakers[0]).toMatchObject({
      name: "Lucía Fernández[8m Ortega",
      role: "Principal Engineer",
      affiliation: "Acme[5m Cloud",
    });
    expect(session?.speakers[0]?.avatar).toBe("https://sessionize.com/image/%1B[31m.jpg");
    expect(JSON.stringify(recap)).not.toMatch(NOT_TEXT);
    expect(warnings).toContainEqual({
      path: "sessions[1].title",
      message:
        "has characters that are not text (U+001B, U+0007, U+009B, U+202E: control characters, which drive a terminal, bidi overrides, which reorder what follows them, or halves of a character); the draft leaves them out.",
    });
    expect(warnings.map((warning) => warning.path)).toEqual(
      expect.arrayContaining(["speakers[0].fullName", "speakers[0].tagLine", "speakers[0].profilePicture"]),
    );
    // Every message can be printed as it is: what it quotes is escaped.
    for (const warning of warnings) expect(`${warning.path}${warning.message}`).not.toMatch(NOT_TEXT);
  });

  it("leaves them out of a company answered to a question, with the answer's path", () => {
    const data = fixture();
    const speaker = data.speakers[0];
    data.questions = [{ id: 7, question: "Company" }];
    speaker.questionAnswers = [{ questionId: 7, answerValue: `Acme${ESC}]0;pwned${BEL}` }];
    const { recap, warnings } = fromSessionize(data);
    const named = recap.sessions.flatMap((session) => session.speakers).find((person) => person.name === "Lucía Fernández Ortega");
    expect(named?.affiliation).toBe("Acme]0;pwned");
    expect(warnings).toContainEqual(expect.objectContaining({ path: "speakers[0].questionAnswers[0].answerValue" }));
  });

  it("leaves them out of a track, warned once at the category item's name", () => {
    const data = fixture();
    data.categories[1].items[0].name = `Platform${ESC}[31m`;
    const { recap, warnings } = fromSessionize(data);
    expect(recap.sessions.map((session) => session.track)).toContain("Platform[31m");
    expect(warnings.filter((warning) => warning.path === "categories[1].items[0].name")).toHaveLength(1);
  });

  it("leaves them out of pretalx titles, codes, tracks, speakers, link labels and the event's name", () => {
    const data = scheduleExport({ personRefs: 1, linkRefs: 1 });
    const conference = data.schedule.conference;
    const event = conference.days[0].rooms["Saal 1"][0];
    conference.title = `Datenfest${ESC}[2J`;
    Object.assign(event, { title: `Talk${OSC8}`, code: `S0\u0085X${ESC}`, track: `Data\u2067` });
    event.persons[0].name = `Ann\u009b Lee`;
    event.links[0].title = `My deck${BEL}`;
    event.links[0].url = `https://slides.example/${ESC}]8;;x`;
    const { recap, warnings } = fromSchedule(data);
    expect(JSON.stringify(recap)).not.toMatch(NOT_TEXT);
    expect(recap.event.name).toBe("Datenfest[2J");
    expect(recap.sessions[0]).toMatchObject({
      title: "Talk]8;;https://evil.example",
      code: "S0 X",
      track: "Data",
      speakers: [{ name: "Ann Lee" }],
      resources: [{ kind: "slides", label: "My deck", url: "https://slides.example/%1B]8;;x" }],
    });
    const at = 'schedule.conference.days[0].rooms["Saal 1"][0]';
    expect(warnings.map((warning) => warning.path)).toEqual(
      expect.arrayContaining([
        "schedule.conference.title",
        `${at}.title`,
        `${at}.code`,
        `${at}.track`,
        `${at}.persons[0].name`,
        `${at}.links[0].title`,
        `${at}.links[0].url`,
      ]),
    );
  });

  it("writes line breaks and tabs in one-line texts as spaces, keeps right-to-left marks, and says nothing of them", () => {
    const data = scheduleExport({ personRefs: 1 });
    const event = data.schedule.conference.days[0].rooms["Saal 1"][0];
    event.title = "Two\r\nlines\tand\u2028more";
    event.persons[0].name = "\u200fسارة\u200f";
    const { recap, warnings } = fromSchedule(data);
    expect(recap.sessions[0]?.title).toBe("Two lines and more");
    expect(recap.sessions[0]?.speakers[0]?.name).toBe("\u200fسارة\u200f");
    expect(warnings).toEqual([]);
  });

  it("leaves out half of a character (a lone surrogate), which no file can hold, and says so", () => {
    const data = scheduleExport();
    data.schedule.conference.days[0].rooms["Saal 1"][0].title = "Emoji \ud83d and \ude00 halves";
    const { recap, warnings } = fromSchedule(data);
    expect(recap.sessions[0]?.title).toBe("Emoji  and  halves");
    expect(warnings).toEqual([
      {
        path: 'schedule.conference.days[0].rooms["Saal 1"][0].title',
        message: expect.stringContaining("(U+D83D, U+DE00: control characters"),
      },
    ]);
  });

  it("refuses a title that is nothing but control characters, as a title that is missing", () => {
    const data = scheduleExport();
    data.schedule.conference.days[0].rooms["Saal 1"][0].title = `${ESC}${BEL}`;
    expect(importError(() => fromSchedule(data)).issues).toEqual([
      {
        path: 'schedule.conference.days[0].rooms["Saal 1"][0].title',
        message: "has nothing but characters that are not text. Every session needs a title.",
      },
    ]);
  });

  it("shortens a room's name of 100,000 characters in the path of every session in it", () => {
    const data = scheduleExport({ sessions: 100, linkRefs: 1 });
    const room = padded("Saal ", 100_000);
    const rooms = data.schedule.conference.days[0].rooms;
    rooms[room] = rooms["Saal 1"];
    delete rooms["Saal 1"];
    for (const event of rooms[room]) event.links[0].url = "ftp://example.org/x";
    const { warnings } = fromSchedule(data);
    expect(warnings).toHaveLength(100);
    for (const warning of warnings) expect(warning.path.length).toBeLessThan(200);
  });
});

describe("programmes as big as recap-kit reads never overflow the stack", () => {
  const manySessionize = (count: number) => ({
    sessions: Array.from({ length: count }, (_, index) => ({ id: String(index), title: `Session ${index}`, speakers: ["s"] })),
    speakers: [{ id: "s", fullName: "Ann Lee" }],
  });
  /** `count` sessions in ten rooms, so that no room's list alone is too long. */
  const manySchedule = (count: number) => {
    const data = scheduleExport({ sessions: count, personRefs: 1 });
    const rooms = data.schedule.conference.days[0].rooms;
    const events = rooms["Saal 1"];
    for (let room = 0; room < 10; room++) rooms[`Saal ${room + 1}`] = events.slice((room * count) / 10, ((room + 1) * count) / 10);
    return data;
  };

  it.each([
    ["Sessionize", () => manySessionize(50_000), "sessions"],
    ["pretalx", () => manySchedule(50_000), "schedule.conference.days"],
  ])("refuses 50,000 sessions from %s with one clear problem, not a RangeError", (_name, make, path) => {
    const data = make();
    const sessions = Array.from({ length: 50_000 }, (_, index) => String(index));
    expect(importError(() => importProgramme(data, { sessions })).issues).toEqual([
      { path, message: expect.stringMatching(/more than the 10,000 (sessions )?recap-kit reads\. Is this the right file\?$/) },
    ]);
  });

  it.each([
    ["Sessionize", () => manySessionize(MAX_ITEMS), (index: number) => String(index)],
    ["pretalx", () => manySchedule(MAX_ITEMS), (index: number) => `S${index}`],
  ])("imports the most sessions recap-kit reads from %s, every one chosen by its id", (_name, make, id) => {
    const data = make();
    const sessions = Array.from({ length: MAX_ITEMS }, (_, index) => id(index));
    const result = importProgramme(data, { sessions });
    expect(result.recap.sessions).toHaveLength(MAX_ITEMS);
  });

  it("imports a session with the most speakers and links recap-kit reads, each with a warning", () => {
    const data = scheduleExport({ persons: MAX_ITEMS, personRefs: MAX_ITEMS, links: MAX_ITEMS, linkRefs: MAX_ITEMS, size: 1 });
    const event = data.schedule.conference.days[0].rooms["Saal 1"][0];
    for (const person of event.persons) person.avatar = `ftp://example.org/${person.code}`;
    const result = fromSchedule(data);
    expect(result.recap.sessions[0]?.speakers).toHaveLength(MAX_ITEMS);
    expect(result.recap.sessions[0]?.resources).toHaveLength(MAX_ITEMS);
    expect(result.warnings).toHaveLength(MAX_ITEMS);
  });
});

describe("recap-kit import with a hostile export", () => {
  const { cli, write } = sandbox;
  // Anything but the tab and the line feed: ESC, BEL, CSI, the bidi overrides and isolates.
  // biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
  const TERMINAL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

  it("writes a draft to standard output without a terminal escape, and names each field it cleaned on standard error", async () => {
    const data = scheduleExport({ personRefs: 1, linkRefs: 1 });
    const event = data.schedule.conference.days[0].rooms["Saal 1"][0];
    event.title = `${OSC8}click me${ESC}]8;;${BEL} ${ESC}[2J${ESC}]0;pwned${BEL}\u009b31m\u202eevil`;
    event.persons[0].name = `Ann${ESC}[8m Lee`;
    event.links[0].url = `https://slides.example/${ESC}]8;;`;
    event.type = `Talk${ESC}[31m`;
    write("schedule.json", JSON.stringify(data));
    for (const output of [[], ["-o", "-"], ["-o", "/dev/stdout"]]) {
      const result = await cli(["import", "schedule.json", ...output]);
      expect(result.code).toBe(EXIT.ok);
      expect(result.stdout).toContain("]8;;https://evil.exampleclick me]8;; [2J]0;pwned31mevil");
      expect(result.stdout).not.toMatch(TERMINAL);
      expect(result.stderr).not.toMatch(TERMINAL);
      expect(result.stderr).toContain('schedule.conference.days[0].rooms["Saal 1"][0].title: has characters that are not text');
      expect(result.stderr).toContain(
        'schedule.conference.days[0].rooms["Saal 1"][0].persons[0].name: has a character that is not text (U+001B',
      );
    }
  });

  it("refuses an export that would make a draft of 36 times its size, writing nothing", async () => {
    write("programme.json", JSON.stringify(sessionizeExport({ sessions: 200, speakers: 20, speakerRefs: 20, size: 600 })));
    const result = await cli(["import", "programme.json", "-o", "draft.md"]);
    expect(result.code).toBe(EXIT.invalidDocument);
    expect(result.stderr).toMatch(
      /^recap-kit: programme\.json is not a programme export recap-kit can import \(1 problem\):\n {2}- \(document\): would make a draft of 7\.8 MB, more than recap-kit makes from an export of 217 kB: at most 4 times its size plus 1 MB, 1\.9 MB\. The largest session, sessions\[99\], would be 39 kB of it: /,
    );
    expect(existsSync(join(sandbox.dir, "draft.md"))).toBe(false);
  });

  it("imports the most sessions it reads, chosen one by one with --sessions, as JSON", async () => {
    const data = sessionizeExport({ sessions: MAX_ITEMS, speakerRefs: 1 });
    write("programme.json", JSON.stringify(data));
    const ids = data.sessions.map((session: { id: string }) => session.id).join(",");
    const result = await cli(["import", "programme.json", "--sessions", ids, "-o", "draft.json"]);
    expect(result.code).toBe(EXIT.ok);
    expect(JSON.parse(readFileSync(join(sandbox.dir, "draft.json"), "utf8")).sessions).toHaveLength(MAX_ITEMS);
  });

  it("refuses 50,000 sessions with exit code 4 and one line, never an internal error", async () => {
    const data = sessionizeExport({ sessions: 50_000, speakerRefs: 1 });
    write("programme.json", JSON.stringify(data));
    const result = await cli(["import", "programme.json", "--sessions", "1,2,3", "-o", "draft.json"]);
    expect(result.code).toBe(EXIT.invalidDocument);
    expect(result.stderr).toContain("  - sessions: has 50,000 sessions, more than the 10,000 recap-kit reads. Is this the right file?");
  });
});
