import { stringify } from "yaml";
import { labelsFor } from "../labels/index.js";
import type {
  CallToActionDocument as CallToAction,
  RecapDocument as Recap,
  RelatedReadDocument as RelatedRead,
  SessionDocument as Session,
} from "../model/types.js";
import { writeByline } from "./byline.js";
import { bareLink, escapeBlockStart, escapeHeadingText, escapePlain, markdownLink } from "./escape.js";
import { type BodyField, RESOURCE_KEYS, SESSION_FIELDS, type SessionField } from "./vocabulary.js";

/** How one session is written: which fields go in its ```yaml recap block, and whether its id is written at all. */
export interface SessionPlan {
  explicit: Set<SessionField>;
  writeId: boolean;
}

const RESOURCE_WORDS = Object.fromEntries(
  Object.entries(RESOURCE_KEYS).map(([word, kind]) => [kind, word.charAt(0).toUpperCase() + word.slice(1)]),
) as Record<string, string>;

/**
 * Readable YAML: one line per value however long, quotes only where YAML needs them. Text with
 * line breaks is one double-quoted line with `\n` escapes, because yaml 2.9.1 (the latest) writes
 * some of it wrong otherwise: a double-quoted scalar folded over lines loses a line of one space
 * ("…a\r\n \n*"), a block scalar whose first line is spaces loses them, and the writer's own
 * check would then refuse the recap.
 */
export function yamlText(value: unknown): string {
  return stringify(value, { lineWidth: 0, blockQuote: false, doubleQuotedMinMultiLineLength: Number.MAX_SAFE_INTEGER });
}

