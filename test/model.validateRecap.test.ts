import { describe, expect, it } from "vitest";
import { parseRecap, type RecapIssue, RecapValidationError, safeParseRecap, toRecapDocument, validateRecap } from "../src/index.js";
import raw from "./fixtures/kubecon-eu-2021.recap.json" with { type: "json" };

/** A minimal valid document to break one field at a time. */
function valid(): Record<string, unknown> {
  return {
    title: "Our PyCon highlights",
    event: { name: "PyCon US", edition: "2024" },
    sessions: [{ title: "Opening keynotes", speakers: [] }],
  };
}

function issuesOf(input: unknown): RecapIssue[] {
  const result = safeParseRecap(input);
  if (result.ok) throw new Error("expected the document to be refused");
  return result.issues;
}

function pathsOf(input: unknown): string[] {
  return issuesOf(input).map((issue) => issue.path);
}

describe("parseRecap on the real KubeCon Europe 2021 recap", () => {
  const recap = parseRecap(raw);

  it("keeps all 7 sessions, in order, with their titles", () => {
    expect(recap.sessions).toHaveLength(7);
    expect(recap.sessions.map((s) => s.title)).toEqual(raw.sessions.map((s) => s.title));
  });

  it("keeps the seed's values intact", () => {
    const document = validateRecap(raw);
    expect(recap.title).toBe("KubeCon + CloudNativeCon Europe 2021: our highlights and takeaways");
    expect(recap.language).toBe("en");
    expect(document.event).toEqual(raw.event);
    expect(document.intro).toEqual(raw.intro);
    expect(recap.intro?.map((paragraph) => paragraph.text)).toEqual(raw.intro);
    expect(recap.sessions[2]?.speakers).toEqual([
      { name: "Michael Medellin", affiliation: "Department of Defense" },
      { name: "Gordon Tillman", affiliation: "Department of Defense" },
    ]);
    expect(recap.sessions[6]?.speakers.map((p) => `${p.name}, ${p.affiliation}`)).toEqual(["Ellen Körbes, Tilt", "Tabitha Sable, Datadog"]);
    expect(recap.sessions[0]?.track).toBe("ServiceMeshCon 2021");
    expect(recap.sessions[0]?.resources).toEqual(raw.sessions[0]?.resources);
    expect(document.sessions[5]?.summary?.[3]).toContain("[cncf/podtato-head](https://github.com/cncf/podtato-head)");
    expect(document.callToAction).toEqual({ title: raw.callToAction.title, body: raw.callToAction.body, label: "Get in touch" });
  });

  it("keeps the title-less teasers and the whole-article excerpt whole", () => {
    expect(recap.relatedReads).toHaveLength(3);
    expect(recap.relatedReads?.every((read) => read.title === undefined)).toBe(true);
    expect(recap.relatedReads?.[2]?.excerpt?.text).toBe(raw.relatedReads[2]?.excerpt);
    expect(recap.relatedReads?.[2]?.excerpt?.text.length).toBeGreaterThan(1000);
  });

  it("derives a unique id for every session from its title", () => {
    expect(recap.sessions.map((s) => s.id)).toEqual([
      "multi-cloud-and-multi-cluster-with-cncf-s-kuma-on-kubernetes-and-vms",
      "extend-all-the-things-cloud-provider-edition",
      "how-dod-uses-k8s-and-flux-to-achieve-compliance-and-deployment-consistency",
      "contour-a-high-performance-multitenant-ingress-controller-for-kubernetes",
      "introduction-and-deep-dive-into-containerd",
      "gitops-con-opening-keynotes",
      "hacking-into-kubernetes-security",
    ]);
  });

  it("keeps the whole document: what was parsed turns back into the validated document", () => {
    const { sessions, ...rest } = validateRecap(raw);
    expect(toRecapDocument(recap)).toEqual({
      ...rest,
      sessions: sessions.map((session, i) => ({ ...session, id: recap.sessions[i]?.id })),
    });
  });

  it("does not change its input", () => {
    const copy = structuredClone(raw);
    parseRecap(copy);
    expect(copy).toEqual(raw);
  });
});

