import { labelsFor } from "../labels/index.js";
import { assignIds } from "../model/slug.js";
import type { RecapDocument as Recap, SessionDocument as Session } from "../model/types.js";
import { parseRecap } from "../parse/parseRecap.js";
import { toRecapDocument } from "../parse/toRecapDocument.js";
import { isDeepEqual } from "./deepEqual.js";
import type { RecapMarkdownWarning } from "./errors.js";
import { safeParseRecapMarkdown } from "./parseRecapMarkdown.js";
import { at } from "./pathLines.js";
import { BODY_FIELDS, type BodyField, SESSION_FIELDS, type SessionField } from "./vocabulary.js";
import { alwaysExplicit, type SessionPlan, writeBodyField, writeSession, yamlText } from "./writeSections.js";

/** The article fields that always live in the front matter, in the order a writer would list them. */
const FRONT_MATTER_FIELDS = [
  "title",
  "subtitle",
  "url",
  "language",
  "publishedAt",
  "updatedAt",
  "authors",
  "publisher",
  "image",
  "tags",
  "event",
] as const;

/** A stand-in front matter for reading one section on its own. */
const CHECK_FRONT_MATTER = "---\ntitle: check\nevent:\n  name: check\n---\n\n";

interface Plan {
  /** Body fields that go to the front matter because Markdown would not give them back exactly. */
  frontMatter: Set<BodyField>;
  sessions: SessionPlan[];
}

/**
 * Which sessions need their id written: only those whose id would not be derived again from the
 * titles. Writing one id can change what the others derive to, so this repeats until it settles.
 */
function idsToWrite(sessions: readonly Session[]): boolean[] {
  const write = sessions.map(() => false);
  for (;;) {
    const derived = assignIds(sessions.map((session, index) => ({ title: session.title, id: write[index] ? session.id : undefined })));
    const wrong = derived.flatMap((id, index) => (id === sessions[index]?.id || write[index] ? [] : [index]));
    if (!wrong.length) return write;
    for (const index of wrong) write[index] = true;
  }
}

/** Fields of a session that do not come back as written, when the session is read on its own. */
function sessionMismatches(session: Session, plan: SessionPlan): SessionField[] | "all" {
  const result = safeParseRecapMarkdown(CHECK_FRONT_MATTER + writeSession(session, plan));
  if (!result.ok) {
    const fields = result.issues.map((issue) => /^sessions\[0\]\.(\w+)/.exec(issue.path)?.[1]);
    if (fields.some((field) => field === undefined || !(SESSION_FIELDS as readonly string[]).includes(field))) return "all";
    return fields as SessionField[];
  }
  const read = toRecapDocument(result.value).sessions[0];
  if (!read || result.value.sessions.length !== 1) return "all";
  return SESSION_FIELDS.filter((field) => (field !== "id" || plan.writeId) && !isDeepEqual(read[field], session[field]));
}

function planSession(session: Session, writeId: boolean): SessionPlan {
  const plan: SessionPlan = { explicit: new Set(alwaysExplicit(session)), writeId };
  for (;;) {
    const wrong = sessionMismatches(session, plan);
    const fresh =
      wrong === "all" ? SESSION_FIELDS.filter((field) => !plan.explicit.has(field)) : wrong.filter((field) => !plan.explicit.has(field));
    // Nothing left to move: either it reads back, or even YAML cannot say it, which the final check reports.
    if (!fresh.length) return plan;
    for (const field of fresh) plan.explicit.add(field);
  }
}

function bodyFieldReadsBack(recap: Recap, field: BodyField): boolean {
  const markdown = writeBodyField(recap, field);
  if (markdown === undefined) return recap[field] === undefined;
  const result = safeParseRecapMarkdown(CHECK_FRONT_MATTER + markdown);
  return result.ok && isDeepEqual(toRecapDocument(result.value)[field], recap[field]);
}

/**
 * The headings the body cannot say, for the front matter: the session index's always, a section's
 * when the section is not written as Markdown (empty, or in the front matter itself).
 */
function headingsForFrontMatter(recap: Recap, plan: Plan): Recap["headings"] {
  const headings = recap.headings;
  if (!headings) return undefined;
  const inBody = (field: BodyField) => !plan.frontMatter.has(field) && writeBodyField(recap, field) !== undefined;
  const said: Record<string, boolean> = {
    takeaways: inBody("takeaways"),
    outro: inBody("outro"),
    relatedReads: inBody("relatedReads"),
    sessionTakeaways: recap.sessions.some(
      (session, index) => session.takeaways?.length && !plan.sessions[index]?.explicit.has("takeaways"),
    ),
  };
  const rest = Object.fromEntries(Object.entries(headings).filter(([key, value]) => value !== undefined && !said[key]));
  return Object.keys(rest).length ? rest : undefined;
}

