// @vitest-environment node
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fromSchedule, fromSessionize, ImportError, type ImportOptions, importProgramme } from "../src/import/index.js";
import { parseRecap } from "../src/parse/parseRecap.js";
import { anyUrl, nonBlankText, text } from "./support/arbitraries.js";

// Programmes that are valid by construction (ids unique, every reference defined) with text in
// every script and hostile addresses, and then, one time in four, one value anywhere in them
// replaced by something of the wrong kind. An import either gives a draft that parseRecap accepts,
// or throws an ImportError; nothing else, ever.

const wrongKind = fc.oneof(fc.integer(), fc.boolean(), fc.constant({}), fc.constant([]), fc.constant(null), text);
const localTime = fc.oneof(
  fc.date({ min: new Date("1970-01-01"), max: new Date("2100-01-01"), noInvalidDate: true }).map((date) => date.toISOString().slice(0, 19)),
  // The nights the clocks change in Europe and North America.
  fc.constantFrom("2024-10-27T02:30:00", "2024-03-31T02:30:00", "2024-11-03T01:30:00", "2024-03-10T02:30:00"),
);
const tagline = fc.oneof(
  fc.constantFrom("Staff Engineer at Acme", "SRE @ Grafana Labs", "CTO, Acme, Inc.", "Entwicklerin bei Beispiel AG", " at ", ", ", "@"),
  fc.tuple(text, fc.constantFrom(" at ", " @ ", ", ", " bei "), text).map((parts) => parts.join("")),
  text,
);
const formatName = fc.oneof(
  fc.constantFrom("Keynote", "Session (40 min)", "Vortrag", "Sprechstunde", "Demo session", "((((", "Talk - 30 min"),
  nonBlankText,
);
const nullable = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: null });
const subset = <T>(items: readonly T[]) => fc.subarray([...items]);

const sessionize = fc
  .record({ speakers: fc.nat({ max: 5 }), rooms: fc.nat({ max: 3 }), items: fc.nat({ max: 5 }) })
  .chain(({ speakers, rooms, items }) => {
    const speakerIds = Array.from({ length: speakers }, (_, index) => `sp-${index}`);
    const roomIds = Array.from({ length: rooms }, (_, index) => 100 + index);
    const itemIds = Array.from({ length: items }, (_, index) => 1000 + index);
    return fc.record({
      sessions: fc
        .array(
          fc.record({
            title: nonBlankText,
            startsAt: nullable(localTime),
            speakers: subset(speakerIds),
            categoryItems: subset(itemIds),
            roomId: nullable(roomIds.length ? fc.constantFrom(...roomIds) : fc.constant(null)),
            recordingUrl: nullable(anyUrl),
            isServiceSession: fc.boolean(),
            isPlenumSession: fc.boolean(),
          }),
          { maxLength: 6 },
        )
        .map((list) => list.map((session, index) => ({ id: String(500 + index), ...session }))),
      speakers: fc.tuple(
        ...speakerIds.map((speakerId) =>
          fc.record({
            id: fc.constant(speakerId),
            fullName: nonBlankText,
            tagLine: nullable(tagline),
            profilePicture: nullable(anyUrl),
            links: fc.array(fc.record({ title: text, url: anyUrl, linkType: fc.constantFrom("Twitter", "Company_Website", "Other") }), {
              maxLength: 2,
            }),
            questionAnswers: fc.array(fc.record({ questionId: fc.constantFrom(1, 2, 3), answerValue: nullable(text) }), { maxLength: 2 }),
          }),
        ),
      ),
      questions: fc.constant([
        { id: 1, question: "Company" },
        { id: 2, question: "Job title" },
        { id: 3, question: "Shoe size" },
      ]),
      categories: fc
        .tuple(...itemIds.map(() => formatName), fc.constantFrom("Session format", "Track", "Language", "Level"))
        .map(([...parts]) => {
          const title = parts.pop() as string;
          return [{ id: 1, title, items: itemIds.map((itemId, index) => ({ id: itemId, name: parts[index] })) }];
        }),
      rooms: fc.constant(roomIds.map((roomId, index) => ({ id: roomId, name: `Room ${index}`, sort: rooms - index }))),
    });
  });

const person = fc.record(
  {
    code: fc.string({ minLength: 1, maxLength: 6 }),
    name: nonBlankText,
    avatar: nullable(fc.oneof(anyUrl, fc.constant("/media/a.jpg"))),
    url: nullable(anyUrl),
  },
  { requiredKeys: ["name"] },
);
const link = fc.record({
  title: nullable(text),
  url: fc.oneof(anyUrl, fc.constantFrom("/media/x.pdf", "slides.pdf")),
  type: nullable(fc.constantFrom("slides", "media", "related", "web")),
});
const offsetTime = fc.oneof(
  localTime.map((time) => `${time}+02:00`),
  localTime,
  fc.constantFrom("2025-04-23T09:00:00-02:30", "2025-04-23"),
);
const scheduleEvent = fc.record({
  title: nonBlankText,
  date: offsetTime,
  type: nullable(formatName),
  track: nullable(text),
  language: nullable(fc.constantFrom("en", "de", "fr", "pt_BR", "English", "??")),
  do_not_record: nullable(fc.boolean()),
  persons: fc.array(person, { maxLength: 3 }),
  links: fc.array(link, { maxLength: 2 }),
  attachments: fc.array(link, { maxLength: 2 }),
});
const schedule = fc
  .record({
    base_url: nullable(anyUrl),
    title: nonBlankText,
    time_zone_name: nullable(fc.constantFrom("Europe/Berlin", "Mars/Olympus", "UTC")),
    days: fc.array(
      fc.dictionary(
        fc.oneof(nonBlankText, fc.constantFrom("Saal 1", "__proto__", "constructor")),
        fc.array(scheduleEvent, { minLength: 1, maxLength: 3 }),
        { minKeys: 1, maxKeys: 3 },
      ),
      {
        minLength: 1,
        maxLength: 3,
      },
    ),
  })
  .map(({ base_url, title, time_zone_name, days }) => {
    let next = 0;
    const numbered = days.map((rooms) => ({
      rooms: Object.fromEntries(
        Object.entries(rooms).map(([name, events]) => [name, events.map((event) => ({ ...event, code: `C${next}`, id: ++next }))]),
      ),
    }));
    return { schedule: { base_url, conference: { title, start: "2025-04-23", end: "2025-04-24", time_zone_name, days: numbered } } };
  });

