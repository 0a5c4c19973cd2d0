import { describe, expect, it } from "vitest";
import { type RecapMarkdownIssue, safeParseRecapMarkdown } from "../src/markdown/index.js";
import { MARKDOWN_LIMITS } from "../src/markdown/limits.js";
import { readMarkdown } from "./support/readMarkdown.js";

// Markdown recaps made to be slow to read. Each case is read in time linear in its size (the
// growth benchmark, test/bench/growth.js, measures that); here, what a writer gets back: the
// recap, or one clear problem at its line when a documented limit is passed.

const FRONT_MATTER = ["---", "title: Our PyCon highlights", "event:", "  name: PyCon US", "---", ""];

function doc(...body: string[]): string {
  return [...FRONT_MATTER, ...body].join("\n");
}

function issuesOf(text: string): RecapMarkdownIssue[] {
  const result = safeParseRecapMarkdown(text);
  if (result.ok) throw new Error("expected the draft to be refused");
  return result.issues;
}

describe("long lines and long lists", () => {
  it("keeps a run of 100,000 spaces inside a line, and joins wrapped lines around one", () => {
    const spaces = " ".repeat(100_000);
    expect(readMarkdown(doc(`a${spaces}b`)).intro).toEqual([`a${spaces}b`]);
    expect(readMarkdown(doc(`a${spaces}`, `${spaces}b`)).intro).toEqual(["a b"]);
  });

  it("reads a byline of 8,000 speakers, each with the affiliation written after them", () => {
    // Every tenth name linked: a paragraph may hold 2,000 brackets.
    const names = Array.from({ length: 8_000 }, (_, index) =>
      index % 10 === 9
        ? `[Name ${index}](https://x.y/${index}), Org ${index}`
        : index % 2
          ? `Name ${index}, Org ${index}`
          : `Name ${index}`,
    );
    const speakers = readMarkdown(doc("## Panel", "", `- Speakers: ${names.join(" & ")}`)).sessions[0]?.speakers ?? [];
    expect(speakers).toHaveLength(8_000);
    expect(speakers[0]).toEqual({ name: "Name 0", affiliation: "Org 1" });
    expect(speakers[7_998]).toEqual({ name: "Name 7998", affiliation: "Org 7999" });
    expect(speakers[7_999]).toEqual({ name: "Name 7999", url: "https://x.y/7999", affiliation: "Org 7999" });
  });

  it("reads a details line without a colon in its first words as a problem, however long the line", () => {
    const [issue] = issuesOf(doc("## A", "", `- Speakers${" ".repeat(100_000)}Jane`));
    expect(issue?.line).toBe(9);
  });
});

describe("front matter", () => {
  it("takes 30,000 keys (a site generator's own are ignored) and names a key given twice at its line", () => {
    const keys = Array.from({ length: 30_000 }, (_, index) => `key${index}: value`);
    expect(readMarkdown(["---", "title: T", "event: { name: E }", ...keys.slice(0, 3_000), "---"].join("\n")).title).toBe("T");
    const issues = issuesOf(["---", "title: T", "event: { name: E }", ...keys, "key7: again", "---"].join("\n"));
    expect(issues).toEqual([{ path: "key7", line: 30_004, message: "is given twice (first on line 11): keep one." }]);
  });

  it("refuses aliases that would repeat a big list into a huge document, quickly and with the line", () => {
    const big = `items: &big [${Array.from({ length: 20_000 }, (_, index) => index).join(", ")}]`;
    const copies = Array.from({ length: 50 }, (_, index) => `copy${index}: *big`);
    const issues = issuesOf(["---", "title: T", "event: { name: E }", big, ...copies, "---"].join("\n"));
    expect(issues).toEqual([
      {
        path: "copy0",
        line: 5,
        message: "repeats more than 10,000 values through YAML aliases (*name); write them out instead.",
      },
    ]);
  });

  it("refuses an alias inside its own anchor, and one whose anchor never comes", () => {
    expect(issuesOf(["---", "title: T", "event: &e { name: E, again: *e }", "---"].join("\n"))[0]?.message).toBe(
      "uses the YAML alias *e inside &e itself.",
    );
    expect(issuesOf(["---", "title: *t", "event: { name: E }", "---"].join("\n"))[0]).toEqual(
      expect.objectContaining({ path: "title", line: 2 }),
    );
  });

  it("refuses YAML nested more than 64 levels deep", () => {
    const nested = Array.from({ length: 100 }, (_, depth) => `${"  ".repeat(depth)}k${depth}:`).join("\n");
    const issues = issuesOf(["---", "title: T", "event: { name: E }", nested, "---"].join("\n"));
    expect(issues).toEqual([expect.objectContaining({ line: 68, message: "is nested more than 64 levels deep." })]);
  });
});

describe("what micromark reads slowly", () => {
  it(`refuses block quotes or lists nested more than ${MARKDOWN_LIMITS.nesting} deep on one line, at that line`, () => {
    for (const nested of [">".repeat(20_000), "- ".repeat(5_000), "> - ".repeat(3_000)]) {
      const issues = issuesOf(doc("Intro.", "", `${nested}deep`));
      expect(issues).toEqual([
        { path: "", line: 9, message: expect.stringMatching(/levels deep; a Markdown recap may nest at most 32\./) },
      ]);
    }
    // Within the limit the block quote is read, and refused for what it is.
    expect(issuesOf(doc(`${"> ".repeat(32)}quote`))[0]?.message).toMatch(/^A block quote is not part of the recap/);
  });

  it("refuses a paragraph with more emphasis marks or brackets than the limits, at its first line", () => {
    const emphasis = issuesOf(doc("Intro.", "", "a* ".repeat(MARKDOWN_LIMITS.emphasisMarks + 1)));
    expect(emphasis).toEqual([{ path: "", line: 9, message: expect.stringMatching(/more than 1,000 emphasis marks/) }]);
    const brackets = issuesOf(doc("Intro.", "", ...Array.from({ length: 1_001 }, () => "[a]")));
    expect(brackets).toEqual([{ path: "", line: 9, message: expect.stringMatching(/more than 2,000 brackets/) }]);
  });

  it("counts each paragraph and each list item on its own, and never snake_case or a lone *", () => {
    const items = Array.from({ length: 800 }, (_, index) => `- **Takeaway ${index}** with [a link](https://x.y/${index}).`);
    expect(readMarkdown(doc("## A", "", "### Key takeaways", "", ...items)).sessions[0]?.takeaways).toHaveLength(800);
    const prose = `${"snake_case_name 2 * 3 ".repeat(2_000)}*real emphasis*`;
    expect(readMarkdown(doc(prose)).intro).toEqual([prose]);
  });

  it("reports text underlined as a heading (Setext) instead of reading it as a heading or a session", () => {
    const issues = issuesOf(doc("Intro", "===", "", "A session?", "---", "", "## A real session"));
    expect(issues.map((issue) => issue.line)).toEqual([8, 11]);
    expect(issues[0]?.message).toMatch(/^Text underlined with a line of = or - \(a Setext heading\) is not read in a recap/);
  });

  it("still ignores a thematic break after a blank line", () => {
    expect(readMarkdown(doc("Intro.", "", "---", "", "More.")).intro).toEqual(["Intro.", "More."]);
  });
});
