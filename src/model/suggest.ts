/**
 * "Did you mean …?": the known word closest to one a writer typed. Case does not count
 * (`Summary` is `summary`), a swapped pair of letters is one slip (`evnet`), and a few words from
 * other tools' vocabularies point at the recap's own (`description` → `summary`). Only a close
 * word is suggested: a far one would send the writer on a wrong track.
 */

/** Words other tools use for the recap's fields; suggested only where the field exists. */
const SYNONYMS: Readonly<Record<string, readonly string[]>> = {
  description: ["summary", "excerpt"],
  abstract: ["summary", "excerpt"],
  body: ["summary"],
  text: ["summary", "excerpt"],
  link: ["url"],
  href: ["url"],
  website: ["url"],
  author: ["authors"],
  speaker: ["speakers"],
  presenters: ["speakers"],
  tag: ["tags"],
  lang: ["language"],
  locale: ["language"],
  published: ["publishedAt"],
  date: ["publishedAt"],
  updated: ["updatedAt"],
  company: ["affiliation"],
  organisation: ["affiliation"],
  organization: ["affiliation"],
  employer: ["affiliation"],
  jobtitle: ["role"],
  picture: ["avatar", "image"],
  photo: ["avatar", "image"],
  conference: ["event"],
  kind: ["format"],
  type: ["format", "kind"],
  start: ["startDate"],
  end: ["endDate"],
};

/**
 * The optimal string alignment distance (Levenshtein with transpositions) of two words, or
 * `undefined` when it is more than `limit`. Time is the product of the lengths, and one of them
 * is a known word of a few letters, so it is linear in the other.
 */
export function distance(a: string, b: string, limit: number): number | undefined {
  if (Math.abs(a.length - b.length) > limit) return undefined;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min((previous[j] as number) + 1, (current[j - 1] as number) + 1, (previous[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, (before[j - 2] as number) + 1);
      current.push(value);
      best = Math.min(best, value);
    }
    if (best > limit) return undefined;
    before = previous;
    previous = current;
  }
  const result = previous[b.length] as number;
  return result <= limit ? result : undefined;
}

/** How many slips a word of this length may hold and still be recognised. */
function tolerance(length: number): number {
  if (length <= 3) return 1;
  if (length <= 8) return 2;
  return 3;
}

/** The known word closest to `word`, if one is close enough to be what was meant. */
export function closest(word: string, known: readonly string[]): string | undefined {
  const lower = word.toLowerCase();
  const bare = lower.replace(/[\s_-]/g, "");
  // hasOwn: "constructor" is a word a writer may type, not the object's own property.
  for (const target of Object.hasOwn(SYNONYMS, bare) ? (SYNONYMS[bare] as readonly string[]) : [])
    if (known.includes(target)) return target;
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const candidate of known) {
    const found = distance(lower, candidate.toLowerCase(), Math.min(tolerance(candidate.length), tolerance(lower.length)));
    if (found !== undefined && found < bestDistance) {
      best = candidate;
      bestDistance = found;
    }
  }
  return best;
}

/** " Did you mean `summary`?", or "" when nothing known is close. */
export function didYouMean(word: string, known: readonly string[]): string {
  const match = closest(word, known);
  return match === undefined ? "" : ` Did you mean "${match}"?`;
}
