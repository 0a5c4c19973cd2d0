import { describePerson } from "../model/byline.js";
import type { Recap } from "../model/parsed.js";
import { count, issueLines, shown } from "./messages.js";
import type { ReadRecap } from "./readRecap.js";

function event(recap: Recap): string {
  const { name, edition, startDate, endDate, location } = recap.event;
  const dates = startDate && endDate && endDate !== startDate ? `${startDate} – ${endDate}` : startDate;
  return [[name, edition].filter(Boolean).join(" "), dates, location].filter(Boolean).join(", ");
}

/** Each session's lines, added to `lines` (a recap may have 100,000 sessions: nothing is spread into a call). */
function addSessionLines(lines: string[], recap: Recap): void {
  recap.sessions.forEach((session, index) => {
    const about = [session.format, session.track, session.date, session.code && `code ${session.code}`].filter(Boolean).join(", ");
    lines.push(`  ${index + 1}. ${session.title}${about ? ` (${about})` : ""} #${session.id}`);
    if (session.speakers.length === 0) lines.push("     speakers: none");
    for (const person of session.speakers) lines.push(`     speaker: ${describePerson(person)}`);
    for (const resource of session.resources ?? [])
      lines.push(`     ${resource.kind}: ${resource.label ? `${resource.label} <${resource.url}>` : resource.url}`);
    const summary = session.summary?.length ?? 0;
    const takeaways = session.takeaways?.length ?? 0;
    lines.push(`     ${count(summary, "summary paragraph")}, ${count(takeaways, "takeaway")}`);
  });
}

/** Appends each line of `text` (a block of problems, warnings or to-dos) one by one. */
function addLines(lines: string[], text: string): void {
  for (const line of text.split("\n")) lines.push(line);
}

/**
 * How `recap-kit check` says a document was read: the article, each session with its speakers as
 * name — organisation — role and its links, the sections after the sessions, then every to-do and
 * every warning with its line. Plain text, every value from the document shown safely.
 */
export function checkReport(name: string, read: Pick<ReadRecap, "recap" | "warnings" | "todos">): string {
  const { recap, warnings, todos } = read;
  const lines = [
    `${shown(name)} is a valid recap${todos.length || warnings.length ? "" : ", with nothing left to do"}. This is how it was read:`,
    "",
  ];
  lines.push(`Title: ${recap.title}`);
  lines.push(`Event: ${event(recap)}`);
  if (recap.authors?.length) lines.push(`Authors: ${recap.authors.map(describePerson).join("; ")}`);
  lines.push(`Intro: ${count(recap.intro?.length ?? 0, "paragraph")}`);
  lines.push("", `Sessions (${recap.sessions.length}):`);
  addSessionLines(lines, recap);
  lines.push("");
  if (recap.takeaways?.length) lines.push(`Takeaways: ${recap.takeaways.length}`);
  if (recap.outro?.length) lines.push(`Closing words: ${count(recap.outro.length, "paragraph")}`);
  const reads = recap.relatedReads ?? [];
  lines.push(`Related reads (${reads.length}):`);
  for (const item of reads) lines.push(`  - ${item.title ?? "(no title)"}${item.url ? ` <${item.url}>` : " (no link)"}`);
  const action = recap.callToAction;
  if (action)
    lines.push(`Call to action: ${action.title}${action.url ? ` → ${action.label ?? "(button)"} <${action.url}>` : " (no button)"}`);
  if (recap.headings) {
    const given = Object.entries(recap.headings).map(([key, value]) => `${key}: "${value}"`);
    lines.push(`Your own headings: ${given.join(", ")}`);
  }
  // Text from the document, shown safely; the lists below come shown already.
  const report = lines.map(shown);
  report.push("", todos.length ? `To-dos (${todos.length}), to write before publishing:` : "To-dos: none.");
  // In the order they are written: the document's own order puts the sessions before the article's sections.
  const written = todos
    .map((todo, index) => ({ todo, index }))
    .sort((a, b) => (a.todo.line ?? 0) - (b.todo.line ?? 0) || a.index - b.index);
  if (todos.length) addLines(report, issueLines(written.map(({ todo }) => ({ path: todo.path, line: todo.line, message: todo.text }))));
  report.push("", warnings.length ? `Warnings (${warnings.length}):` : "Warnings: none.");
  if (warnings.length) addLines(report, issueLines(warnings));
  return report.join("\n");
}