describe("normalisation, field by field", () => {
  it("trims every string", () => {
    const recap = validateRecap({
      title: "  Title  ",
      subtitle: "\tSub\n",
      event: { name: " Event ", location: " Valencia, Spain " },
      sessions: [{ title: " Talk ", code: " DEV311 ", speakers: [{ name: " Ada ", affiliation: " ACME ", role: " Host " }] }],
    });
    expect(recap.title).toBe("Title");
    expect(recap.subtitle).toBe("Sub");
    expect(recap.event).toEqual({ name: "Event", location: "Valencia, Spain" });
    expect(recap.sessions[0]).toMatchObject({
      title: "Talk",
      code: "DEV311",
      speakers: [{ name: "Ada", affiliation: "ACME", role: "Host" }],
    });
  });

  it("turns a single-string Paragraphs into a list", () => {
    const recap = validateRecap({
      ...valid(),
      intro: "One paragraph.",
      outro: ["A.", "B."],
      callToAction: { title: "Talk to us", body: "Soon." },
    });
    expect(recap.intro).toEqual(["One paragraph."]);
    expect(recap.outro).toEqual(["A.", "B."]);
    expect(recap.callToAction?.body).toEqual(["Soon."]);
  });

  it("drops empty strings and empty lists, but keeps required empty lists", () => {
    const recap = validateRecap({
      ...valid(),
      subtitle: "   ",
      tags: ["", "  "],
      intro: ["", "Kept", " "],
      takeaways: [],
      authors: [],
      relatedReads: [],
      sessions: [{ title: "T", speakers: [], summary: "", resources: [], takeaways: ["", "Kept"] }],
    });
    expect(recap).not.toHaveProperty("subtitle");
    expect(recap).not.toHaveProperty("tags");
    expect(recap).not.toHaveProperty("takeaways");
    expect(recap).not.toHaveProperty("authors");
    expect(recap).not.toHaveProperty("relatedReads");
    expect(recap.intro).toEqual(["Kept"]);
    expect(recap.sessions[0]).toEqual({ title: "T", speakers: [], takeaways: ["Kept"] });
  });

  it("keeps an empty alt text, which marks a decorative image", () => {
    const recap = validateRecap({ ...valid(), image: { src: "/hero.jpg", alt: "", width: 1200, height: 630 } });
    expect(recap.image).toEqual({ src: "/hero.jpg", alt: "", width: 1200, height: 630 });
  });

  it("canonicalises the language tag", () => {
    expect(validateRecap({ ...valid(), language: "de-de" }).language).toBe("de-DE");
  });

  it("leaves unknown fields out everywhere (each with a warning: test/model.warnings.test.ts)", () => {
    const recap = validateRecap({
      ...valid(),
      cmsId: 42,
      event: { name: "PyCon US", venue: { hall: "A" } },
      sessions: [{ title: "T", speakers: [{ name: "Ada", twitter: "@ada" }], rating: 5 }],
    });
    expect(recap).not.toHaveProperty("cmsId");
    expect(recap.event).toEqual({ name: "PyCon US" });
    expect(recap.sessions[0]?.speakers[0]).toEqual({ name: "Ada" });
  });

  it("makes derived ids unique and keeps explicit ones", () => {
    const recap = parseRecap({
      ...valid(),
      sessions: [
        { title: "Lightning talks", speakers: [] },
        { title: "Lightning talks!", speakers: [] },
        { id: "lightning-talks-2", title: "Other", speakers: [] },
        { title: "ライトニングトーク", speakers: [] },
        { title: "🎉", speakers: [] },
      ],
    });
    expect(recap.sessions.map((s) => s.id)).toEqual([
      "lightning-talks",
      "lightning-talks-3",
      "lightning-talks-2",
      "ライトニングトーク",
      expect.stringMatching(/^session-[0-9a-z]+$/),
    ]);
  });

  it("gives a title without letters the same anchor wherever the session is, so its deep link survives a reorder", () => {
    const first = parseRecap({ ...valid(), sessions: [{ title: "🎉", speakers: [] }] }).sessions[0]?.id;
    const third = parseRecap({
      ...valid(),
      sessions: [{ title: "A" }, { title: "B" }, { title: "🎉" }].map((s) => ({ ...s, speakers: [] })),
    }).sessions[2]?.id;
    expect(first).toMatch(/^session-/);
    expect(third).toBe(first);
    expect(parseRecap({ ...valid(), sessions: [{ title: "🎈", speakers: [] }] }).sessions[0]?.id).not.toBe(first);
  });
});

