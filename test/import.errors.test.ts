// @vitest-environment node
import { describe, expect, it } from "vitest";
import {
  detectFormat,
  fromSchedule,
  fromSessionize,
  ImportOptionsError,
  importProgramme,
  parseProgrammeText,
} from "../src/import/index.js";
import { type Export, importError, scheduleExport, sessionizeExport } from "./support/import.js";

/** The issues of the ImportError a call throws. */
function issues(call: () => unknown): Array<{ path: string; message: string }> {
  return [...importError(call).issues];
}

describe("a Sessionize export that cannot become a draft", () => {
  const broken = (change: (data: Export) => void) => {
    const data = sessionizeExport();
    change(data);
    return issues(() => fromSessionize(data));
  };

  it("is not an object", () => {
    expect(issues(() => fromSessionize("sessions"))).toEqual([
      {
        path: "",
        message:
          "must be an object describing a Sessionize programme (the API's All view: sessions, speakers, categories, rooms), but it is text.",
      },
    ]);
  });

  it("has no speakers, or no rooms: the Sessions view, not the All view; said once, not for every session", () => {
    expect(
      broken((data) => {
        delete data.speakers;
        data.rooms = null;
      }),
    ).toEqual([
      {
        path: "speakers",
        message:
          "is missing, but the sessions refer to speakers. Sessionize's Sessions view has none: export the All view, which has sessions, speakers, categories and rooms.",
      },
      { path: "rooms", message: expect.stringContaining("is missing, but the sessions refer to rooms.") },
    ]);
  });

  it("has no categories, and no session that refers to one: nothing is missing", () => {
    const data = sessionizeExport();
    delete data.categories;
    for (const session of data.sessions) session.categoryItems = [];
    expect(fromSessionize(data).recap.sessions.every((session) => session.format === undefined)).toBe(true);
  });

  it("has sessions that are not a list", () => {
    expect(
      broken((data) => {
        data.sessions = { 501223: {} };
      }),
    ).toEqual([{ path: "sessions", message: "must be a list of sessions, but it is an object." }]);
  });

  it("has a session without an id, and a speaker without one", () => {
    expect(
      broken((data) => {
        delete data.sessions[3].id;
        data.speakers[2].id = null;
      }),
    ).toEqual([
      { path: "speakers[2].id", message: "is missing. Every speaker in a Sessionize export has one." },
      { path: "sessions[3].id", message: "is missing. Every session in a Sessionize export has one." },
      // Aisha has no id now, so the session that names her names no one.
      {
        path: "sessions[4].speakers[1]",
        message: expect.stringContaining('"c81e5a3f-9d04-4b6e-a2f7-3e9c1d6b8f23" is not the id of any speaker'),
      },
    ]);
  });

  it("has the same session id twice, and the same speaker id twice", () => {
    expect(
      broken((data) => {
        data.sessions[5].id = "501223";
        data.speakers[6].id = data.speakers[0].id;
      }),
    ).toEqual([
      {
        path: "speakers[6].id",
        message:
          '"6f1c2b7e-3a44-4c1e-9b1a-1f5d2c9e7a01" is already the id of speakers[0]. Each speaker needs its own id: is this two exports in one file?',
      },
      {
        path: "sessions[5].id",
        message: '"501223" is already the id of sessions[1]. Each session needs its own id: is this two exports in one file?',
      },
      // Kenji's entry has Lucía's id now, so his own id names no one.
      {
        path: "sessions[8].speakers[1]",
        message: expect.stringContaining('"9c3f6a2e-1b7d-4f84-a9c0-2e5d8b4f6c67" is not the id of any speaker'),
      },
    ]);
  });

  it("names a speaker, a category item and a room it does not define", () => {
    expect(
      broken((data) => {
        data.sessions[1].speakers.push("00000000-0000-0000-0000-000000000000");
        data.sessions[1].categoryItems.push(99999);
        data.sessions[1].roomId = 42;
      }),
    ).toEqual([
      {
        path: "sessions[1].speakers[1]",
        message:
          '"00000000-0000-0000-0000-000000000000" is not the id of any speaker in this export. Export the All view again: is the file complete?',
      },
      { path: "sessions[1].categoryItems[4]", message: expect.stringContaining('"99999" is not an item of any category') },
      { path: "sessions[1].roomId", message: '"42" is not the id of any room in this export.' },
    ]);
  });

  it("has a time without a date, and a date that is no date", () => {
    expect(
      broken((data) => {
        data.sessions[1].startsAt = "09:15";
        data.sessions[4].startsAt = "26/10/2024 10:30";
        data.sessions[5].startsAt = "2024-02-30T10:00:00";
      }),
    ).toEqual([
      {
        path: "sessions[1].startsAt",
        message: '"09:15" is a time without a date, so the session cannot be placed on a day of the programme.',
      },
      { path: "sessions[4].startsAt", message: expect.stringContaining('"26/10/2024 10:30" is not a date and time') },
      { path: "sessions[5].startsAt", message: expect.stringContaining('"2024-02-30T10:00:00" is not a date and time') },
    ]);
  });

  it("has a session without a title, a speaker without a name, and values of the wrong kind", () => {
    expect(
      broken((data) => {
        data.sessions[2].title = "  ";
        data.speakers[6].fullName = null;
        data.sessions[1].recordingUrl = 42;
        data.sessions[1].isServiceSession = "no";
      }),
    ).toEqual([
      { path: "speakers[6].fullName", message: "is missing. Every speaker needs a name." },
      { path: "sessions[1].recordingUrl", message: "must be text, but it is the number 42." },
      { path: "sessions[1].isServiceSession", message: "must be true or false, but it is text." },
      { path: "sessions[2].title", message: "is empty. Every session needs a title." },
    ]);
  });

  it("is too big to be a programme", () => {
    expect(
      broken((data) => {
        data.sessions = Array.from({ length: 10_001 }, (_, index) => ({ ...data.sessions[1], id: String(index) }));
      }),
    ).toEqual([{ path: "sessions", message: "has 10,001 sessions, more than the 10,000 recap-kit reads. Is this the right file?" }]);
  });

  it("has a value behind a getter that throws", () => {
    const data = sessionizeExport();
    Object.defineProperty(data.sessions[1], "title", {
      get() {
        throw new Error("no access");
      },
    });
    expect(issues(() => fromSessionize(data))).toEqual([{ path: "sessions[1].title", message: "could not be read (no access)." }]);
  });

  it("says all of it in one message, path first, one line each", () => {
    const data = sessionizeExport();
    data.sessions[1].startsAt = "09:15";
    data.sessions[2].title = "";
    expect(() => fromSessionize(data)).toThrow(
      'This programme export has 2 problems:\n- sessions[1].startsAt: "09:15" is a time without a date, so the session cannot be placed on a day of the programme.\n- sessions[2].title: is empty. Every session needs a title.',
    );
  });
});

