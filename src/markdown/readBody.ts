import type { Heading, Link, List, ListItem, Nodes, Root, RootContent, Strong } from "mdast";
import { readBlocks } from "./blocks.js";
import { lineOf, ReadContext } from "./context.js";
import type { RecapMarkdownIssue, RecapMarkdownWarning } from "./errors.js";
import { type HeadingText, readHeading } from "./heading.js";
import { readKeyList } from "./keyList.js";
import { checkMarkdownLimits } from "./limits.js";
import { at, type PathLines } from "./pathLines.js";
import { Phrasing } from "./phrasing.js";
import { readLinkValue, readTextItems, SessionReader } from "./readSession.js";
import { SECTION_MARKERS, type SectionMarker } from "./vocabulary.js";

/** What the body of a Markdown recap says: the intro, the sessions, and the article's own closing sections. */
export interface BodyDraft {
  fields: Record<string, unknown>;
  lines: PathLines;
  issues: RecapMarkdownIssue[];
  warnings: RecapMarkdownWarning[];
  headingWords: ReadContext["headingWords"];
}

interface Section {
  heading: Heading;
  text: HeadingText;
  blocks: RootContent[];
}

// Setext headings (text underlined with === or ---) are not read (see blocks.ts), and are found below.
const SETEXT_PROBLEM =
  "Text underlined with a line of = or - (a Setext heading) is not read in a recap: a session starts with ## and its title; leave the line out otherwise.";
const EQUALS_LINE = /^=+[ \t]*$/;
const DASHES_LINE = /^ {0,3}-+[ \t]*$/;

/** Where the writer underlined text as a heading, which the parser was told not to read as one. */
function setextUnderlines(root: Root, source: string): number[] {
  const found: number[] = [];
  const stack: Nodes[] = [root];
  while (stack.length) {
    const node = stack.pop() as Nodes;
    if (!("children" in node)) continue;
    let previous: Nodes | undefined;
    for (const child of node.children as Nodes[]) {
      stack.push(child);
      const start = child.position?.start;
      if (child.type === "paragraph" && start) {
        const lines = source.slice(start.offset, child.position?.end.offset).split("\n");
        lines.forEach((line, index) => {
          if (index > 0 && EQUALS_LINE.test(line.replace(/^[ \t>]*/, ""))) found.push((start.line ?? 0) + index);
        });
      }
      if (
        child.type === "thematicBreak" &&
        previous?.type === "paragraph" &&
        previous.position?.end.line === (start?.line ?? 0) - 1 &&
        DASHES_LINE.test(source.slice(start?.offset, child.position?.end.offset))
      )
        found.push(start?.line ?? 0);
      previous = child;
    }
  }
  return found.sort((a, b) => a - b);
}

/** HTML comments and thematic breaks carry nothing for the recap, so writers may use them freely. */
function isIgnorable(block: RootContent): boolean {
  if (block.type === "thematicBreak") return true;
  return block.type === "html" && /^<!--[\s\S]*-->$/.test(block.value.trim());
}

class BodyReader {
  readonly context: ReadContext;
  readonly fields: Record<string, unknown> = {};

  constructor(source: string) {
    this.context = new ReadContext(source);
  }

  read(): void {
    const { context } = this;
    const limits = checkMarkdownLimits(context.source);
    const tree = limits.length ? undefined : readBlocks(context.source);
    if (!tree?.root) {
      for (const issue of tree?.issue ? [tree.issue] : limits) context.issues.push(issue);
      return;
    }
    const { root } = tree;
    for (const line of setextUnderlines(root, context.source)) context.problem("", line, SETEXT_PROBLEM);
    const blocks = root.children.filter((block) => !isIgnorable(block));
    const intro: RootContent[] = [];
    const sections: Section[] = [];
    for (const block of blocks) {
      if (block.type === "heading" && block.depth === 2) {
        const text = readHeading(context.source, block);
        if (text.problem) context.problem("", lineOf(block), text.problem);
        sections.push({ heading: block, text, blocks: [] });
      } else (sections.at(-1)?.blocks ?? intro).push(block);
    }
    this.readParagraphs(intro, "intro", "intro");

    const sessions: Record<string, unknown>[] = [];
    const seen = new Map<SectionMarker, number | undefined>();
    for (const section of sections) {
      const { marker } = section.text;
      if (marker === undefined) {
        sessions.push(new SessionReader(context, section, sessions.length).read());
        continue;
      }
      const field = SECTION_MARKERS[marker];
      if (seen.has(marker)) {
        context.problem(
          field,
          lineOf(section.heading),
          `A recap has one {.${marker}} section; the first one is on line ${seen.get(marker)}.`,
        );
        continue;
      }
      seen.set(marker, lineOf(section.heading));
      context.lines.set(field, lineOf(section.heading));
      if (field !== "callToAction" && section.text.title)
        context.headingWords.push({ field, text: section.text.title, line: lineOf(section.heading) });
      this.readSection(marker, section);
    }
    this.fields.sessions = sessions;
  }

