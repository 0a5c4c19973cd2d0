import { describe, expect, it } from "vitest";
import { parseRecap, RecapValidationError, type RecapWarning, safeParseRecap } from "../src/index.js";
import { closest } from "../src/model/suggest.js";
import raw from "./fixtures/kubecon-eu-2021.recap.json" with { type: "json" };

function valid(): Record<string, unknown> {
  return {
    title: "Our PyCon highlights",
    event: { name: "PyCon US", edition: "2024" },
    sessions: [{ title: "Opening keynotes", speakers: [] }],
  };
}

function warningsOf(input: unknown): RecapWarning[] {
  const result = safeParseRecap(input);
  if (!result.ok) throw new Error(`expected a valid document, got ${JSON.stringify(result.issues)}`);
  return result.warnings;
}

describe("unknown fields are warnings, never silent", () => {
  it("names a misspelled field with the closest known one, at any depth, an object's own before those inside it", () => {
    const warnings = warningsOf({
      ...valid(),
      pubishedAt: "2024-05-20",
      event: { name: "PyCon US", loaction: "Pittsburgh" },
      sessions: [{ title: "T", speakers: [{ name: "Ada", afiliation: "Analytical Engines" }], sumary: "What it was about." }],
    });
    expect(warnings).toEqual([
      { path: "pubishedAt", message: 'is not a field of a recap, so it is left out. Did you mean "publishedAt"?' },
      { path: "event.loaction", message: 'is not a field of the event, so it is left out. Did you mean "location"?' },
      { path: "sessions[0].sumary", message: 'is not a field of a session, so it is left out. Did you mean "summary"?' },
      {
        path: "sessions[0].speakers[0].afiliation",
        message: 'is not a field of a speaker, so it is left out. Did you mean "affiliation"?',
      },
    ]);
  });

  it("lists the known fields when nothing is close, and leaves x- and $ keys to other tools", () => {
    const warnings = warningsOf({ ...valid(), layout: "post", "x-cms-id": 42, $schema: "https://example.com/recap.json" });
    expect(warnings).toHaveLength(1);
    expect(warnings[0]?.path).toBe("layout");
    expect(warnings[0]?.message).toMatch(
      /^is not a field of a recap, so it is left out\. The fields of a recap are: title, subtitle, url,/,
    );
    expect(warnings[0]?.message).toContain('starts with "x-" or "$"');
  });

  it("suggests regardless of case, and from other tools' words", () => {
    expect(closest("Summary", ["title", "summary"])).toBe("summary");
    expect(closest("description", ["title", "summary"])).toBe("summary");
    expect(closest("evnet", ["event", "title"])).toBe("event");
    expect(closest("colour", ["title", "url"])).toBeUndefined();
  });

  it("names the typo when a required field is missing because it is misspelled", () => {
    const result = safeParseRecap({ title: "T", evnet: { name: "PyCon" }, sessions: [] });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toEqual([
      {
        path: "event",
        message:
          'is missing, but there is "evnet": if that is "event" misspelled, correct its spelling. Say which event the recap is about, at least its name.',
        near: "evnet",
      },
    ]);
    // Said once, in the problem, not again as a warning.
    expect(result.warnings).toEqual([]);
  });

  it("keeps the real recap free of warnings", () => {
    expect(warningsOf(raw)).toEqual([]);
  });

  it("pushes the warnings onto the list parseRecap is given, and still returns the recap", () => {
    const warnings: RecapWarning[] = [];
    const recap = parseRecap({ ...valid(), subtitel: "x" }, { warnings });
    expect(recap.title).toBe("Our PyCon highlights");
    expect(warnings.map((warning) => warning.path)).toEqual(["subtitel"]);
  });
});

describe("strict mode", () => {
  it("refuses a document with a warning, the warning being the problem", () => {
    const result = safeParseRecap({ ...valid(), subtitel: "x" }, { strict: true });
    expect(result).toMatchObject({ ok: false, issues: [{ path: "subtitel", message: expect.stringContaining('"subtitle"') }] });
  });

  it("refuses a document with a to-do", () => {
    const document = { ...valid(), intro: "TODO: why we went." };
    expect(safeParseRecap(document).ok).toBe(true);
    expect(() => parseRecap(document, { strict: true })).toThrow(RecapValidationError);
    expect(safeParseRecap(document, { strict: true })).toMatchObject({
      ok: false,
      issues: [{ path: "intro[0]", message: 'is still a to-do ("TODO: why we went."): write it, or take it out, before publishing.' }],
    });
  });

  it("accepts a clean document", () => {
    expect(safeParseRecap(valid(), { strict: true }).ok).toBe(true);
  });
});

describe("a link in running text that will not be a link", () => {
  it("is a warning naming its words and its address, wherever the text is, in document order", () => {
    const warnings = warningsOf({
      ...valid(),
      intro: "Read [our *notes*](javascript:alert(1)) and [the docs](https://docs.example).",
      sessions: [{ title: "T", speakers: [], summary: ["Fine.", "See [slides](data:text/html,hi)."] }],
    });
    expect(warnings).toEqual([
      {
        path: "intro[0]",
        message:
          'the link "our notes" goes to "javascript:alert(1)", which will be shown as text, not as a link: only web addresses (https://…), mailto: and addresses on the same site (/blog/…) are links.',
      },
      { path: "sessions[0].summary[1]", message: expect.stringMatching(/^the link "slides" goes to "data:text\/html,hi"/) },
    ]);
  });

  it("is refused with strict", () => {
    const result = safeParseRecap({ ...valid(), outro: "Bye, [write us](javascript:void(0))." }, { strict: true });
    expect(result).toMatchObject({ ok: false, issues: [{ path: "outro[0]", message: expect.stringMatching(/^the link "write us"/) }] });
  });
});