describe("a schedule.json that cannot become a draft", () => {
  const event = (day: number, room: string, index: number) => `schedule.conference.days[${day}].rooms["${room}"][${index}]`;
  const broken = (change: (data: Export) => void) => {
    const data = scheduleExport();
    change(data);
    return issues(() => fromSchedule(data));
  };

  it("has no schedule, or no conference in it", () => {
    expect(issues(() => fromSchedule({ version: "1" }))).toEqual([
      { path: "schedule", message: "is missing. It should be an object describing the schedule (with its conference)." },
    ]);
    expect(issues(() => fromSchedule({ schedule: { conference: [] } }))).toEqual([
      { path: "schedule.conference", message: "must be an object describing the conference (with its days), but it is a list." },
    ]);
  });

  it("has no days: cut short", () => {
    expect(
      broken((data) => {
        delete data.schedule.conference.days;
      }),
    ).toEqual([
      { path: "schedule.conference.days", message: "is missing. A schedule.json lists its sessions by day: is the file complete?" },
    ]);
  });

  it("has a start time without a date, and a session without any date", () => {
    expect(
      broken((data) => {
        delete data.schedule.conference.days[0].rooms["Saal 1"][0].date;
        const second = data.schedule.conference.days[0].rooms["Saal 2"][0];
        delete second.date;
        delete second.start;
      }),
    ).toEqual([
      {
        path: `${event(0, "Saal 1", 0)}.date`,
        message: 'is missing, so the start "09:00" is a time without a date: the session cannot be placed on a day of the programme.',
      },
      { path: `${event(0, "Saal 2", 0)}.date`, message: "is missing. Every session of a schedule.json has its date and time." },
    ]);
  });

  it("has the same code twice, and a session without guid, code or id", () => {
    expect(
      broken((data) => {
        data.schedule.conference.days[1].rooms["Saal 2"][0].code = "GQ7HZL";
        const anonymous = data.schedule.conference.days[1].rooms["Saal 1"][0];
        delete anonymous.guid;
        delete anonymous.code;
        delete anonymous.id;
      }),
    ).toEqual([
      { path: event(1, "Saal 1", 0), message: "has no guid, code or id. Every session of a schedule.json has them; is the file complete?" },
      {
        path: `${event(1, "Saal 2", 0)}.code`,
        message: `"GQ7HZL" is already the code of ${event(0, "Saal 1", 0)}. Each session needs its own: is this two exports in one file?`,
      },
    ]);
  });

  it("has a speaker without a name, and persons that are not a list", () => {
    expect(
      broken((data) => {
        data.schedule.conference.days[0].rooms["Saal 2"][0].persons[1] = { code: "QW4E5R", biography: "…" };
        data.schedule.conference.days[0].rooms.Werkstatt[0].persons = "Mehmet";
      }),
    ).toEqual([
      { path: `${event(0, "Saal 2", 0)}.persons[1].name`, message: "is missing, and so is public_name. Every speaker needs a name." },
      { path: "schedule.conference.days[0].rooms.Werkstatt[0].persons", message: "must be a list of speakers, but it is text." },
    ]);
  });

  it("has more sessions than any programme", () => {
    expect(
      broken((data) => {
        const talk = data.schedule.conference.days[0].rooms["Saal 1"][0];
        data.schedule.conference.days = Array.from({ length: 3 }, () => ({
          rooms: { A: Array.from({ length: 4000 }, () => talk) },
        }));
      }),
    ).toEqual([
      { path: "schedule.conference.days", message: "has more than the 10,000 sessions recap-kit reads. Is this the right file?" },
    ]);
  });
});