  private readParagraphs(blocks: RootContent[], field: string, path: string): void {
    const paragraphs: string[] = [];
    for (const block of blocks) {
      if (block.type !== "paragraph") {
        this.context.unexpected(path, block);
        continue;
      }
      this.context.lines.set(at(path, paragraphs.length), lineOf(block));
      paragraphs.push(this.context.inlineText(block, at(path, paragraphs.length)));
    }
    if (paragraphs.length) {
      this.context.lines.set(path, lineOf(blocks.find((block) => block.type === "paragraph") as RootContent));
      this.fields[field] = paragraphs;
    }
  }

  /** The only list of a section, or `undefined` when there is none; anything else in it is reported. */
  private onlyList(section: Section, path: string): List | undefined {
    let list: List | undefined;
    for (const block of section.blocks) {
      if (block.type === "list" && !list) list = block;
      else this.context.unexpected(path, block);
    }
    return list;
  }

  private readSection(marker: SectionMarker, section: Section): void {
    const { context } = this;
    switch (marker) {
      case "takeaways": {
        const list = this.onlyList(section, "takeaways");
        if (list) this.fields.takeaways = readTextItems(context, list, "takeaways");
        break;
      }
      case "outro":
        this.readParagraphs(section.blocks, "outro", "outro");
        break;
      case "related-reads": {
        const list = this.onlyList(section, "relatedReads");
        if (list) {
          const reads: Record<string, unknown>[] = [];
          list.children.forEach((item, written) => {
            const read = this.readRelatedRead(item, at("relatedReads", reads.length), at("relatedReads", written));
            if (read) reads.push(read);
          });
          this.fields.relatedReads = reads;
        }
        break;
      }
      case "call-to-action":
        this.readCallToAction(section);
        break;
    }
  }

  /**
   * One related read. `path` is where it goes in the document given to `parseRecap`, `written`
   * where the writer put it (they differ after a read that could not be read and is left out):
   * problems found here name `written`, and `path` is renumbered to it for `parseRecap`'s.
   */
  private readRelatedRead(item: ListItem, path: string, written: string): Record<string, unknown> | undefined {
    const { context } = this;
    const paragraphs = item.children.flatMap((child) => (child.type === "paragraph" ? [child] : []));
    const first = paragraphs[0];
    if (!first || paragraphs.length !== item.children.length || paragraphs.length > 2) {
      context.problem(
        written,
        lineOf(item),
        "A related read is a title line ([title](url), **title** or <url>, then an optional (date)) and at most one paragraph of excerpt under it.",
      );
      return undefined;
    }
    const phrasing = new Phrasing(context.source, first);
    const lead = readLead(phrasing);
    const oneLine = !lead && paragraphs.length === 1 ? readLeadWithExcerpt(phrasing) : undefined;
    if (oneLine) {
      context.lines.set(path, lineOf(item));
      context.lines.renumber(path, written);
      for (const field of [...Object.keys(oneLine.lead), "excerpt"]) context.lines.set(at(path, field), lineOf(first));
      return { ...oneLine.lead, excerpt: phrasing.text("inline", oneLine.excerptFrom, phrasing.end) };
    }
    if (!lead && paragraphs.length > 1) {
      context.problem(
        written,
        lineOf(item),
        "The first paragraph of this related read is not a title line ([title](url), **title** or <url>, then an optional (date)), so it is the excerpt, and there is one excerpt per read.",
      );
      return undefined;
    }
    context.lines.set(path, lineOf(item));
    context.lines.renumber(path, written);
    const read: Record<string, unknown> = { ...lead };
    for (const field of Object.keys(read)) context.lines.set(at(path, field), lineOf(first));
    const excerpt = lead ? paragraphs[1] : first;
    if (excerpt) {
      context.lines.set(at(path, "excerpt"), lineOf(excerpt));
      read.excerpt = context.inlineText(excerpt, at(written, "excerpt"));
    }
    return read;
  }

