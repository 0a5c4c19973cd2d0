import { describePerson, PlainByline, readByline } from "./byline.js";
import type { RecapIssue } from "./errors.js";
import { warn } from "./warnings.js";

/**
 * People written as one string where the model wants a list (`"speakers": "A, Acme & B, Beta"`):
 * read with the byline reader of Markdown's `- Speakers:` lines, and said so in a warning, with
 * the list to write instead. A line that cannot be read is a problem at `path`.
 */
export function peopleFromText(value: string, path: string, issues: RecapIssue[], who: string): Record<string, unknown>[] {
  if (!value.trim()) return [];
  const text = new PlainByline(value);
  const reading = readByline(text, 0, value.length);
  if (reading.problem !== undefined) {
    issues.push({
      path,
      message: `is text, not a list of ${who}s. ${reading.problem} Write it as a list: [{ "name": "…", "affiliation": "…" }].`,
    });
    return [];
  }
  const { people } = reading;
  const count = people.length === 1 ? `1 ${who}` : `${people.length} ${who}s`;
  warn(
    issues,
    path,
    `is text, not a list of ${who}s, so it was read as a byline: ${count}, ${people.map(describePerson).join("; ")}. To be sure, write it as a list: ${JSON.stringify(people)}.`,
  );
  for (const note of reading.notes) warn(issues, path, note);
  return people as unknown as Record<string, unknown>[];
}