function write(recap: Recap, plan: Plan): string {
  const front: Record<string, unknown> = {};
  for (const field of FRONT_MATTER_FIELDS) if (recap[field] !== undefined) front[field] = recap[field];
  for (const field of BODY_FIELDS) if (plan.frontMatter.has(field) && recap[field] !== undefined) front[field] = recap[field];
  const headings = headingsForFrontMatter(recap, plan);
  if (headings) front.headings = headings;
  const takeawaysHeading = recap.headings?.sessionTakeaways ?? labelsFor(recap.language).keyTakeaways;
  const blocks = [`---\n${yamlText(front)}---`];
  const body = (field: BodyField) => (plan.frontMatter.has(field) ? undefined : writeBodyField(recap, field));
  blocks.push(body("intro") ?? "");
  recap.sessions.forEach((session, index) => {
    blocks.push(writeSession(session, plan.sessions[index] as SessionPlan, takeawaysHeading));
  });
  for (const field of ["takeaways", "outro", "relatedReads", "callToAction"] as const) blocks.push(body(field) ?? "");
  return `${blocks.filter(Boolean).join("\n\n")}\n`;
}

/** The last resort: every field that can be YAML is YAML. Only reached if the Markdown forms missed a case. */
function explicitPlan(recap: Recap, writeIds: boolean[]): Plan {
  return {
    frontMatter: new Set(BODY_FIELDS),
    sessions: recap.sessions.map((_, index) => ({ explicit: new Set(SESSION_FIELDS), writeId: writeIds[index] ?? true })),
  };
}

/** Options of {@link toRecapMarkdown}. */
export interface ToRecapMarkdownOptions {
  /** Receives what the Markdown cannot say as it was (a lone surrogate), with its path: pushed onto this list. */
  warnings?: RecapMarkdownWarning[];
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const LONE_SURROGATES = new RegExp(LONE_SURROGATE.source, "g");

/**
 * The document with every lone surrogate (half of a UTF-16 pair, which no Unicode text holds)
 * replaced by U+FFFD, each with a warning: a Markdown file is UTF-8 text, which cannot hold one,
 * and writing it would turn it into U+FFFD silently.
 */
function wellFormed<T>(value: T, path: string, warnings: RecapMarkdownWarning[] | undefined): T {
  if (typeof value === "string") {
    const lone = LONE_SURROGATE.exec(value);
    if (!lone) return value;
    const code = lone[0].charCodeAt(0).toString(16).toUpperCase();
    warnings?.push({
      path,
      message: `has a lone surrogate (U+${code}), half of a character that Unicode text cannot hold, so a Markdown file cannot either: it is written as U+FFFD (\uFFFD).`,
    });
    return value.replace(LONE_SURROGATES, "\uFFFD") as T;
  }
  if (Array.isArray(value)) return value.map((item, index) => wellFormed(item, at(path, index), warnings)) as T;
  if (value !== null && typeof value === "object")
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, wellFormed(item, at(path, key), warnings)])) as T;
  return value;
}

function readsBack(markdown: string, recap: Recap): boolean {
  const result = safeParseRecapMarkdown(markdown);
  return result.ok && isDeepEqual(toRecapDocument(result.value), recap);
}

/**
 * Writes a recap (a document, or a parsed `Recap`) as Markdown in the convention `parseRecapMarkdown`
 * reads (documented in `index.ts`), so that reading it back gives `parseRecap(recap)` exactly. Text is written as prose wherever
 * Markdown gives it back unchanged; what it would not (a line break inside a title, a speaker's
 * avatar …) goes to the front matter or to a session's ```yaml recap block.
 *
 * The Markdown is Unicode text, as a UTF-8 file holds it: a lone surrogate (half of a UTF-16
 * pair, which a JavaScript string may hold but no text can) is written as U+FFFD, with a warning
 * in `options.warnings` naming where it was; everything else reads back exactly.
 *
 * @throws {RecapValidationError} when `recap` is not a valid Recap.
 */
export function toRecapMarkdown(recap: unknown, options: ToRecapMarkdownOptions = {}): string {
  const normal = wellFormed(toRecapDocument(parseRecap(recap)), "", options.warnings);
  const writeIds = idsToWrite(normal.sessions);
  const plan: Plan = {
    frontMatter: new Set(BODY_FIELDS.filter((field) => !bodyFieldReadsBack(normal, field))),
    sessions: normal.sessions.map((session, index) => planSession(session, writeIds[index] ?? true)),
  };
  const markdown = write(normal, plan);
  if (readsBack(markdown, normal)) return markdown;
  const explicit = write(normal, explicitPlan(normal, writeIds));
  if (readsBack(explicit, normal)) return explicit;
  throw new Error("toRecapMarkdown: this recap could not be written so that it reads back unchanged. Please report it as a bug.");
}
