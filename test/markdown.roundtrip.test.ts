import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseRecapMarkdown, safeParseRecapMarkdown, toRecapMarkdown } from "../src/markdown/index.js";
import { RESOURCE_KINDS, type RecapDocument as Recap, SESSION_FORMATS } from "../src/model/types.js";
import { parseRecap, safeParseRecap } from "../src/parse/parseRecap.js";
import { toRecapDocument } from "../src/parse/toRecapDocument.js";
import { readMarkdown } from "./support/readMarkdown.js";

/** Pieces that Markdown, YAML, the byline grammar or the model's inline markup might read as syntax. */
const TRICKY = [
  "#",
  "## ",
  "### ",
  "-",
  "- ",
  "+ ",
  "* ",
  ">",
  "> ",
  "*",
  "**",
  "_",
  "`",
  "```",
  "~~~",
  "[",
  "]",
  "(",
  ")",
  "\\",
  "\\#",
  "\\*",
  "\\\\",
  "|",
  "1. ",
  "2021.",
  "3) ",
  "&",
  " & ",
  ",",
  ", ",
  "{#x}",
  " {#id}",
  " {.takeaways}",
  "{.outro}",
  "{",
  "}",
  "<",
  ">",
  "<b>",
  "<!--",
  "-->",
  "&amp;",
  "&#35;",
  ":",
  ": ",
  "Speakers: ",
  "Speaker:",
  "Track: ",
  "Tags:",
  "Slides: ",
  "Button: ",
  "Link:",
  "---",
  "===",
  "***",
  "___",
  "(2021-05-04)",
  "(Moderator)",
  "[a](https://example.com/a)",
  "<https://example.com>",
  "![x](y.png)",
  "[x]: /y",
  "    ",
  " ",
  "  ",
  "\t",
  "\n",
  "\r\n",
  "\r",
  "\u00a0",
  "\u2028",
  "\u200b",
  "\u200d",
  "\u200f",
  "\ufeff",
];
/** Words and marks from many scripts, and emoji made of several code points. */
const SCRIPTS = [
  "word",
  "Jane Doe",
  "ACME, Inc.",
  "Körbes",
  "Ærøskøbing",
  "straße",
  "Ελληνικά",
  "Кириллица",
  "العربية",
  "سلام",
  "עברית",
  "हिन्दी",
  "বাংলা",
  "ไทย",
  "日本語",
  "カタカナ",
  "ひらがな",
  "漢字",
  "한국어",
  "ქართული",
  "Հայերեն",
  "አማርኛ",
  "ᚠᚢᚦ",
  "e\u0301",
  "👩‍💻",
  "🇧🇪",
  "🙂",
  "𝔘𝔫𝔦",
];

const piece = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...SCRIPTS) },
  { weight: 3, arbitrary: fc.constantFrom(...TRICKY) },
  { weight: 1, arbitrary: fc.string({ unit: "grapheme", maxLength: 3 }) },
);
const text = fc.array(piece, { maxLength: 6 }).map((pieces) => pieces.join(""));
const someText = text.filter((value) => value.trim() !== "");
const url = fc.oneof(
  fc.webUrl(),
  fc.constantFrom("/contact", "mailto:a@b.c", "https://x.y/a_(b)", "https://x.y/?a=1&b=2", "javascript:alert(1)"),
  someText,
);
const day = fc
  .date({ min: new Date("1990-01-01T00:00:00Z"), max: new Date("2090-12-31T00:00:00Z"), noInvalidDate: true })
  .map((date) => date.toISOString().slice(0, 10));