describe("importProgramme", () => {
  it("detects the format from the data, and reports it with the draft, its warnings and its to-dos", () => {
    const sessionize = importProgramme(sessionizeExport(), { sessions: ["501223"], timeZone: "Europe/Madrid" });
    expect(sessionize.format).toBe("sessionize");
    expect(sessionize.recap.sessions.map((session) => session.title)).toEqual(["Platform engineering is a product, not a project"]);
    expect(sessionize.todos).toEqual([
      { path: "title", text: "TODO: our highlights from the event" },
      { path: "event.name", text: "TODO: the event's name" },
      { path: "intro", text: "TODO: why you went, and what this recap covers." },
      { path: "sessions[0].summary", text: "TODO: what was this session about?" },
      { path: "sessions[0].takeaways[0]", text: "TODO: what did you take away?" },
    ]);
    expect(importProgramme(scheduleExport()).format).toBe("pretalx");
  });

  it("reads the format it is told, and says what is wrong when the data is not that format", () => {
    expect(issues(() => importProgramme(scheduleExport(), { from: "sessionize" }))[0]).toEqual({
      path: "sessions",
      message: "is missing. A Sessionize export (the All view) lists its sessions.",
    });
  });

  it("says in one sentence what a file that is neither format is, and what to export instead", () => {
    const message = (data: unknown) => issues(() => importProgramme(data))[0]?.message;
    expect(message({ name: "not a programme" })).toBe(
      "is neither a Sessionize export (the API's All view, https://sessionize.com/api/v2/<id>/view/All) nor a schedule.json from pretalx or frab (…/schedule/export/schedule.json).",
    );
    expect(message([{ groupId: null, groupName: "All", sessions: [] }])).toContain("Sessionize's Sessions view");
    expect(message([{ date: "2024-10-26T00:00:00", rooms: [], timeSlots: [] }])).toContain("Sessionize's schedule grid");
    expect(message([{ id: "x", fullName: "Jane" }])).toContain("Sessionize's Speakers view");
    expect(message({ count: 2, next: null, results: [] })).toContain("a page of pretalx's API");
    expect(message({ conference: { days: [] } })).toContain('no "schedule" around it');
    expect(message(null)).toMatch(/^is neither/);
    expect(message(42)).toMatch(/^is neither/);
    expect(() => importProgramme([])).toThrow(/^This file has 1 problem:\n- \(document\): is a list, not a Sessionize export/);
  });

  it("detects nothing in anything else, whatever it is", () => {
    for (const value of [null, undefined, 0, "", [], {}, { sessions: {} }, { schedule: [] }]) expect(detectFormat(value)).toBeUndefined();
    const hostile = new Proxy(
      {},
      {
        get() {
          throw new Error("no");
        },
      },
    );
    expect(detectFormat(hostile)).toBeUndefined();
  });
});

