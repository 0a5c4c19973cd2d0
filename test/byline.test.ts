import { isDeepStrictEqual } from "node:util";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { safeParseRecapMarkdown, toRecapMarkdown } from "../src/markdown/index.js";
import { type BylinePerson, PlainByline, readByline } from "../src/model/byline.js";
import type { Person } from "../src/model/types.js";
import { parseRecap, safeParseRecap } from "../src/parse/parseRecap.js";

/** Reads a speaker line the way the JSON reader does. */
function read(line: string) {
  return readByline(new PlainByline(line), 0, line.length);
}

const FRONT_MATTER = ["---", "title: Our highlights", "event:", "  name: PyCon US", "---", ""];

/** The speakers and warnings of one `- Speakers:` line in a Markdown session (the line is line 9). */
function markdownLine(line: string) {
  const result = safeParseRecapMarkdown([...FRONT_MATTER, "## A session", "", line].join("\n"));
  if (!result.ok) throw new Error(result.issues.map((issue) => issue.message).join("\n"));
  return { speakers: result.value.sessions[0]?.speakers, warnings: result.warnings };
}

describe("speaker lines in every everyday shape", () => {
  it.each<[string, string, BylinePerson[]]>([
    ["Name, Company", "Marco Palladino, Kong", [{ name: "Marco Palladino", affiliation: "Kong" }]],
    [
      "A & B, Company",
      "Michael Medellin & Gordon Tillman, Department of Defense",
      [
        { name: "Michael Medellin", affiliation: "Department of Defense" },
        { name: "Gordon Tillman", affiliation: "Department of Defense" },
      ],
    ],
    [
      "A and B, Company",
      "Michael Medellin and Gordon Tillman, Department of Defense",
      [
        { name: "Michael Medellin", affiliation: "Department of Defense" },
        { name: "Gordon Tillman", affiliation: "Department of Defense" },
      ],
    ],
    [
      "A, X & B, Y",
      "Ellen Körbes, Tilt & Tabitha Sable, Datadog",
      [
        { name: "Ellen Körbes", affiliation: "Tilt" },
        { name: "Tabitha Sable", affiliation: "Datadog" },
      ],
    ],
    [
      "A, X; B, Y",
      "Ellen Körbes, Tilt; Tabitha Sable, Datadog",
      [
        { name: "Ellen Körbes", affiliation: "Tilt" },
        { name: "Tabitha Sable", affiliation: "Datadog" },
      ],
    ],
    [
      "A; B, Y (a ; ends the group: A has no organisation)",
      "Jane Roe; John Doe, ACME",
      [{ name: "Jane Roe" }, { name: "John Doe", affiliation: "ACME" }],
    ],
    ["Name (Role), Company", "Jane Doe (Chief Hacker), ACME", [{ name: "Jane Doe", role: "Chief Hacker", affiliation: "ACME" }]],
    ["Name (a role word)", "Jane Doe (Moderator)", [{ name: "Jane Doe", role: "Moderator" }]],
    ["Name (an organisation word)", "Jane Doe (ACME GmbH)", [{ name: "Jane Doe", affiliation: "ACME GmbH" }]],
    ["Role: Name, Company", "Moderator: Jane Doe, ACME", [{ name: "Jane Doe", role: "Moderator", affiliation: "ACME" }]],
    [
      "a role with and before its colon",
      "Host and moderator: Jane Doe, ACME",
      [{ name: "Jane Doe", role: "Host and moderator", affiliation: "ACME" }],
    ],
    ["and inside an organisation", "Jane Doe, Procter and Gamble", [{ name: "Jane Doe", affiliation: "Procter and Gamble" }]],
    ["a company suffix after a comma", "Jane Doe, ACME, Inc.", [{ name: "Jane Doe", affiliation: "ACME, Inc." }]],
    ["escaped separators", "Doe\\, Jr.\\; Jane, Procter \\& Gamble", [{ name: "Doe, Jr.; Jane", affiliation: "Procter & Gamble" }]],
    ["a to-do is a name, not a role", "TODO: name, organisation", [{ name: "TODO: name", affiliation: "organisation" }]],
  ])("%s, without a warning", (_shape, line, people) => {
    const reading = read(line);
    expect(reading.problem).toBeUndefined();
    expect(reading.people).toEqual(people);
    expect(reading.notes).toEqual([]);
  });

  it.each<[string, string, BylinePerson[], RegExp]>([
    [
      "Name (Company)",
      "Jane Doe (Acme)",
      [{ name: "Jane Doe", affiliation: "Acme" }],
      /^"Jane Doe \(Acme\)" was read as Jane Doe — Acme, "Acme" being the organisation: write "Jane Doe, Acme" to say so for sure, or "Acme: Jane Doe" if it is the role\.$/,
    ],
    [
      "Name - Company",
      "Jane Doe - Acme",
      [{ name: "Jane Doe", affiliation: "Acme" }],
      /"Jane Doe - Acme" was read as Jane Doe — Acme, "Acme" being the organisation: write "Jane Doe, Acme"/,
    ],
    [
      "Name – Role",
      "Jane Doe – Staff Engineer",
      [{ name: "Jane Doe", role: "Staff Engineer" }],
      /"Jane Doe – Staff Engineer" was read as Jane Doe — no organisation — Staff Engineer, "Staff Engineer" being the role: write "Jane Doe \(Staff Engineer\)"/,
    ],
    [
      "A (X), B (Y)",
      "Jane Doe (Google), John Roe (Moderator)",
      [
        { name: "Jane Doe", affiliation: "Google" },
        { name: "John Roe", role: "Moderator" },
      ],
      /read as 2 speakers, each with what the parentheses say: Jane Doe — Google; John Roe — no organisation — Moderator/,
    ],
    [
      "A, X and B, Y",
      "Ellen Körbes, Tilt and Tabitha Sable, Datadog",
      [{ name: "Ellen Körbes", affiliation: "Tilt and Tabitha Sable, Datadog" }],
      /^"Tilt and Tabitha Sable, Datadog" was read as the organisation of Ellen Körbes\. If it names more speakers, separate them with &/,
    ],
    [
      "a list of names only",
      "Jane Doe, John Roe, Kim Lee",
      [{ name: "Jane Doe", affiliation: "John Roe, Kim Lee" }],
      /was read as the organisation of Jane Doe/,
    ],
    [
      "A (X) & B, Y, with X not a role word",
      "Jane Doe (Acme) & John Roe, Beta",
      [
        { name: "Jane Doe", role: "Acme", affiliation: "Beta" },
        { name: "John Roe", affiliation: "Beta" },
      ],
      /"Jane Doe \(Acme\)" was read as Jane Doe — Beta — Acme, "Acme" being the role\. If "Acme" is the organisation, write "Jane Doe, Acme"/,
    ],
  ])("%s: read one way, and a warning that says how", (_shape, line, people, note) => {
    const reading = read(line);
    expect(reading.people).toEqual(people);
    expect(reading.notes).toHaveLength(1);
    expect(reading.notes[0]).toMatch(note);
  });

  it("gives a `- Moderator:` line's speakers that role, unless they have their own", () => {
    expect(markdownLine("- Moderators: Jane Doe, ACME & John Roe (Host), Beta")).toEqual({
      speakers: [
        { name: "Jane Doe", role: "Moderator", affiliation: "ACME" },
        { name: "John Roe", role: "Host", affiliation: "Beta" },
      ],
      warnings: [],
    });
    expect(markdownLine("- Host: Kim Lee").speakers).toEqual([{ name: "Kim Lee", role: "Host" }]);
  });

  it("warns in Markdown with the line, and at the speakers' path", () => {
    expect(markdownLine("- Speakers: Jane Doe (Acme)").warnings).toEqual([
      { path: "sessions[0].speakers", line: 9, message: expect.stringMatching(/^"Jane Doe \(Acme\)" was read as Jane Doe — Acme/) },
    ]);
  });

  it("keeps a linked name's profile page in every shape", () => {
    expect(markdownLine("- Speakers: [Jane Doe](https://jane.example) - Acme").speakers).toEqual([
      { name: "Jane Doe", url: "https://jane.example", affiliation: "Acme" },
    ]);
  });
});