const date = fc.oneof(
  day,
  day.map((value) => `${value}T09:30:00+02:00`),
);
const paragraphs = fc.oneof(text, fc.array(text, { maxLength: 3 }));
const texts = fc.array(text, { maxLength: 3 });
const image = fc.record(
  { src: url, alt: text, width: fc.integer({ min: 1, max: 4000 }), height: fc.integer({ min: 1, max: 4000 }) },
  { requiredKeys: ["src", "alt"] },
);
const person = fc.record(
  { name: someText, affiliation: fc.oneof(text, fc.constantFrom("ACME", "NTT Corporation")), role: text, url, avatar: url },
  { requiredKeys: ["name"] },
);
const id = fc.oneof(fc.stringMatching(/^[a-z0-9-]{1,12}$/), someText.map((value) => value.replace(/\s/g, "")).filter(Boolean));
const session = fc.record(
  {
    id,
    title: someText,
    code: text,
    date,
    speakers: fc.array(person, { maxLength: 4 }),
    track: text,
    format: fc.constantFrom(...SESSION_FORMATS),
    summary: paragraphs,
    takeaways: texts,
    resources: fc.array(fc.record({ kind: fc.constantFrom(...RESOURCE_KINDS), url, label: text }, { requiredKeys: ["kind", "url"] }), {
      maxLength: 3,
    }),
    tags: texts,
  },
  { requiredKeys: ["title", "speakers"] },
);
const relatedRead = fc.record({ title: text, url, excerpt: text, date: day, image }, { requiredKeys: [] });
const recapArb = fc
  .record(
    {
      title: someText,
      subtitle: text,
      url,
      language: fc.constantFrom("en", "de", "ja", "ar", "pt-BR", "zh-Hant-TW"),
      publishedAt: date,
      updatedAt: date,
      authors: fc.array(person, { maxLength: 2 }),
      publisher: fc.record({ name: someText, url }, { requiredKeys: ["name"] }),
      image,
      tags: texts,
      event: fc.record({ name: someText, edition: text, startDate: day, location: text, url }, { requiredKeys: ["name"] }),
      intro: paragraphs,
      sessions: fc.array(session, { maxLength: 4 }),
      takeaways: texts,
      outro: paragraphs,
      relatedReads: fc.array(relatedRead, { maxLength: 3 }),
      callToAction: fc.record({ title: someText, body: paragraphs, label: text, url }, { requiredKeys: ["title"] }),
    },
    { requiredKeys: ["title", "event", "sessions"] },
  )
  .filter((value) => safeParseRecap(value).ok) as fc.Arbitrary<Recap>;

/** Prose as writers write it, with the model's inline markup, but nothing Markdown needs escaped at the start. */
const word = fc.constantFrom(...SCRIPTS, "Kubernetes", "GitOps", "the", "and", "AT&T", "20%");
const inlinePiece = fc.constantFrom(
  " ",
  " ",
  ", ",
  ". ",
  "! ",
  " – ",
  " (",
  ") ",
  ": ",
  " *mesh* ",
  " **fast** ",
  " `kubectl` ",
  " [docs](https://x.y/docs) ",
  "’",
);
const prose = fc
  .tuple(word, fc.array(fc.oneof(word, inlinePiece), { maxLength: 8 }))
  .map(([first, rest]) => `${first}${rest.join("")}`.trim())
  .filter((value) => value !== "");
/**
 * A name as a byline can say it: " and " and a spaced en or em dash separate people and
 * organisations there, and Markdown has no escape for the dashes, so such a name goes to YAML
 * (tested below).
 */
const bylineName = prose.filter((value) => !/(^|\s)and(\s|$)|\s[–—](\s|$)/.test(value));
const proseRecap = fc
  .record(
    {
      title: prose,
      language: fc.constantFrom("en", "ja", "ar"),
      event: fc.record({ name: prose, edition: fc.constantFrom("2021", "Europe") }),
      intro: fc.array(prose, { maxLength: 2 }),
      sessions: fc.array(
        fc.record(
          {
            title: prose,
            speakers: fc.array(
              fc.record(
                { name: bylineName, affiliation: fc.constantFrom("Kong", "ACME, Inc.", "NTT Corporation"), role: prose },
                { requiredKeys: ["name"] },
              ),
              { maxLength: 4 },
            ),
            track: prose,
            format: fc.constantFrom(...SESSION_FORMATS),
            tags: fc.array(prose, { maxLength: 3 }),
            summary: fc.array(prose, { maxLength: 3 }),
            takeaways: fc.array(prose, { maxLength: 3 }),
            resources: fc.array(
              fc.record({ kind: fc.constantFrom(...RESOURCE_KINDS), url: fc.webUrl(), label: prose }, { requiredKeys: ["kind", "url"] }),
            ),
          },
          { requiredKeys: ["title", "speakers"] },
        ),
        { maxLength: 4 },
      ),
      takeaways: fc.array(prose, { maxLength: 2 }),
      outro: fc.array(prose, { maxLength: 2 }),
      relatedReads: fc.array(
        fc.oneof(
          fc.record({ title: prose, url: fc.webUrl(), excerpt: prose, date: day }, { requiredKeys: ["title"] }),
          fc.record({ excerpt: prose }),
        ),
        {
          maxLength: 3,
        },
      ),
      callToAction: fc.record(
        { title: prose, body: fc.array(prose, { maxLength: 2 }), label: prose, url: fc.webUrl() },
        { requiredKeys: ["title"] },
      ),
    },
    { requiredKeys: ["title", "event", "sessions"] },
  )
  .filter((value) => safeParseRecap(value).ok) as fc.Arbitrary<Recap>;