describe("bad documents: every problem at once, each with its path", () => {
  const cases: Array<[string, unknown, string[]]> = [
    ["not an object", "a recap", [""]],
    ["null", null, [""]],
    ["a list", [valid()], [""]],
    ["missing title", { ...valid(), title: undefined }, ["title"]],
    ["empty title", { ...valid(), title: "   " }, ["title"]],
    ["title of the wrong type", { ...valid(), title: 2021 }, ["title"]],
    ["missing event", { ...valid(), event: undefined }, ["event"]],
    ["event without a name", { ...valid(), event: { edition: "2021" } }, ["event.name"]],
    ["event that is text", { ...valid(), event: "KubeCon" }, ["event"]],
    ["sessions missing", { ...valid(), sessions: undefined }, ["sessions"]],
    ["sessions not a list", { ...valid(), sessions: { title: "T" } }, ["sessions"]],
    ["a session that is not an object", { ...valid(), sessions: ["Keynote"] }, ["sessions[0]"]],
    ["a session without speakers", { ...valid(), sessions: [{ title: "T" }] }, ["sessions[0].speakers"]],
    ["an empty speaker name", { ...valid(), sessions: [{ title: "T", speakers: [{ name: "" }] }] }, ["sessions[0].speakers[0].name"]],
    [
      "an unknown resource kind",
      { ...valid(), sessions: [{ title: "T", speakers: [], resources: [{ kind: "video", url: "https://x" }] }] },
      ["sessions[0].resources[0].kind"],
    ],
    [
      "a resource without url",
      { ...valid(), sessions: [{ title: "T", speakers: [], resources: [{ kind: "slides" }] }] },
      ["sessions[0].resources[0].url"],
    ],
    ["an unknown format", { ...valid(), sessions: [{ title: "T", speakers: [], format: "Keynote" }] }, ["sessions[0].format"]],
    ["a related read with neither title nor excerpt", { ...valid(), relatedReads: [{ url: "https://x" }] }, ["relatedReads[0]"]],
    ["a bad date", { ...valid(), publishedAt: "2021-02-30" }, ["publishedAt"]],
    ["a date in another format", { ...valid(), event: { name: "E", startDate: "04/05/2021" } }, ["event.startDate"]],
    [
      "an event that ends before it starts",
      { ...valid(), event: { name: "E", startDate: "2021-05-07", endDate: "2021-05-04" } },
      ["event.endDate"],
    ],
    [
      "duplicate explicit ids",
      {
        ...valid(),
        sessions: [
          { id: "k", title: "A", speakers: [] },
          { id: "k", title: "B", speakers: [] },
        ],
      },
      ["sessions[1].id"],
    ],
    ["an id with spaces", { ...valid(), sessions: [{ id: "my talk", title: "A", speakers: [] }] }, ["sessions[0].id"]],
    ["an id with a character links cannot hold", { ...valid(), sessions: [{ id: "Ü#x", title: "A", speakers: [] }] }, ["sessions[0].id"]],
    ["tags that are not text", { ...valid(), tags: ["k8s", 3] }, ["tags[1]"]],
    ["Paragraphs of the wrong type", { ...valid(), intro: { text: "Hi" } }, ["intro"]],
    ["an image without alt", { ...valid(), image: { src: "/a.png" } }, ["image.alt"]],
    ["an image with a negative width", { ...valid(), image: { src: "/a.png", alt: "", width: -3 } }, ["image.width"]],
    ["a language that is not a tag", { ...valid(), language: "English please" }, ["language"]],
    ["a call to action without title", { ...valid(), callToAction: { label: "Go" } }, ["callToAction.title"]],
    ["an author without a name", { ...valid(), authors: [{ url: "https://x" }] }, ["authors[0].name"]],
    ["a publisher that is text", { ...valid(), publisher: "ACME" }, ["publisher"]],
  ];

  it.each(cases)("%s", (_name, input, expected) => {
    expect(pathsOf(input)).toEqual(expected);
    expect(() => parseRecap(input)).toThrow(RecapValidationError);
  });

  it("lists every problem of a document at once, with paths into the input", () => {
    const input = {
      title: "",
      event: { name: "KubeCon", startDate: "May 4" },
      sessions: [
        { title: "Fine", speakers: [] },
        { title: "Talk", speakers: [{ name: "Ada" }, { name: "  " }], resources: [{ kind: "video", url: "https://x" }] },
        { speakers: 42 },
      ],
      relatedReads: [{ date: "yesterday" }],
    };
    expect(pathsOf(input)).toEqual([
      "title",
      "event.startDate",
      "sessions[1].speakers[1].name",
      "sessions[1].resources[0].kind",
      "sessions[2].title",
      "sessions[2].speakers",
      "relatedReads[0].date",
    ]);
  });

  it("writes messages a publisher can act on, and a summary that reads on its own", () => {
    const input = { ...valid(), sessions: [{ title: "T", speakers: [{ name: "" }], format: "Keynote" }] };
    let error: unknown;
    try {
      parseRecap(input);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(RecapValidationError);
    const { message, issues } = error as RecapValidationError;
    expect(issues).toEqual([
      { path: "sessions[0].speakers[0].name", message: "is empty. Every speaker needs a name." },
      {
        path: "sessions[0].format",
        message: '"Keynote" is not a session format. Use one of: keynote, talk, panel, workshop, lightning, other.',
      },
    ]);
    expect(message).toBe(
      [
        "This recap document has 2 problems:",
        "- sessions[0].speakers[0].name: is empty. Every speaker needs a name.",
        '- sessions[0].format: "Keynote" is not a session format. Use one of: keynote, talk, panel, workshop, lightning, other.',
      ].join("\n"),
    );
  });

  it("reports a getter that throws instead of crashing", () => {
    const input = valid();
    Object.defineProperty(input, "subtitle", {
      enumerable: true,
      get() {
        throw new Error("CMS field locked");
      },
    });
    expect(issuesOf(input)).toEqual([{ path: "subtitle", message: "could not be read (CMS field locked)." }]);
  });

  it("safeParseRecap never throws, even for a Proxy that throws on every access", () => {
    const hostile = new Proxy(
      {},
      {
        get() {
          throw new Error("nope");
        },
        has() {
          throw new Error("nope");
        },
        ownKeys() {
          throw new Error("nope");
        },
      },
    );
    const result = safeParseRecap(hostile);
    expect(result.ok).toBe(false);
    expect(() => parseRecap(hostile)).toThrow(RecapValidationError);
  });

  it("speaks of a speaker and an author", () => {
    expect(issuesOf({ ...valid(), authors: ["Ada"] })[0]?.message).toBe("must be an object describing an author, but it is text.");
    expect(issuesOf({ ...valid(), sessions: [{ title: "T", speakers: [3] }] })[0]?.message).toBe(
      "must be an object describing a speaker, but it is the number 3.",
    );
  });

  it("returns the value when the document is valid", () => {
    expect(safeParseRecap(valid())).toEqual({ ok: true, value: parseRecap(valid()), warnings: [] });
  });
});

describe("hostile input, round two", () => {
  it("refuses a sparse list of four million sessions at once, without reading its items", () => {
    const sessions: unknown[] = [];
    sessions.length = 4_000_000;
    sessions[3_999_999] = { title: "Last", speakers: [] };
    const before = process.memoryUsage().heapUsed;
    expect(issuesOf({ ...valid(), sessions })).toEqual([
      { path: "sessions", message: "has 4,000,000 items; a list in a recap may have at most 100,000." },
    ]);
    // Reading four million holes would have made four million problems (about 1.7 GB).
    expect(process.memoryUsage().heapUsed - before).toBeLessThan(50_000_000);
  });

  it("takes a list of 100,000 items, the most it allows", () => {
    const tags = Array.from({ length: 100_000 }, (_, index) => `tag ${index}`);
    expect(parseRecap({ ...valid(), tags }).tags).toHaveLength(100_000);
  });

  it("names a value only JavaScript can pass in words: never 'a undefined'", () => {
    const messages = issuesOf({ ...valid(), tags: [undefined, 1n, Symbol("s"), () => 1] }).map((issue) => issue.message);
    expect(messages).toEqual([
      "must be text, but it is undefined.",
      "must be text, but it is the number 1n.",
      "must be text, but it is a symbol.",
      "must be text, but it is a function.",
    ]);
  });

  it("gives every same-title session its own id, numbered in order", () => {
    const sessions = Array.from({ length: 15_000 }, () => ({ title: "Q&A", speakers: [] }));
    sessions.splice(1, 0, { id: "q-a-3", title: "Q&A", speakers: [] } as (typeof sessions)[number]);
    const ids = parseRecap({ ...valid(), sessions }).sessions.map((session) => session.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.slice(0, 5)).toEqual(["q-a", "q-a-3", "q-a-2", "q-a-4", "q-a-5"]);
    expect(ids.at(-1)).toBe("q-a-15001");
  });

  it("keeps terminal escape sequences and forged lines out of the error message, and in the issues", () => {
    const title = "\u001b]8;;https://evil.example\u0007click\u001b]8;;\u0007\n- title: fine\u202e";
    const input = { ...valid(), sessions: [{ title: "T", speakers: [], format: title }] };
    let error: unknown;
    try {
      parseRecap(input);
    } catch (caught) {
      error = caught;
    }
    const { message, issues } = error as RecapValidationError;
    expect(issues[0]?.message).toContain(title);
    // biome-ignore lint/suspicious/noControlCharactersInRegex: what must not reach a terminal.
    expect(message).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e]/);
    expect(message.split("\n")).toHaveLength(2);
    expect(message).toContain('"\\u001b]8;;https://evil.example\\u0007click');
  });

  it("says a related read needs a title or an excerpt for each of thousands, once each", () => {
    const relatedReads = Array.from({ length: 5_000 }, (_, index) => (index % 2 ? { url: "/a" } : { url: 3 }));
    const issues = issuesOf({ ...valid(), relatedReads });
    expect(issues).toHaveLength(5_000);
    expect(issues[0]).toEqual({ path: "relatedReads[0].url", message: "must be text, but it is the number 3." });
    expect(issues[1]?.message).toMatch(/^needs a title or an excerpt/);
  });
});

describe("the validated document", () => {
  it("is frozen all the way down, so what is derived from it cannot go stale", () => {
    const recap = parseRecap(raw);
    expect(Object.isFrozen(recap)).toBe(true);
    expect(Object.isFrozen(recap.sessions[0]?.speakers[0])).toBe(true);
    expect(() => {
      (recap.sessions as unknown[]).push({});
    }).toThrow(TypeError);
  });
});
