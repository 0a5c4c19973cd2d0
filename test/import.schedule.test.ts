// @vitest-environment node
import { describe, expect, it } from "vitest";
import { fromSchedule } from "../src/import/index.js";
import { parseRecap } from "../src/parse/parseRecap.js";
import { scheduleExport } from "./support/import.js";

const titles = (recap: { sessions: Array<{ title: string }> }) => recap.sessions.map((session) => session.title);
const day = (index: number, room: string, event: number) => `schedule.conference.days[${index}].rooms["${room}"][${event}]`;

describe("fromSchedule: the pretalx fixture (schedule.json)", () => {
  const { recap, warnings } = fromSchedule(scheduleExport());

  it("makes a draft that parseRecap accepts", () => {
    expect(() => parseRecap(recap)).not.toThrow();
  });

  it("has the event from the conference: name, dates, the schedule's address; the title names it", () => {
    expect(recap.event).toEqual({
      name: "Datenfest Leipzig 2025",
      startDate: "2025-04-23",
      endDate: "2025-04-24",
      url: "https://pretalx.example.org/datenfest-2025/schedule/",
    });
    expect(recap.title).toBe("TODO: our highlights from Datenfest Leipzig 2025");
  });

  it("takes the sessions over both days in programme order, by time then by room, without the breaks", () => {
    expect(titles(recap)).toEqual([
      "Open data in public administration: lessons from ten cities",
      "Reproducible notebooks without the pain",
      "Pandas vs. Polars: ein ehrlicher Vergleich",
      "Geodaten mit DuckDB",
      "Lightning Talks",
      "Podiumsdiskussion: Daten und Demokratie",
      "Testing data pipelines with pytest and Great Expectations",
      "Les données ouvertes en France : bilan et perspectives",
      "Sprechstunde: Fragen zu Quarto",
      // No speakers, but not a break: the closing stays.
      "Abschluss und Ausblick",
    ]);
  });

  it("keeps each session's code and its date-time with the offset as exported", () => {
    expect(recap.sessions.slice(0, 3).map(({ code, date }) => [code, date])).toEqual([
      ["GQ7HZL", "2025-04-23T09:00:00+02:00"],
      ["RFYB9T", "2025-04-23T10:30:00+02:00"],
      ["ZP8W2E", "2025-04-23T10:30:00+02:00"],
    ]);
  });

  it("maps the types, in English and German, and an unknown one to other", () => {
    expect(recap.sessions.map((session) => session.format)).toEqual([
      "keynote",
      "talk",
      "talk",
      "workshop",
      "lightning",
      "panel",
      "workshop",
      "talk",
      "other",
      "talk",
    ]);
    expect(warnings).toContainEqual({
      path: `${day(1, "Saal 2", 0)}.type`,
      message: expect.stringContaining('The format "Sprechstunde" is not one recap-kit knows, so its sessions are "other"'),
    });
  });

  it("takes the speakers in order with their pretalx page and avatar, a relative avatar made whole, no affiliation guessed", () => {
    expect(recap.sessions[2]?.speakers).toEqual([
      {
        name: "Lena Vogt",
        url: "https://pretalx.example.org/datenfest-2025/speaker/HT6R2C/",
        avatar: "https://pretalx.example.org/media/datenfest-2025/avatars/HT6R2C_w8Rt.jpg",
      },
      { name: "Mehmet Yılmaz", url: "https://pretalx.example.org/datenfest-2025/speaker/QW4E5R/" },
    ]);
    // Lena's biography says where she works; biographies are not read.
    expect(recap.sessions.flatMap((session) => session.speakers).some((speaker) => "affiliation" in speaker)).toBe(false);
  });

  it("reads a frab person that has a public_name only", () => {
    expect(recap.sessions[4]?.speakers.map((speaker) => speaker.name)).toEqual(["Jonas Weber", "Sam Okoye", "Anna Schmitt"]);
    expect(recap.sessions[4]?.speakers[1]).toEqual({ name: "Sam Okoye" });
  });

  it("types links and attachments by what they are, resolving relative addresses against base_url", () => {
    expect(recap.sessions[0]?.resources).toEqual([{ kind: "slides", url: "https://speakerdeck.com/mkowalski/open-data-ten-cities" }]);
    expect(recap.sessions[2]?.resources).toEqual([
      { kind: "repo", url: "https://github.com/lvogt/pandas-polars-bench", label: "Benchmarks" },
      {
        kind: "slides",
        url: "https://pretalx.example.org/media/datenfest-2025/submissions/ZP8W2E/resources/folien_Xk2p.pdf",
        label: "Folien (PDF)",
      },
    ]);
    expect(recap.sessions[3]?.resources).toEqual([
      {
        kind: "other",
        url: "https://pretalx.example.org/media/datenfest-2025/submissions/WS9DUK/resources/uebung.zip",
        label: "Übungsdaten",
      },
    ]);
    // "Article" says no more than the kind's own label, which follows the recap's language.
    expect(recap.sessions[7]?.resources).toEqual([{ kind: "article", url: "https://blog.example.fr/donnees-ouvertes-bilan" }]);
  });

  it("leaves out the recording of a talk marked do_not_record, and says so", () => {
    expect(recap.sessions[1]?.resources).toEqual([{ kind: "repo", url: "https://codeberg.org/fhartmann/repro-notebooks" }]);
    expect(warnings).toContainEqual({
      path: `${day(0, "Saal 1", 1)}.links[0].url`,
      message: expect.stringContaining("the talk is marked do_not_record, so it is left out"),
    });
  });

  it("leaves out a link that is not a web address, and says so", () => {
    expect(warnings).toContainEqual({
      path: `${day(1, "Saal 1", 2)}.links[1].url`,
      message: '"ftp://data.example.fr/open/communes.zip" is not a web address recap-kit links to, so it is left out.',
    });
  });

  it("takes the tracks, and none where the session has none", () => {
    expect(recap.sessions.map((session) => session.track)).toEqual([
      "Community",
      "Engineering",
      "Data Science",
      "Data Science",
      "Community",
      "Community",
      "Engineering",
      "Community",
      undefined,
      undefined,
    ]);
  });

  it("does not guess a language for sessions in German, English and French; warns about nothing else", () => {
    expect(recap).not.toHaveProperty("language");
    expect(warnings).toHaveLength(3);
  });
});