/** Strings that look like Markdown, YAML, bylines or this convention's own syntax. */
const ODD = [
  "# not a heading",
  "## Not a session",
  "- not a list",
  "+ not a list",
  "> not a quote",
  "1. not a list",
  "2021. What a year",
  "3) not a list",
  "* not a bullet",
  "*emphasis* first",
  "| a | table |",
  "---",
  "===",
  "```js",
  "~~~",
  "<div>html</div>",
  "<!-- a comment -->",
  "[ref]: https://x.y",
  "&amp; stays &amp;",
  "C:\\Users\\jane",
  "\\# a backslash before a hash",
  "a trailing backslash \\",
  "Speakers: Jane Doe, ACME",
  "Track: ServiceMeshCon",
  "Button: [Get in touch](/contact)",
  "Templating {.takeaways}",
  "Anchors {#kuma}",
  "C# tips #",
  "Doe, Jane (Host) & Roe, John",
  "(2021-05-04)",
  "[Title](https://x.y) (2021-05-04)",
  "**Bold title**",
  "<https://example.com>",
  "line\nbreak",
  "tab\tinside",
  "日本語のテキスト：要点",
  "العربية والإنجليزية mixed",
  "emoji 👩‍💻🇧🇪 and e\u0301",
];

describe("toRecapMarkdown and parseRecapMarkdown", () => {
  it("read back every valid recap exactly as parseRecap normalises it", () => {
    fc.assert(
      fc.property(recapArb, (value) => {
        expect(parseRecapMarkdown(toRecapMarkdown(value))).toStrictEqual(parseRecap(value));
      }),
      { numRuns: 150 },
    );
  });

  it("write prose as prose: no YAML block and no section in the front matter when Markdown can say it all", () => {
    fc.assert(
      fc.property(proseRecap, (value) => {
        const markdown = toRecapMarkdown(value);
        expect(markdown).not.toContain("```yaml recap");
        const frontMatter = markdown.split(/^---$/m)[1] ?? "";
        expect(frontMatter).not.toMatch(/^(intro|takeaways|outro|relatedReads|callToAction):/m);
        expect(parseRecapMarkdown(markdown)).toStrictEqual(parseRecap(value));
      }),
      { numRuns: 80 },
    );
  });

  it.each(ODD.map((text) => [text]))("round-trips %j in every text field", (text) => {
    const recap: Recap = {
      title: text,
      subtitle: text,
      event: { name: text, location: text },
      authors: [{ name: text, affiliation: text, role: text }],
      intro: [text, `Before ${text}`],
      sessions: [
        {
          title: text,
          speakers: [
            { name: text, affiliation: text, role: text },
            { name: `Jane ${text}`, affiliation: "ACME" },
            { name: "Kim", url: "https://kim.example" },
          ],
          track: text,
          code: text,
          tags: [text, "kubernetes"],
          summary: [text],
          takeaways: [text, `${text} again`],
          resources: [
            { kind: "slides", url: "https://x.y/slides.pdf", label: text },
            { kind: "other", url: "/relative" },
          ],
        },
        { title: `${text} 2`, speakers: [] },
      ],
      takeaways: [text],
      outro: [text],
      relatedReads: [{ title: text, url: "https://x.y/read", excerpt: text, date: "2021-05-04" }, { excerpt: text }],
      callToAction: { title: text, body: [text], label: text, url: "https://x.y/contact" },
    };
    expect(parseRecapMarkdown(toRecapMarkdown(recap))).toStrictEqual(parseRecap(recap));
  });

  it("escapes a paragraph's first characters instead of falling back to YAML", () => {
    const markdown = toRecapMarkdown({
      title: "Escapes",
      event: { name: "PyCon" },
      intro: ["# not a heading", "- not a list", "2021. What a year", "> not a quote"],
      sessions: [{ title: "C# tips #", speakers: [{ name: "Doe, Jane", affiliation: "Procter & Gamble" }], summary: ["<div> is text"] }],
    });
    expect(markdown).toContain("\\# not a heading\n\n\\- not a list\n\n2021\\. What a year\n\n\\> not a quote");
    expect(markdown).toContain("## C# tips \\#");
    expect(markdown).toContain("- Speaker: Doe\\, Jane, Procter \\& Gamble");
    expect(markdown).toContain("\\<div> is text");
    expect(markdown).not.toContain("```");
  });

  it("writes an id only where it would not be derived again", () => {
    const markdown = toRecapMarkdown({
      title: "Ids",
      event: { name: "PyCon" },
      sessions: [
        { title: "Keynote", speakers: [] },
        { id: "keynote-2", title: "Keynote", speakers: [] },
        { id: "kuma-keynote", title: "Kuma", speakers: [] },
        { id: "keynote-3", title: "Keynote", speakers: [] },
      ],
    });
    expect(markdown.split("\n").filter((line) => line.startsWith("## "))).toEqual([
      "## Keynote",
      "## Keynote",
      "## Kuma {#kuma-keynote}",
      "## Keynote",
    ]);
  });
});