/** Every object and list in a value, with a way to replace one of its entries. */
function places(value: unknown): Array<{ parent: Record<string, unknown>; key: string }> {
  const found: Array<{ parent: Record<string, unknown>; key: string }> = [];
  const visit = (node: unknown) => {
    if (node === null || typeof node !== "object") return;
    for (const key of Object.keys(node)) {
      found.push({ parent: node as Record<string, unknown>, key });
      visit((node as Record<string, unknown>)[key]);
    }
  };
  visit(value);
  return found;
}

/** A programme, and one time in four one of its values replaced (or removed). */
function damaged(programme: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> {
  return fc
    .tuple(
      programme,
      fc.oneof(
        { arbitrary: fc.constant(null), weight: 3 },
        { arbitrary: fc.tuple(fc.nat(), fc.oneof(wrongKind, fc.constant(undefined))), weight: 1 },
      ),
    )
    .map(([data, damage]) => {
      const all = places(data);
      if (damage && all.length) {
        const { parent, key } = all[damage[0] % all.length] as { parent: Record<string, unknown>; key: string };
        if (damage[1] === undefined) delete parent[key];
        else parent[key] = damage[1];
      }
      return data;
    });
}

/** Options, choosing sessions by ids of the programme, and now and then by one it does not have. */
const options = (...ids: string[][]): fc.Arbitrary<ImportOptions> =>
  fc.record(
    {
      sessions: fc.constantFrom(...ids, ["nope"]),
      match: fc.oneof(text, fc.constantFrom("a", "kubernetes")),
      speaker: fc.oneof(text, fc.constant("e")),
      includeServiceSessions: fc.boolean(),
      timeZone: fc.constantFrom("Europe/Madrid", "America/St_Johns", "Australia/Lord_Howe", "UTC"),
      formats: fc.dictionary(formatName, fc.constantFrom("keynote", "talk", "other") as fc.Arbitrary<"keynote" | "talk" | "other">, {
        maxKeys: 2,
      }),
      language: fc.constantFrom("de", "ja", "ar"),
    },
    { requiredKeys: [] },
  );

/** A refusal because the choice of sessions (or the export) holds none: no draft to make, rightly. */
const NOTHING_CHOSEN = /has no sessions?\b|only breaks and other service sessions/;

/** Imports, and checks the draft or the error; says which it was. */
function importsOrRefuses(call: () => { recap: unknown }): "draft" | "refused" | "empty" {
  try {
    const { recap } = call();
    expect(() => parseRecap(recap)).not.toThrow();
    return "draft";
  } catch (error) {
    if (!(error instanceof ImportError)) throw error;
    expect(error.issues.length).toBeGreaterThan(0);
    for (const issue of error.issues) expect(issue).toEqual({ path: expect.any(String), message: expect.stringMatching(/\S/) });
    return error.issues.length === 1 && NOTHING_CHOSEN.test(error.issues[0]?.message ?? "") ? "empty" : "refused";
  }
}

describe("importing any programme of the right shape", () => {
  it.each([
    ["Sessionize", damaged(sessionize), fromSessionize, options(["500"], ["500", "501"])],
    ["a schedule.json", damaged(schedule), fromSchedule, options(["C0"], ["c0", "2"])],
  ] as const)("from %s gives a valid draft or an ImportError, and mostly a draft", (_, programmes, from, chosen) => {
    const outcomes = { draft: 0, refused: 0, empty: 0 };
    fc.assert(
      fc.property(programmes, fc.option(chosen, { freq: 2 }), (data, chosen) => {
        outcomes[importsOrRefuses(() => from(data, chosen ?? {}))]++;
      }),
      { numRuns: 300 },
    );
    // The generator makes programmes to import, not only broken ones (a choice that matches none of a
    // sound programme is refused rightly, never an empty draft), and drafts among them.
    expect(outcomes.draft + outcomes.empty).toBeGreaterThan(outcomes.refused);
    expect(outcomes.draft).toBeGreaterThan(50);
    expect(outcomes.empty).toBeGreaterThan(0);
  });

  it("from anything at all, format detected, gives a valid draft or an ImportError", () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), damaged(sessionize), damaged(schedule)), (data) => {
        importsOrRefuses(() => importProgramme(data));
      }),
      { numRuns: 300 },
    );
  });
});