describe("fromSchedule: choosing", () => {
  const choose = (options: Parameters<typeof fromSchedule>[1]) => titles(fromSchedule(scheduleExport(), options).recap);

  it("by code in any case, by numeric id and by guid", () => {
    const guid = scheduleExport().schedule.conference.days[1].rooms["Saal 2"][0].guid;
    expect(choose({ sessions: ["zp8w2e", "1001", guid] })).toEqual([
      "Open data in public administration: lessons from ten cities",
      "Pandas vs. Polars: ein ehrlicher Vergleich",
      "Sprechstunde: Fragen zu Quarto",
    ]);
  });

  it("with the breaks when asked", () => {
    const all = choose({ includeServiceSessions: true });
    expect(all).toContain("Mittagspause");
    expect(all.indexOf("Kaffee & Kuchen")).toBe(all.indexOf("Testing data pipelines with pytest and Great Expectations") + 1);
  });

  it("by speaker, across days", () => {
    expect(choose({ speaker: "hartmann" })).toEqual([
      "Reproducible notebooks without the pain",
      "Testing data pipelines with pytest and Great Expectations",
    ]);
  });

  it("takes the language of the chosen sessions when they share one, a talk in French included", () => {
    const { recap, warnings } = fromSchedule(scheduleExport(), { sessions: ["FR2OPN"] });
    expect(recap.language).toBe("fr");
    expect(warnings).toContainEqual({ path: "", message: expect.stringContaining('"fr"') });
  });
});

describe("fromSchedule: times", () => {
  it("places a date-time without offset in the conference's time zone", () => {
    const data = scheduleExport();
    data.schedule.conference.days[0].rooms["Saal 1"][0].date = "2025-04-23T09:00:00";
    const { recap } = fromSchedule(data, { sessions: ["GQ7HZL"] });
    expect(recap.sessions[0]?.date).toBe("2025-04-23T09:00:00+02:00");
  });

  it("keeps the date only without a time zone it knows, and says so", () => {
    const data = scheduleExport();
    data.schedule.conference.time_zone_name = "Somewhere/Else";
    data.schedule.conference.days[0].rooms["Saal 1"][0].date = "2025-04-23T09:00:00";
    const { recap, warnings } = fromSchedule(data, { sessions: ["GQ7HZL"] });
    expect(recap.sessions[0]?.date).toBe("2025-04-23");
    expect(warnings).toContainEqual({
      path: "",
      message: expect.stringMatching(/^This schedule gives times without their offset from UTC.*timeZone: /),
    });
  });
});