describe("people written as text in JSON", () => {
  it("reads them as a byline, and says so with the list to write instead", () => {
    const result = safeParseRecap({
      title: "T",
      event: { name: "E" },
      authors: "Jane Doe, ACME",
      sessions: [{ title: "S", speakers: "Ellen Körbes, Tilt & Tabitha Sable, Datadog" }],
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.sessions[0]?.speakers).toEqual([
      { name: "Ellen Körbes", affiliation: "Tilt" },
      { name: "Tabitha Sable", affiliation: "Datadog" },
    ]);
    expect(result.value.authors).toEqual([{ name: "Jane Doe", affiliation: "ACME" }]);
    // Warnings come field by field, the required fields (title, event, sessions) first.
    expect(result.warnings).toEqual([
      {
        path: "sessions[0].speakers",
        message: expect.stringMatching(
          /^is text, not a list of speakers, so it was read as a byline: 2 speakers, Ellen Körbes — Tilt; Tabitha Sable — Datadog\./,
        ),
      },
      {
        path: "authors",
        message:
          'is text, not a list of authors, so it was read as a byline: 1 author, Jane Doe — ACME. To be sure, write it as a list: [{"name":"Jane Doe","affiliation":"ACME"}].',
      },
    ]);
  });

  it("passes on how an ambiguous part was read, and refuses what cannot be read", () => {
    const result = safeParseRecap({ title: "T", event: { name: "E" }, sessions: [{ title: "S", speakers: "Jane Doe (Acme)" }] });
    expect(result.warnings.map((warning) => warning.message)).toEqual([
      expect.stringMatching(/^is text/),
      expect.stringMatching(/^"Jane Doe \(Acme\)" was read as Jane Doe — Acme/),
    ]);
    const bad = safeParseRecap({ title: "T", event: { name: "E" }, sessions: [{ title: "S", speakers: "Jane &  & John" }] });
    expect(bad).toMatchObject({ ok: false, issues: [{ path: "sessions[0].speakers", message: expect.stringMatching(/empty name/) }] });
    expect(parseRecap({ title: "T", event: { name: "E" }, sessions: [{ title: "S", speakers: "  " }] }).sessions[0]?.speakers).toEqual([]);
  });
});

// Names and organisations as they come, in several scripts, with hyphens, apostrophes and dots.
const name = fc.constantFrom(
  "Jane Doe",
  "Jean-Pierre Dubois",
  "Siobhán O'Brien",
  "Ellen Körbes",
  "山田 太郎",
  "محمد علي",
  "Dr. Ana Lima",
  "Anderson Cooper",
  "Sandy",
);
const organisation = fc.constantFrom(
  "Google",
  "Red Hat",
  "Deutsche Bahn AG",
  "Universidad Politécnica de Madrid",
  "NTT",
  "Procter and Gamble",
);
const role = fc.constantFrom("Moderator", "Staff Engineer", "CTO", "Developer Advocate", "Host");
const people = fc.array(
  fc.record({ name, affiliation: fc.option(organisation, { nil: undefined }), role: fc.option(role, { nil: undefined }) }),
  {
    minLength: 1,
    maxLength: 5,
  },
);

function clean(list: Array<Partial<BylinePerson>>): BylinePerson[] {
  return list.map(
    (person) => Object.fromEntries(Object.entries(person).filter(([, value]) => value !== undefined)) as unknown as BylinePerson,
  );
}

/** One person in a shape a writer might use; `undefined` when the shape cannot say them. */
const SHAPES: Record<string, (person: BylinePerson) => string | undefined> = {
  comma: (p) => (p.role ? undefined : p.affiliation ? `${p.name}, ${p.affiliation}` : p.name),
  documented: (p) => `${p.name}${p.role ? ` (${p.role})` : ""}${p.affiliation ? `, ${p.affiliation}` : ""}`,
  parenthesis: (p) => (p.role && p.affiliation ? undefined : `${p.name}${p.role || p.affiliation ? ` (${p.role ?? p.affiliation})` : ""}`),
  dash: (p) => (p.role && p.affiliation ? undefined : `${p.name}${p.role || p.affiliation ? ` - ${p.role ?? p.affiliation}` : ""}`),
  prefix: (p) => `${p.role ? `${p.role}: ` : ""}${p.name}${p.affiliation ? `, ${p.affiliation}` : ""}`,
};
const SEPARATORS = [" & ", "; ", " and ", ", "];

/**
 * Lines the documented grammar reads as "Name, Company" whatever was meant: after a comma, the
 * rest of the part is the organisation, " and " included ("Jane Doe, Procter and Gamble"), so
 * "A, B" and "A, X and B" name one person. The Authoring page says to join speakers with & there.
 */
function saysNameCompany(people: BylinePerson[], shape: string, separator: string): boolean {
  const notLast = people.slice(0, -1);
  // A bare name next to a comma is in the place of "Name, Company" in every shape.
  const bare = (person: BylinePerson) => person.role === undefined && person.affiliation === undefined;
  if (separator === ", " && (notLast.some(bare) || (people.length > 1 && bare(people.at(-1) as BylinePerson)))) return true;
  if (shape !== "comma" && shape !== "documented" && shape !== "prefix") return false;
  if (separator === ", ") return people.length > 1;
  return separator === " and " && notLast.some((person) => person.affiliation !== undefined);
}

/**
 * What a line says by the documented rule that names joined with & or "and" share the
 * organisation written after the last of them ("A & B, Company"): a writer who joins them so
 * means that, so it is not a misreading.
 */
function meant(people: BylinePerson[], shape: string, separator: string): BylinePerson[] {
  const affiliationAfterComma = shape === "comma" || shape === "documented" || shape === "prefix";
  if (!affiliationAfterComma || (separator !== " & " && separator !== " and ")) return people;
  const result = people.map((person) => ({ ...person }));
  let next: string | undefined;
  for (let index = result.length - 1; index >= 0; index--) {
    const person = result[index] as BylinePerson;
    if (person.affiliation !== undefined) next = person.affiliation;
    else if (next !== undefined) person.affiliation = next;
  }
  return result;
}

describe("property: generated speaker lists", () => {
  it("read back exactly, without a warning, as recap-kit writes them", () => {
    fc.assert(
      fc.property(people, (list) => {
        const speakers = clean(list) as Person[];
        const recap = parseRecap({ title: "T", event: { name: "E" }, sessions: [{ title: "S", speakers }] });
        const markdown = toRecapMarkdown(recap);
        const result = safeParseRecapMarkdown(markdown);
        expect(result.ok && result.value.sessions[0]?.speakers).toEqual(recap.sessions[0]?.speakers);
        expect(result.warnings).toEqual([]);
        expect(markdown).not.toContain("```yaml recap");
      }),
      { numRuns: 150 },
    );
  });

  it("are never misread silently, whatever shape and separator the writer chose", () => {
    fc.assert(
      fc.property(people, fc.constantFrom(...Object.keys(SHAPES)), fc.constantFrom(...SEPARATORS), (list, shape, separator) => {
        const intended = clean(list);
        const parts = intended.map((person) => SHAPES[shape]?.(person));
        fc.pre(parts.every((part) => part !== undefined));
        fc.pre(!saysNameCompany(intended, shape, separator));
        const line = parts.join(separator);
        const reading = read(line);
        // Either it reads as the writer meant, or it says how it read it (or that it cannot).
        if (reading.problem === undefined && !isDeepStrictEqual(reading.people, meant(intended, shape, separator)))
          expect(reading.notes, `${line} → ${JSON.stringify(reading.people)}`).not.toEqual([]);
      }),
      { numRuns: 1000 },
    );
  });

  it("read in time linear in the line", () => {
    // Counted, not timed: every part is looked at a bounded number of times (npm run bench:growth times it).
    const line = Array.from({ length: 2000 }, (_, i) => `Name ${i} (Org ${i})`).join(", ");
    const reading = read(line);
    expect(reading.people).toHaveLength(2000);
    expect(reading.notes).toHaveLength(1);
  });
});
