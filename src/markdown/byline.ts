import type { Person } from "../model/types.js";
import { escapeAmpersands, escapePlain, linkDestination } from "./escape.js";
import type { Phrasing } from "./phrasing.js";

/**
 * The byline grammar of `- Speakers:` lines:
 *
 *     byline := part ( " & " part )*
 *     part   := name [ "(" role ")" ] [ "," affiliation ]
 *
 * A name may be a link, `[Jane Doe](https://…)`, for the person's profile page. Names without
 * an affiliation take the one of the next part that has one ("Michael Medellin & Gordon Tillman,
 * Department of Defense"); names after the last affiliation have none. Only the first comma of a
 * part separates, so an affiliation may contain commas; `\,`, `\&`, `\(` and `\)` escape the rest.
 */
export interface BylineResult {
  people: Record<string, unknown>[];
  problem?: string;
}

function isSpace(char: string | undefined): boolean {
  return char === undefined || /\s/.test(char);
}

function readName(p: Phrasing, from: number, to: number): Record<string, unknown> | string {
  let [start, end] = p.trim(from, to);
  let role: string | undefined;
  const closing = p.find((char) => char === ")", start, end);
  if (closing.at(-1) === end - 1) {
    const parens = p.find((char) => char === "(" || char === ")", start, end - 1);
    let depth = 0;
    for (let i = parens.length - 1; i >= 0; i--) {
      const offset = parens[i] as number;
      depth += p.source[offset] === ")" ? 1 : -1;
      if (depth < 0) {
        role = p.text("plain", offset + 1, end - 1) || undefined;
        end = offset;
        break;
      }
    }
  }
  [start, end] = p.trim(start, end);
  const link = p.linkAt(start, end);
  const name = link ? p.contentOf(link, "plain") : p.text("plain", start, end);
  if (!name)
    return role ? `"(${role})" has no name before it.` : "has an empty name: look for a doubled & or a comma with nothing before it.";
  return { name, role, url: link?.url };
}

export function readByline(p: Phrasing, from: number, to: number): BylineResult {
  const separators = p.find((char, offset) => char === "&" && isSpace(p.source[offset - 1]) && isSpace(p.source[offset + 1]), from, to);
  const bounds = [from, ...separators.flatMap((offset) => [offset, offset + 1]), to];
  const people: Record<string, unknown>[] = [];
  let pending: Record<string, unknown>[] = [];
  for (let i = 0; i < bounds.length; i += 2) {
    const [start, end] = p.trim(bounds[i] as number, bounds[i + 1] as number);
    const comma = p.find((char) => char === ",", start, end)[0];
    const person = readName(p, start, comma ?? end);
    if (typeof person === "string") return { people: [], problem: `The speakers cannot be read: part ${i / 2 + 1} ${person}` };
    pending.push(person);
    if (comma === undefined) continue;
    const affiliation = p.text("plain", comma + 1, end);
    if (!affiliation) return { people: [], problem: `The speakers cannot be read: nothing follows the comma after "${person.name}".` };
    for (const each of pending) people.push({ ...each, affiliation });
    pending = [];
  }
  people.push(...pending);
  return { people: people.map((person) => Object.fromEntries(Object.entries(person).filter(([, value]) => value !== undefined))) };
}

function writeName(person: Person): string {
  const name = escapeAmpersands(escapePlain(person.name, ",()[]"));
  const linked = person.url ? `[${name}](${linkDestination(person.url)})` : name;
  return person.role ? `${linked} (${escapeAmpersands(escapePlain(person.role, ",()"))})` : linked;
}

/**
 * Writes speakers as byline values, one per `- Speakers:` line: usually one line, more only when
 * someone without an affiliation comes before someone with one. `undefined` when a speaker has
 * something a byline cannot say (an avatar).
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
      if (next?.affiliation === person.affiliation) return;
      line.push(`${group.join(" & ")}, ${escapeAmpersands(escapePlain(person.affiliation))}`);
    } else {
      line.push(...group);
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