describe("the writer's own headings", () => {
  const recap = (headings?: Record<string, string>, language?: string) => ({
    title: "Highlights",
    ...(language ? { language } : {}),
    event: { name: "PyCon US" },
    sessions: [
      { title: "A talk", speakers: [], takeaways: ["One thing."] },
      { title: "Another", speakers: [], takeaways: ["Two."] },
    ],
    takeaways: ["GitOps is everywhere."],
    outro: ["See you next year."],
    relatedReads: [{ title: "More", url: "https://acme.example/more" }],
    ...(headings ? { headings } : {}),
  });

  it("reads the words of each section's heading as the writer's, and a language's label as no heading of their own", () => {
    const text = toRecapMarkdown(recap());
    expect(text).toContain("## Our takeaways {.takeaways}");
    expect(text).toContain("### Key takeaways");
    expect(text).toContain("## {.outro}");
    const own = text
      .replace("## Our takeaways {.takeaways}", "## What we took home {.takeaways}")
      .replaceAll("### Key takeaways", "### Worth remembering")
      .replace("## {.outro}", "## Until next time {.outro}")
      .replace("## What others have also read {.related-reads}", "## More from our blog {.related-reads}");
    expect(readMarkdown(text).headings).toBeUndefined();
    expect(readMarkdown(own).headings).toEqual({
      takeaways: "What we took home",
      outro: "Until next time",
      relatedReads: "More from our blog",
      sessionTakeaways: "Worth remembering",
    });
  });

  it("keeps them through the round trip, in every language, the session index's in the front matter", () => {
    const headings = {
      takeaways: "Was bleibt",
      sessionTakeaways: "Merken",
      outro: "Bis bald",
      relatedReads: "Mehr",
      sessionIndex: "Alle Vorträge",
    };
    for (const [given, language] of [
      [headings, "de"],
      [undefined, "de"],
      [{ sessionIndex: "Talks" }, undefined],
    ] as const) {
      const document = recap(given, language);
      const text = toRecapMarkdown(document);
      expect(readMarkdown(text)).toStrictEqual(toRecapDocument(parseRecap(document)));
    }
    expect(toRecapMarkdown(recap(undefined, "de"))).toContain("## Das haben andere auch gelesen {.related-reads}");
  });

  it("warns when the sessions' takeaways headings differ, since the page shows one", () => {
    const text = toRecapMarkdown(recap()).replace("### Key takeaways", "### Worth remembering");
    const result = safeParseRecapMarkdown(text);
    expect(result.warnings).toEqual([
      expect.objectContaining({
        path: "headings.sessionTakeaways",
        message: expect.stringMatching(
          /^Every session's takeaways have the same heading on the page, the first one written \("Worth remembering", line \d+\), so "Key takeaways" is not shown/,
        ),
      }),
    ]);
  });
});