  private readCallToAction(section: Section): void {
    const { context } = this;
    const cta: Record<string, unknown> = {};
    const line = lineOf(section.heading);
    if (section.text.title) cta.title = section.text.title;
    context.lines.set("callToAction.title", line);
    context.plainTitle(section.heading, "callToAction.title");
    const body: string[] = [];
    let buttons: List | undefined;
    for (const block of section.blocks) {
      if (block.type === "paragraph" && !buttons) {
        context.lines.set(`callToAction.body[${body.length}]`, lineOf(block));
        body.push(context.inlineText(block, `callToAction.body[${body.length}]`));
      } else if (block.type === "list" && !buttons) buttons = block;
      else if (block.type === "paragraph")
        context.problem(
          "callToAction",
          lineOf(block),
          "Text after the button is not part of the call to action: move it above the button.",
        );
      else context.unexpected("callToAction", block);
    }
    if (body.length) cta.body = body;
    const expected = 'A call to action ends with its button: "Button: [Get in touch](https://…)".';
    for (const entry of buttons ? readKeyList(context, buttons, "callToAction", expected) : []) {
      if (entry.key !== "button") {
        context.problem(
          "callToAction",
          entry.line,
          `"${entry.label}" is not part of a call to action: write "Button: [label](https://…)".`,
        );
        continue;
      }
      if ("label" in cta || "url" in cta) {
        context.problem("callToAction", entry.line, "A call to action has one button.");
        continue;
      }
      const { label, url, text } = readButton(entry);
      context.lines.set("callToAction.label", entry.line);
      context.lines.set("callToAction.url", entry.line);
      Object.assign(cta, Object.fromEntries(Object.entries({ label: label ?? text, url }).filter(([, value]) => value !== undefined)));
    }
    this.fields.callToAction = cta;
  }
}

/** A web address written as it is (Markdown without autolinks reads it as text). */
const BARE_URL = /^(?:https?:\/\/|mailto:)\S+$/i;

/** A button: `[label](url)`, `<url>`, a bare address, or a label alone. */
function readButton(entry: Parameters<typeof readLinkValue>[0]): ReturnType<typeof readLinkValue> {
  const value = readLinkValue(entry);
  if (value.text !== undefined && BARE_URL.test(value.text)) return { url: value.text };
  return value;
}

const DATE_IN_PARENTHESES = /^\s*\((\d{4}-\d{2}-\d{2}[^()\s]*)\)$/;

/** A related read's title line: `[title](url)`, `**title**` or `<url>`, then an optional `(YYYY-MM-DD)`. */
function readLead(p: Phrasing): Record<string, string> | undefined {
  const [first, ...rest] = p.children;
  if (first?.type !== "link" && first?.type !== "strong") return undefined;
  let date: string | undefined;
  if (rest.length) {
    const after = rest[0];
    if (rest.length > 1 || after?.type !== "text") return undefined;
    date = DATE_IN_PARENTHESES.exec(p.source.slice(after.position?.start.offset, p.end))?.[1];
    if (date === undefined) return undefined;
  }
  return { ...leadOf(p, first), ...(date ? { date } : {}) };
}

/** The title and link of a title line's first node, `[title](url)`, `**title**` or `**[title](url)**`. */
function leadOf(p: Phrasing, first: Link | Strong): Record<string, string> {
  // **[title](url)** is a bold link: the bold is only emphasis, the link says everything.
  const only = first.type === "strong" && first.children.length === 1 ? first.children[0] : undefined;
  const link = first.type === "link" ? first : only?.type === "link" ? only : undefined;
  const lead: Record<string, string> = {};
  const title = link ? (p.isAutolink(link) ? "" : p.contentOf(link, "plain")) : p.contentOf(first, "plain");
  if (title) lead.title = title;
  if (link?.url) lead.url = link.url;
  return lead;
}

/**
 * A title line that goes on with the excerpt after a colon or a dash, `[Title](url): excerpt`, as
 * writers often put it: the title and link, and where the excerpt starts.
 */
function readLeadWithExcerpt(p: Phrasing): { lead: Record<string, string>; excerptFrom: number } | undefined {
  const [first] = p.children;
  if (first?.type !== "link" && first?.type !== "strong") return undefined;
  const end = first.position?.end.offset;
  if (end === undefined) return undefined;
  const separator = /^[ \t]*(?::|[–—-])\s+/.exec(p.source.slice(end, Math.min(p.end, end + 16)));
  if (!separator || end + separator[0].length >= p.end) return undefined;
  return { lead: leadOf(p, first), excerptFrom: end + separator[0].length };
}

/** Reads everything after the front matter: intro paragraphs, `##` sessions and the marked sections. */
export function readBody(source: string): BodyDraft {
  const reader = new BodyReader(source);
  reader.read();
  const { lines, issues, warnings, headingWords } = reader.context;
  return { fields: reader.fields, lines, issues, warnings, headingWords };
}