describe("options that are wrong", () => {
  function optionIssues(options: unknown) {
    const error = importError(() => importProgramme(sessionizeExport(), options as never));
    expect(error).toBeInstanceOf(ImportOptionsError);
    return error.issues;
  }

  it("are listed together, each by its option", () => {
    expect(
      optionIssues({
        timeZone: "Europe/Madird",
        formats: { "Birds of a Feather": "bof" },
        sessions: "501223",
        language: "not a tag!",
        timezone: "Europe/Madrid",
      }),
    ).toEqual([
      { path: "timezone", message: "is not an option: did you mean timeZone?" },
      {
        path: "timeZone",
        message: '"Europe/Madird" is not a time zone. Use an IANA name such as "Europe/Madrid", "America/New_York" or "UTC".',
      },
      { path: "language", message: '"not a tag!" is not a language tag. Use a BCP 47 tag such as "en", "de" or "pt-BR".' },
      {
        path: 'formats["Birds of a Feather"]',
        message: '"bof" is not a session format. Use one of: keynote, talk, panel, workshop, lightning, other.',
      },
    ]);
  });

  it("include an empty choice, an unknown format to read from, a wrong event", () => {
    expect(optionIssues({ sessions: [" "] })).toEqual([{ path: "sessions", message: expect.stringContaining("names no session") }]);
    expect(optionIssues({ from: "frab" })).toEqual([
      { path: "from", message: '"frab" is not a format recap-kit imports. Use "sessionize" or "pretalx".' },
    ]);
    expect(optionIssues({ event: { name: 2024, startDate: "26.10.2024", url: "javascript:alert(1)", venue: "Madrid" } })).toEqual([
      { path: "event.venue", message: "is not an option. Use: name, edition, startDate, endDate, location, url." },
      { path: "event.name", message: "must be text, but it is the number 2024." },
      { path: "event.startDate", message: '"26.10.2024" is not a date. Write it as YYYY-MM-DD (2024-10-26).' },
      { path: "event.url", message: '"javascript:alert(1)" is not a web address. Write it whole, with https://.' },
    ]);
    expect(optionIssues({ event: { endDate: "2024-01-01" } })).toEqual([
      { path: "event.endDate", message: "makes the event end (2024-01-01) before it starts (2024-10-26)." },
    ]);
    expect(optionIssues("Europe/Madrid")).toEqual([{ path: "", message: "must be an object, but it is text." }]);
  });
});

describe("parseProgrammeText", () => {
  it("parses an export, a byte-order mark and all", () => {
    expect(parseProgrammeText('\uFEFF{"sessions": []}')).toEqual({ sessions: [] });
  });

  it("says when a file is empty, cut off, or not JSON", () => {
    const text = JSON.stringify(scheduleExport());
    expect(() => parseProgrammeText("  \n")).toThrow("This file has 1 problem:\n- (document): is empty. Export the programme again.");
    expect(() => parseProgrammeText(text.slice(0, 5000))).toThrow(/ends before the programme does: it was cut off/);
    expect(() => parseProgrammeText(text.slice(0, text.indexOf("Datenfest") + 4))).toThrow(/it was cut off/);
    expect(() => parseProgrammeText("{'sessions': []}")).toThrow(/is not valid JSON \(/);
    expect(importError(() => parseProgrammeText("nope")).issues).toHaveLength(1);
  });
});
