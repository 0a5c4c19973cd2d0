import { describe, expect, it } from "vitest";
import { parseRecapMarkdown, RecapMarkdownError, type RecapMarkdownIssue, safeParseRecapMarkdown } from "../src/markdown/index.js";
import { RecapValidationError } from "../src/model/errors.js";

const FRONT_MATTER = ["---", "title: Our PyCon highlights", "event:", "  name: PyCon US", "---", ""];

/** A document with a minimal front matter: the body's first line is line 7. */
function doc(...body: string[]): string {
  return [...FRONT_MATTER, ...body].join("\n");
}

function issuesOf(text: string): RecapMarkdownIssue[] {
  const result = safeParseRecapMarkdown(text);
  if (result.ok) throw new Error("expected the draft to be refused");
  return result.issues;
}

/** `line path` for each issue, the shortest way to see where a draft went wrong. */
function where(text: string): string[] {
  return issuesOf(text).map((issue) => `${issue.line} ${issue.path}`);
}

describe("bad drafts report the line of each problem", () => {
  it("a document without front matter", () => {
    const issues = issuesOf("# Highlights\n\nIntro.");
    expect(issues.map((issue) => issue.line)).toEqual([1, 1]);
    expect(issues[0]?.message).toMatch(/starts with front matter/);
    expect(issues[1]?.message).toMatch(/# heading .* front matter \(title: …\)/);
  });

  it("front matter that is never closed", () => {
    const issues = issuesOf("---\ntitle: x\nevent: { name: y }\n\nIntro.");
    expect(issues).toEqual([{ path: "", line: 1, message: expect.stringMatching(/never closed/) }]);
  });

  it("invalid YAML in the front matter, at the line YAML stumbles on", () => {
    expect(where("---\ntitle: x\nevent: { name: y\nlanguage: en\n---\n")).toEqual(["4 "]);
    const [duplicate] = issuesOf("---\ntitle: x\ntitle: y\nevent: { name: y }\n---\n");
    expect(duplicate).toEqual({ path: "title", line: 3, message: "is given twice (first on line 2): keep one." });
  });

  it("invalid values in the front matter, at their own lines", () => {
    const text = "---\ntitle: x\npublishedAt: 4 May 2021\nevent:\n  name: y\n  startDate: 2021-05-07\n  endDate: 2021-05-04\n---\n";
    expect(where(text)).toEqual(["3 publishedAt", "7 event.endDate"]);
    expect(where("---\nevent: { name: y }\n---\n\n## A session")).toEqual(["1 title"]);
  });

  it("an invalid session format, and an unknown detail key as a warning with the key meant", () => {
    const text = doc("## A session", "", "- Speaker: Jane", "- Format: Keynote", "- Slide: https://x.y");
    const issues = issuesOf(text);
    expect(issues.map((issue) => `${issue.line} ${issue.path}`)).toEqual(["10 sessions[0].format"]);
    expect(issues[0]?.message).toBe('"Keynote" is not a session format. Use one of: keynote, talk, panel, workshop, lightning, other.');
    expect(safeParseRecapMarkdown(text).warnings).toEqual([
      { path: "sessions[0]", line: 11, message: '"Slide" is not a session detail, so this line is left out. Did you mean "Slides"?' },
    ]);
  });

  it("bylines that cannot be read", () => {
    const text = doc(
      "## A",
      "",
      "- Speakers: Jane Doe & , ACME",
      "",
      "## B",
      "",
      "- Speakers: Jane,",
      "",
      "## C",
      "",
      "- Speakers: (Host), ACME",
    );
    const issues = issuesOf(text);
    expect(issues.map((issue) => `${issue.line} ${issue.path}`)).toEqual([
      "9 sessions[0].speakers",
      "13 sessions[1].speakers",
      "17 sessions[2].speakers",
    ]);
    expect(issues.map((issue) => issue.message)).toEqual([
      "The speakers cannot be read: part 2 has an empty name: look for a doubled & or ; or a comma with nothing before it.",
      'The speakers cannot be read: nothing follows the comma after "Jane".',
      'The speakers cannot be read: part 1, "(Host)", has no name before it.',
    ]);
  });

  it("keys that every JavaScript object has are unknown keys too", () => {
    const result = safeParseRecapMarkdown(doc("## A", "", "- Constructor: x", "- toString: y", "- valueOf: z"));
    expect(result.ok).toBe(true);
    expect(result.warnings.map((warning) => `${warning.line} ${warning.path}`)).toEqual([
      "9 sessions[0]",
      "10 sessions[0]",
      "11 sessions[0]",
    ]);
    expect(result.warnings.map((warning) => warning.message.split(" is ")[0])).toEqual(['"Constructor"', '"toString"', '"valueOf"']);
  });

  it("resource lines without a URL, and a detail given twice", () => {
    const issues = issuesOf(doc("## A", "", "- Slides: see the deck", "- Repo:", "- Track: one", "- Track: two"));
    expect(issues.map((issue) => `${issue.line} ${issue.path}`)).toEqual([
      "9 sessions[0].resources",
      "10 sessions[0].resources",
      "12 sessions[0].track",
    ]);
    expect(issues[0]?.message).toMatch(/^"Slides:" needs the address it links to/);
  });

  it("a list under a session heading that is not details", () => {
    const issues = issuesOf(doc("## A", "", "- Kubernetes is great", "- Nested:", "  - no"));
    expect(issues.map((issue) => issue.line)).toEqual([9, 10]);
    expect(issues[0]?.message).toMatch(
      /^"Kubernetes is great" is not a "Key: value" line\. .* If these lines are the summary, write them as paragraphs/,
    );
    expect(issues[0]?.message).toMatch(/if they are takeaways, put a ### heading/);
  });

  it("heading attributes a recap does not know", () => {
    const issues = issuesOf(doc("## Wrap-up {.outtro}", "", "## Ok {#a b}"));
    expect(issues.map((issue) => issue.line)).toEqual([7, 9]);
    expect(issues[0]?.message).toMatch(/^"\{\.outtro\}" is not a heading attribute .* \{\.outro\}/);
  });

  it("two sessions with the same id, at the second", () => {
    expect(where(doc("## A {#same}", "", "## B {#same}"))).toEqual(["9 sessions[1].id"]);
  });

  it("a section given both in the front matter and in the text", () => {
    const issues = issuesOf(["---", "title: x", "event: { name: y }", "intro: Hello", "---", "", "Intro again."].join("\n"));
    expect(issues).toEqual([
      { path: "intro", line: 7, message: "is given twice, in the front matter (line 4) and in the text: keep one." },
    ]);
    expect(where(["---", "title: x", "event: { name: y }", "sessions: []", "---"].join("\n"))).toEqual(["4 sessions"]);
  });

  it("text, headings and lists out of place in a session", () => {
    const text = doc(
      ...["## A", "", "Summary.", "", "### Key takeaways", "", "- One.", "", "More text.", "", "### Again", ""],
      ...["## B", "", "### Key takeaways", ""],
      ...["## C", "", "Summary", "", "- a list in the summary"],
    );
    const issues = issuesOf(text);
    expect(issues.map((issue) => `${issue.line} ${issue.path}`)).toEqual([
      "15 sessions[0]",
      "17 sessions[0]",
      "19 sessions[1].takeaways",
      "27 sessions[2]",
    ]);
    expect(issues[0]?.message).toMatch(/^Text after a session's takeaways/);
    expect(issues[2]?.message).toMatch(/no list follows it/);
  });

  it("blocks that have no place in a recap", () => {
    const text = doc(
      "# Title",
      "",
      "> quote",
      "",
      "<div>html</div>",
      "",
      "[ref]: https://x.y",
      "",
      "```js",
      "x",
      "```",
      "",
      "- a list",
      "",
      "### sub",
    );
    const issues = issuesOf(text);
    expect(issues.map((issue) => issue.line)).toEqual([7, 9, 11, 13, 15, 19, 21]);
    expect(issues.map((issue) => issue.message.split(/[:.]/)[0])).toEqual([
      "A # heading is not part of the recap",
      "A block quote is not part of the recap",
      "HTML is not read in a Markdown recap",
      "Link reference definitions are not supported",
      "A code block is not part of the recap",
      "A list here is not part of the recap",
      "This heading is not part of the recap",
    ]);
  });

  it("problems inside a ```yaml recap block, at their lines in the block", () => {
    const text = doc(
      ...["## A", "", "- Track: t", "", "```yaml recap", "track: again", "avatar: x", "speakers:", "  - name: ''", "```", ""],
      ...["## B", "", "```yaml recap", "speakers: [", "```", ""],
      ...["## C", "", "```yaml recap", "- a list", "```"],
    );
    expect(where(text)).toEqual([
      "12 sessions[0].track",
      "13 sessions[0].avatar",
      "15 sessions[0].speakers[0].name",
      "21 sessions[1]",
      "26 sessions[2]",
    ]);
  });

  it("a session heading with no title", () => {
    expect(issuesOf(doc("##", "", "- Speaker: Jane"))).toEqual([
      { path: "sessions[0].title", line: 7, message: "is missing. Every session needs a title." },
    ]);
  });

  it("a bad item after one that was left out: the index and the line as written", () => {
    const reads = doc("## Reads {.related-reads}", "", "- one", "", "  two", "", "  three", "", "- [Second](https://x.y) (2021-13-45)");
    expect(where(reads)).toEqual(["9 relatedReads[0]", "15 relatedReads[1].date"]);
    const takeaways = doc(
      "## A",
      "",
      "### Key takeaways",
      "",
      "- One",
      "  - nested",
      "- Two",
      "- **Three**",
      "",
      "## B",
      "",
      "- Date: soon",
    );
    expect(where(takeaways)).toEqual(["11 sessions[0].takeaways[0]", "18 sessions[1].date"]);
    const resources = doc("## A", "", "- Slides: the deck", "- Repo: https://x.y/repo", "- Recording: javascript", "- Link: 3");
    expect(where(resources).slice(0, 1)).toEqual(["9 sessions[0].resources"]);
  });

  it("related reads and calls to action that cannot be read", () => {
    const reads = doc("## Reads {.related-reads}", "", "- one", "", "  two", "", "  three", "", "## Reads again {.related-reads}");
    expect(where(reads)).toEqual(["9 relatedReads[0]", "15 relatedReads"]);
    const cta = doc("## {.call-to-action}", "", "Body.", "", "- Label: x", "- Button: a", "- Button: b", "", "More body.");
    expect(where(cta)).toEqual(["7 callToAction.title", "11 callToAction", "13 callToAction", "15 callToAction"]);
  });
});

describe("RecapMarkdownError", () => {
  const draft = doc("## A", "", "- Format: Keynote", "- Date: tomorrow", "", "## B {#a}", "", "- Speakers: Jane (Host), ");

  it("is a RecapValidationError listing every problem in document order, each with its line", () => {
    let caught: unknown;
    try {
      parseRecapMarkdown(draft);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(RecapMarkdownError);
    expect(caught).toBeInstanceOf(RecapValidationError);
    const error = caught as RecapMarkdownError;
    expect(error.name).toBe("RecapMarkdownError");
    expect(error.issues.map((issue) => issue.line)).toEqual([9, 10, 14]);
    expect(error.message).toBe(
      [
        "This Markdown recap has 3 problems:",
        '- line 9, sessions[0].format: "Keynote" is not a session format. Use one of: keynote, talk, panel, workshop, lightning, other.',
        '- line 10, sessions[0].date: "tomorrow" is not a date in the form a recap uses. Write a date as YYYY-MM-DD (2021-05-04), or a date and time with its offset (2021-05-04T14:30:00+02:00).',
        '- line 14, sessions[1].speakers: The speakers cannot be read: nothing follows the comma after "Jane".',
      ].join("\n"),
    );
  });

  it("safeParseRecapMarkdown returns the same issues and never throws", () => {
    expect(issuesOf(draft)).toHaveLength(3);
    expect(safeParseRecapMarkdown(42 as unknown as string)).toEqual({
      ok: false,
      issues: [{ path: "", message: "A Markdown recap must be text." }],
      warnings: [],
    });
    expect(safeParseRecapMarkdown("").ok).toBe(false);
    expect(safeParseRecapMarkdown("---\n---\n").ok).toBe(false);
    expect(safeParseRecapMarkdown("---\na: &a [*a, *a]\nb: *a\n---\n").ok).toBe(false);
  });

  it("refuses a front matter that expands into a huge document", () => {
    const bomb = [
      "---",
      "a: &a [x, x, x, x, x, x, x, x, x, x]",
      ...Array.from(
        { length: 9 },
        (_, i) => `${"bcdefghij"[i]}: &${"bcdefghij"[i]} [${`*${i === 0 ? "a" : "bcdefghij"[i - 1]}, `.repeat(10).slice(0, -2)}]`,
      ),
      "title: t",
      "event: { name: e }",
      "---",
    ];
    const issues = issuesOf(bomb.join("\n"));
    expect(issues.some((issue) => /too many YAML aliases/.test(issue.message))).toBe(true);
  });
});

describe("the writer's slips in Markdown: warnings and problems at the line they were made", () => {
  const slips = [
    "---",
    "title: Our highlights",
    "pubishedAt: 2023-05-01",
    "evnet:",
    "  name: PyCon US",
    "---",
    "",
    "## A session",
    "",
    "- Speakers: Jane Doe (Acme)",
    "- Format: talk",
    "This talk was great.",
  ].join("\n");

  it("names a misspelled required key at its own line, and the missing blank line before the summary at the summary's", () => {
    const issues = issuesOf(slips);
    expect(issues.map((issue) => `${issue.line} ${issue.path}`)).toEqual(["4 event", "12 sessions[0]"]);
    expect(issues[0]?.message).toMatch(/^is missing, but there is "evnet": if that is "event" misspelled, correct its spelling\./);
    expect(issues[1]?.message).toMatch(
      /^The "Format:" line above runs on into this line.*Leave a blank line between a session's details and its summary/,
    );
  });

  it("warns about a misspelled optional key and a speaker line read one of two ways, each at its line", () => {
    const fixed = slips.replace("evnet:", "event:").replace("- Format: talk\n", "- Format: talk\n\n");
    const result = safeParseRecapMarkdown(fixed);
    expect(result.ok).toBe(true);
    expect(result.warnings.map((warning) => `${warning.line} ${warning.path}`)).toEqual(["3 pubishedAt", "10 sessions[0].speakers"]);
    expect(result.warnings[0]?.message).toBe('is not a field of a recap, so it is left out. Did you mean "publishedAt"?');
    expect(result.warnings[1]?.message).toMatch(/^"Jane Doe \(Acme\)" was read as Jane Doe — Acme/);
  });

  it("refuses warnings and to-dos in strict mode, each at its line", () => {
    const fixed = slips
      .replace("evnet:", "event:")
      .replace("- Format: talk\n", "- Format: talk\n\n")
      .replace("This talk", "TODO: this talk");
    const result = safeParseRecapMarkdown(fixed, { strict: true });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((issue) => `${issue.line} ${issue.path}`)).toEqual([
      "3 pubishedAt",
      "10 sessions[0].speakers",
      "13 sessions[0].summary[0]",
    ]);
    expect(result.issues[2]?.message).toMatch(/^is still a to-do \("TODO: this talk was great\."\)/);
    expect(() => parseRecapMarkdown(fixed, { strict: true })).toThrow(RecapMarkdownError);
  });
});

describe("every link survives or is reported", () => {
  it("reads a related read written as [Title](url): excerpt as its title, link and excerpt", () => {
    const text = doc(
      "## Related reads {.related-reads}",
      "",
      "- [Istio in practice](https://acme.example/istio): Why a mesh is a *smart* move.",
      "- **Kuma** – A mesh for every cluster.",
    );
    const result = safeParseRecapMarkdown(text);
    expect(result.ok && result.value.relatedReads?.map(({ title, url, excerpt }) => ({ title, url, excerpt: excerpt?.text }))).toEqual([
      { title: "Istio in practice", url: "https://acme.example/istio", excerpt: "Why a mesh is a *smart* move." },
      { title: "Kuma", url: undefined, excerpt: "A mesh for every cluster." },
    ]);
  });

  it("makes a button of a bare web address", () => {
    const result = safeParseRecapMarkdown(doc("## Talk to us {.call-to-action}", "", "- Button: https://acme.example/contact"));
    expect(result.ok && result.value.callToAction).toEqual({ title: "Talk to us", url: "https://acme.example/contact" });
  });

  it("warns, with the line, about an address that will show as text rather than as a link", () => {
    const result = safeParseRecapMarkdown(
      doc(
        "## A talk",
        "",
        "- Slides: javascript:alert(1)",
        "",
        "## Talk to us {.call-to-action}",
        "",
        "- Button: [Write to us](javascript:void(0))",
      ),
    );
    expect(result.warnings.map((warning) => `${warning.line} ${warning.path}`)).toEqual([
      "9 sessions[0].resources[0].url",
      "13 callToAction.url",
    ]);
    expect(result.warnings[0]?.message).toBe(
      '"javascript:alert(1)" will be shown as text, not as a link: only web addresses (https://…), mailto: and addresses on the same site (/blog/…) are links.',
    );
  });
});

describe("messages that explain the cause", () => {
  it("names both readings of a date written with numbers, and asks", () => {
    const [issue] = issuesOf(doc("## A talk", "", "- Date: 02/10/2023"));
    expect(issue).toEqual({
      path: "sessions[0].date",
      line: 9,
      message:
        '"02/10/2023" is not a date in the form a recap uses. Is it 2 October 2023 (2023-10-02), day first, or 10 February 2023 (2023-02-10), month first? Write a date as YYYY-MM-DD (2021-05-04), or a date and time with its offset (2021-05-04T14:30:00+02:00).',
    });
    const [one] = issuesOf(doc("## A talk", "", "- Date: 31.10.2023"));
    expect(one?.message).toMatch(/It can only be 31 October 2023 \(2023-10-31\)\./);
  });
});
