import { type BylineReading, type BylineText, isRolePrefix, kindOf, readByline as readText } from "../model/byline.js";
import type { Person } from "../model/types.js";
import { escapeAmpersands, escapePlain, linkDestination } from "./escape.js";
import type { Phrasing } from "./phrasing.js";

/** A `- Speakers:` value as the byline reader sees it: plain text, linked names, Markdown's escapes. */
class PhrasingText implements BylineText {
  constructor(private readonly p: Phrasing) {}

  get source(): string {
    return this.p.source;
  }

  find(test: (char: string, offset: number) => boolean, from: number, to: number): number[] {
    return this.p.find(test, from, to);
  }

  text(from: number, to: number): string {
    return this.p.text("plain", from, to);
  }

  link(from: number, to: number): { text: string; url: string } | undefined {
    const link = this.p.linkAt(from, to);
    return link ? { text: this.p.contentOf(link, "plain"), url: link.url } : undefined;
  }
}

/**
 * Reads the byline of a `- Speakers:` line (the grammar is in `src/model/byline.ts`, shared with
 * JSON strings): a name may be a link, `[Jane Doe](https://…)`, for the person's profile page.
 */
export function readByline(p: Phrasing, from: number, to: number, defaultRole?: string): BylineReading {
  return readText(new PhrasingText(p), from, to, defaultRole);
}

/** Spaced dashes would read as "Name – Organisation"; Markdown can escape only the ASCII one. */
function escapeDashes(text: string): string {
  return text.replace(/(^|\s)-(?=\s|$)/g, "$1\\-");
}

function writeName(person: Person): string {
  const name = escapeDashes(escapeAmpersands(escapePlain(person.name, ",()[];:")));
  const linked = person.url ? `[${name}](${linkDestination(person.url)})` : name;
  if (person.role === undefined) return linked;
  const role = escapeAmpersands(escapePlain(person.role, ",()"));
  // A parenthesis is a role for sure only when it says one ("Moderator"); otherwise the role goes first.
  if (kindOf(person.role) !== "role" && isRolePrefix(person.role))
    return `${escapeAmpersands(escapePlain(person.role, ",()[];:"))}: ${linked}`;
  return `${linked} (${role})`;
}

function writeAffiliation(affiliation: string): string {
  return escapeDashes(escapeAmpersands(escapePlain(affiliation, ",();")));
}

/** Whether a person may share the affiliation written after the next name: their role must read as one. */
function mayShare(person: Person): boolean {
  return person.role === undefined || kindOf(person.role) === "role";
}

/**
 * Writes speakers as byline values, one per `- Speakers:` line: usually one line, more only when
 * someone without an affiliation comes before someone with one. `undefined` when a speaker has
 * something a byline cannot say (an avatar). What reads back otherwise, the writer's check finds.
 */
export function writeByline(people: readonly Person[]): { text: string; count: number }[] | undefined {
  if (people.some((person) => person.avatar !== undefined)) return undefined;
  const lines: { text: string; count: number }[] = [];
  let line: string[] = [];
  let count = 0;
  let group: string[] = [];
  people.forEach((person, index) => {
    group.push(writeName(person));
    count++;
    const next = people[index + 1];
    if (person.affiliation !== undefined) {
      if (next?.affiliation === person.affiliation && mayShare(person)) return;
      line.push(`${group.join(" & ")}, ${writeAffiliation(person.affiliation)}`);
    } else {
      for (const name of group) line.push(name);
      // Otherwise the next affiliation would be read as this person's too.
      if (next?.affiliation !== undefined) {
        lines.push({ text: line.join(" & "), count });
        line = [];
        count = 0;
      }
    }
    group = [];
  });
  if (line.length) lines.push({ text: line.join(" & "), count });
  return lines;
}
