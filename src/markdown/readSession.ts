import type { Code, Heading, List, RootContent } from "mdast";
import { didYouMean } from "../model/suggest.js";
import { readByline } from "./byline.js";
import { lineOf, type ReadContext } from "./context.js";
import type { HeadingText } from "./heading.js";
import { type KeyEntry, readKeyList } from "./keyList.js";
import { at } from "./pathLines.js";
import { Phrasing } from "./phrasing.js";
import { isPlainObject, RESOURCE_KEYS, ROLE_KEYS, SESSION_FIELDS, SINGLE_KEYS } from "./vocabulary.js";
import { readYaml } from "./yamlValues.js";

const DETAILS_EXPECTED =
  'The first list under a session\'s heading holds its details, one "Key: value" per line ("Track: ServiceMeshCon 2021"). If these lines are the summary, write them as paragraphs, without the dashes; if they are takeaways, put a ### heading ("### Key takeaways") above the list.';
const DETAIL_KEYS =
  "Speakers, Track, Format, Code, Date, Tags, a role (Moderator, Host, Chair, Panelists) or a link: Slides, Recording, Repo, Article, Docs, Link";
/** Every detail key, as a writer would write it, for "did you mean …?". */
const DETAIL_WORDS = [
  "Speakers",
  "Speaker",
  "Track",
  "Format",
  "Code",
  "Date",
  "Tags",
  ...Object.keys(ROLE_KEYS).map((key) => key.charAt(0).toUpperCase() + key.slice(1)),
  ...Object.keys(RESOURCE_KEYS).map((key) => key.charAt(0).toUpperCase() + key.slice(1)),
];

export interface SessionSection {
  heading: Heading;
  text: HeadingText;
  blocks: RootContent[];
}

export function isRecapBlock(block: RootContent): block is Code {
  return block.type === "code" && block.lang === "yaml" && block.meta?.trim() === "recap";
}

/** List items of one paragraph each, read as inline markup: takeaways. */
export function readTextItems(context: ReadContext, list: List, path: string): string[] {
  const items: string[] = [];
  list.children.forEach((item, written) => {
    const paragraph = item.children[0];
    if (item.children.length !== 1 || paragraph?.type !== "paragraph") {
      context.problem(at(path, written), lineOf(item), "Each takeaway is one paragraph, with nothing nested under it.");
      return;
    }
    context.lines.set(at(path, items.length), lineOf(item));
    context.lines.renumber(at(path, items.length), at(path, written));
    items.push(context.inlineText(paragraph, at(path, written)));
  });
  return items;
}

/** A resource or button value: `[label](url)`, `<url>`, or text. */
export function readLinkValue(entry: KeyEntry): { label?: string | undefined; url?: string | undefined; text?: string | undefined } {
  const { phrasing: p } = entry;
  const [from, to] = p.trim(entry.from, entry.to);
  const link = p.linkAt(from, to);
  if (!link) return { text: p.text("plain", from, to) };
  const label = p.isAutolink(link) ? undefined : p.contentOf(link, "plain") || undefined;
  return { label, url: link.url || undefined };
}

/** Reads one `##` session section into a plain session object for `parseRecap`. */
export class SessionReader {
  private readonly session: Record<string, unknown> = {};
  /** Fields written as Markdown, which a ```yaml recap block must not give again. */
  private readonly given = new Set<string>();
  private readonly path: string;

  constructor(
    private readonly context: ReadContext,
    private readonly section: SessionSection,
    index: number,
  ) {
    this.path = `sessions[${index}]`;
  }

  private set(field: string, value: unknown, line: number | undefined): void {
    this.session[field] = value;
    this.given.add(field);
    this.context.lines.set(at(this.path, field), line);
  }

  read(): Record<string, unknown> {
    const { context, section, path } = this;
    const line = lineOf(section.heading);
    context.lines.set(path, line);
    if (section.text.title) this.set("title", section.text.title, line);
    context.plainTitle(section.heading, at(path, "title"));
    if (section.text.id !== undefined) this.set("id", section.text.id, line);

    let stage: "details" | "summary" | "takeaways" | "done" = "details";
    let recapBlock: Code | undefined;
    const summary: string[] = [];
    for (const block of section.blocks) {
      if (isRecapBlock(block)) {
        if (recapBlock) context.problem(path, lineOf(block), "A session has at most one ```yaml recap block.");
        recapBlock ??= block;
      } else if (block.type === "list" && stage === "details") {
        this.readDetails(block);
        stage = "summary";
      } else if (block.type === "paragraph" && (stage === "details" || stage === "summary")) {
        context.lines.set(at(at(path, "summary"), summary.length), lineOf(block));
        summary.push(context.inlineText(block, at(at(path, "summary"), summary.length)));
        stage = "summary";
      } else if (block.type === "heading" && block.depth === 3 && (stage === "details" || stage === "summary")) {
        context.lines.set(at(path, "takeaways"), lineOf(block));
        const words = new Phrasing(context.source, block).text("plain");
        if (words) context.headingWords.push({ field: "sessionTakeaways", text: words, line: lineOf(block) });
        stage = "takeaways";
      } else if (block.type === "list" && stage === "takeaways") {
        this.set("takeaways", readTextItems(context, block, at(path, "takeaways")), lineOf(block));
        stage = "done";
      } else {
        this.misplaced(block, stage);
      }
    }
    if (summary.length) this.set("summary", summary, lineOf(section.blocks.find((block) => block.type === "paragraph") ?? section.heading));
    if (stage === "takeaways")
      context.problem(at(path, "takeaways"), line, "A ### heading in a session stands above its takeaways, but no list follows it.");
    if (recapBlock) this.mergeRecapBlock(recapBlock);
    this.session.speakers ??= [];
    return this.session;
  }