function fence(content: string): string {
  let longest = 2;
  for (const match of content.matchAll(/`+/g)) longest = Math.max(longest, match[0].length);
  return "`".repeat(longest + 1);
}

function recapBlock(fields: Record<string, unknown>): string {
  const yaml = yamlText(fields);
  const marks = fence(yaml);
  return `${marks}yaml recap\n${yaml}${marks}`;
}

function paragraphs(texts: readonly string[]): string {
  return texts.map(escapeBlockStart).join("\n\n");
}

function items(texts: readonly string[]): string {
  return texts.map((text) => `- ${escapeBlockStart(text)}`).join("\n");
}

function heading(text: string, attribute?: string): string {
  return ["##", text, attribute].filter(Boolean).join(" ");
}

function sessionDetails(session: Session, explicit: Set<SessionField>): string[] {
  const lines: string[] = [];
  if (!explicit.has("speakers") && session.speakers.length) {
    for (const byline of writeByline(session.speakers) ?? []) lines.push(`- ${byline.count > 1 ? "Speakers" : "Speaker"}: ${byline.text}`);
  }
  if (!explicit.has("track") && session.track !== undefined) lines.push(`- Track: ${escapePlain(session.track)}`);
  if (!explicit.has("format") && session.format !== undefined) lines.push(`- Format: ${session.format}`);
  if (!explicit.has("code") && session.code !== undefined) lines.push(`- Code: ${escapePlain(session.code)}`);
  if (!explicit.has("date") && session.date !== undefined) lines.push(`- Date: ${escapePlain(session.date)}`);
  if (!explicit.has("tags") && session.tags) lines.push(`- Tags: ${session.tags.map((tag) => escapePlain(tag, ",")).join(", ")}`);
  if (!explicit.has("resources"))
    for (const resource of session.resources ?? []) {
      const value = resource.label ? markdownLink(resource.label, resource.url) : escapePlain(resource.url, "[]<");
      lines.push(`- ${RESOURCE_WORDS[resource.kind]}: ${value}`);
    }
  return lines;
}

/** Fields that cannot be written as Markdown at all, whatever their text: they go to the recap block from the start. */
export function alwaysExplicit(session: Session): SessionField[] {
  const fields: SessionField[] = [];
  if (writeByline(session.speakers) === undefined) fields.push("speakers");
  if (session.id !== undefined && !/^[^\s{}\\]+$/.test(session.id)) fields.push("id");
  return fields;
}

export function writeSession(session: Session, plan: SessionPlan, takeawaysHeading = "Key takeaways"): string {
  const { explicit } = plan;
  const id = plan.writeId && !explicit.has("id") ? `{#${session.id}}` : undefined;
  const blocks = [heading(explicit.has("title") ? "" : escapeHeadingText(session.title), id)];
  const details = sessionDetails(session, explicit);
  if (details.length) blocks.push(details.join("\n"));
  const yaml: Record<string, unknown> = {};
  for (const field of SESSION_FIELDS) {
    if (!explicit.has(field) || (field === "id" && !plan.writeId)) continue;
    const value = session[field];
    if (value !== undefined && !(Array.isArray(value) && value.length === 0)) yaml[field] = value;
  }
  if (Object.keys(yaml).length) blocks.push(recapBlock(yaml));
  if (!explicit.has("summary") && session.summary?.length) blocks.push(paragraphs(session.summary as string[]));
  if (!explicit.has("takeaways") && session.takeaways?.length)
    blocks.push(`### ${escapeHeadingText(takeawaysHeading)}`, items(session.takeaways));
  return blocks.join("\n\n");
}

function writeRelatedRead(read: RelatedRead): string | undefined {
  if (read.image) return undefined;
  let lead: string | undefined;
  if (read.title !== undefined && read.url !== undefined) lead = markdownLink(read.title, read.url);
  else if (read.title !== undefined) lead = `**${escapePlain(read.title, "*")}**`;
  else if (read.url !== undefined) lead = bareLink(read.url);
  if (read.date !== undefined) {
    if (lead === undefined) return undefined;
    lead += ` (${read.date})`;
  }
  const excerpt = read.excerpt === undefined ? undefined : escapeBlockStart(read.excerpt);
  if (lead === undefined) return `- ${excerpt}`;
  return excerpt === undefined ? `- ${lead}` : `- ${lead}\n\n  ${excerpt}`;
}

function writeCallToAction(cta: CallToAction): string {
  const blocks = [heading(escapeHeadingText(cta.title), "{.call-to-action}")];
  if (cta.body?.length) blocks.push(paragraphs(cta.body as string[]));
  if (cta.label !== undefined && cta.url !== undefined) blocks.push(`- Button: ${markdownLink(cta.label, cta.url)}`);
  else if (cta.label !== undefined) blocks.push(`- Button: ${escapePlain(cta.label, "[]<")}`);
  else if (cta.url !== undefined) blocks.push(`- Button: ${bareLink(cta.url)}`);
  return blocks.join("\n\n");
}

/** A body field written as Markdown, or `undefined` when it has nothing, or something Markdown cannot say. */
export function writeBodyField(recap: Recap, field: BodyField): string | undefined {
  const labels = labelsFor(recap.language);
  const words = (own: string | undefined, label: string) => escapeHeadingText(own ?? label);
  switch (field) {
    case "intro":
      return recap.intro?.length ? paragraphs(recap.intro as string[]) : undefined;
    case "takeaways":
      return recap.takeaways?.length
        ? `${heading(words(recap.headings?.takeaways, labels.recapTakeaways), "{.takeaways}")}\n\n${items(recap.takeaways)}`
        : undefined;
    case "outro":
      // Without a heading of its own the closing words have none on the page: "## {.outro}".
      return recap.outro?.length
        ? `${heading(words(recap.headings?.outro, ""), "{.outro}")}\n\n${paragraphs(recap.outro as string[])}`
        : undefined;
    case "relatedReads": {
      const reads = recap.relatedReads?.map(writeRelatedRead);
      if (!reads?.length || reads.some((read) => read === undefined)) return undefined;
      const spread = recap.relatedReads?.some((read) => read.excerpt !== undefined);
      return `${heading(words(recap.headings?.relatedReads, labels.relatedReads), "{.related-reads}")}\n\n${reads.join(spread ? "\n\n" : "\n")}`;
    }
    case "callToAction":
      return recap.callToAction ? writeCallToAction(recap.callToAction) : undefined;
  }
}