  private misplaced(block: RootContent, stage: string): void {
    const { context, path } = this;
    if (block.type === "list" && stage === "summary")
      context.problem(
        path,
        lineOf(block),
        "A list among the summary paragraphs is not part of the recap. The session's details (speakers, track …) come in a list right under its heading, its takeaways in a list under a ### heading.",
      );
    else if (block.type === "heading" && block.depth === 3)
      context.problem(path, lineOf(block), "A session has one ### heading, above its takeaways.");
    else if (stage === "done" && block.type === "paragraph")
      context.problem(
        path,
        lineOf(block),
        "Text after a session's takeaways is not part of the session: move it up into the summary, or start a new ## section.",
      );
    else context.unexpected(path, block);
  }

  private readDetails(list: List): void {
    const { context, path } = this;
    const speakers: Record<string, unknown>[] = [];
    const resources: Record<string, unknown>[] = [];
    let resourceLines = 0;
    for (const entry of readKeyList(context, list, path, DETAILS_EXPECTED)) {
      const { key, line, phrasing: p } = entry;
      // hasOwn: a key such as "constructor" must be unknown, not a property every object inherits.
      const single = Object.hasOwn(SINGLE_KEYS, key) ? SINGLE_KEYS[key] : undefined;
      const role = Object.hasOwn(ROLE_KEYS, key) ? ROLE_KEYS[key] : undefined;
      if (entry.runsOn !== undefined) {
        context.problem(
          path,
          entry.runsOn,
          `The "${entry.label}:" line above runs on into this line, so this line is read as part of it. Leave a blank line between a session's details and its summary; to go on with a long detail on the next line, indent that line by two spaces.`,
        );
      } else if (key === "speakers" || key === "speaker" || role !== undefined) {
        const byline = readByline(p, entry.from, entry.to, role);
        if (byline.problem) context.problem(at(path, "speakers"), line, byline.problem);
        for (const note of byline.notes) context.warn(at(path, "speakers"), line, note);
        for (const person of byline.people) {
          context.lines.set(at(at(path, "speakers"), speakers.length), line);
          speakers.push(person as unknown as Record<string, unknown>);
        }
        if (!this.given.has("speakers")) this.set("speakers", speakers, line);
      } else if (single !== undefined) {
        if (this.given.has(single))
          context.problem(at(path, single), line, `is given twice: write one "${entry.label}:" line per session.`);
        else this.set(single, p.text("plain", entry.from, entry.to), line);
      } else if (key === "tags" || key === "tag") {
        if (this.given.has("tags"))
          context.problem(at(path, "tags"), line, 'are given twice: write all tags on one "Tags:" line, separated by commas.');
        else {
          const commas = p.find((char) => char === ",", entry.from, entry.to);
          const bounds = [entry.from, ...commas.flatMap((offset) => [offset, offset + 1]), entry.to];
          const tags: string[] = [];
          for (let i = 0; i < bounds.length; i += 2) tags.push(p.text("plain", bounds[i], bounds[i + 1]));
          this.set("tags", tags, line);
        }
      } else if (Object.hasOwn(RESOURCE_KEYS, key)) {
        this.readResource(entry, resources, resourceLines++);
      } else {
        context.warn(
          path,
          line,
          `"${entry.label}" is not a session detail, so this line is left out.${didYouMean(entry.label, DETAIL_WORDS) || ` The details are: ${DETAIL_KEYS}.`}`,
        );
      }
    }
    if (resources.length) this.set("resources", resources, lineOf(list));
  }

  private readResource(entry: KeyEntry, resources: Record<string, unknown>[], written: number): void {
    const here = at(at(this.path, "resources"), resources.length);
    this.context.lines.renumber(here, at(at(this.path, "resources"), written));
    const kind = RESOURCE_KEYS[entry.key as keyof typeof RESOURCE_KEYS];
    const { label, url, text } = readLinkValue(entry);
    if (text !== undefined && (text === "" || /\s/.test(text))) {
      this.context.problem(
        at(this.path, "resources"),
        entry.line,
        `"${entry.label}:" needs the address it links to: write [label](https://…), <https://…>, or the bare URL.`,
      );
      return;
    }
    this.context.lines.set(here, entry.line);
    resources.push(Object.fromEntries(Object.entries({ kind, url: url ?? text ?? "", label }).filter(([, value]) => value !== undefined)));
  }

  private mergeRecapBlock(block: Code): void {
    const { context, path } = this;
    const yaml = readYaml(block.value, (lineOf(block) ?? 0) + 1, path);
    for (const issue of yaml.issues) context.issues.push(issue);
    context.lines.addAll(yaml.lines);
    if (yaml.value === undefined || yaml.value === null) return;
    if (!isPlainObject(yaml.value)) {
      context.problem(path, lineOf(block), "A ```yaml recap block holds the session's fields as YAML keys: speakers:, summary: …");
      return;
    }
    for (const [key, value] of Object.entries(yaml.value)) {
      const here = at(path, key);
      if (!(SESSION_FIELDS as readonly string[]).includes(key))
        context.problem(here, yaml.lines.lineOf(here), `"${key}" is not a session field. Use: ${SESSION_FIELDS.join(", ")}.`);
      else if (this.given.has(key))
        context.problem(
          here,
          yaml.lines.lineOf(here),
          key === "title"
            ? "is given twice, in the heading and in the ```yaml recap block: leave the heading empty (##) when the block gives the title."
            : "is given twice, in the session's text and in its ```yaml recap block: keep one.",
        );
      else this.session[key] = value;
    }
  }
}
