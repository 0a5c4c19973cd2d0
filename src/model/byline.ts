/**
 * Speaker lines as writers write them: `Name, Company`, `A & B, Company`, `A and B, Company`,
 * `A, X; B, Y`, `Name (Role), Company`, `Name (Company)`, `A (X), B (Y)`, `Name – Company`,
 * `Moderator: Name, Company`. One reader for the Markdown `- Speakers:` line and for a JSON
 * string where a list of people belongs. Every reading that could have been another one comes
 * with a note that says how it was read and how to write it for sure: it never guesses silently.
 *
 *     line   := group ( ";" group )*
 *     group  := part ( ( " & " | " and " ) part )*
 *     part   := [ role ":" ] name [ "(" x ")" | " – " x ] [ "," affiliation ]
 *
 * Names without an affiliation take the next one in their group ("Michael Medellin & Gordon
 * Tillman, Department of Defense"); a `;` ends a group. Only the first comma of a part separates,
 * and " and " only before it ("Jane, Procter and Gamble"); `\,`, `\&`, `\;`, `\(` … escape.
 * Reading is linear in the line: its special characters are found once, then walked once.
 */

/** The text a byline is read from: a Markdown paragraph, or a plain string. */
export interface BylineText {
  readonly source: string;
  /** Offsets in `[from, to)` of characters that pass `test` and are written as they are: not escaped, not inside a link or code. */
  find(test: (char: string, offset: number) => boolean, from: number, to: number): number[];
  /** The plain text of `[from, to)`: escapes removed, whitespace at the ends trimmed. */
  text(from: number, to: number): string;
  /** The link that spans exactly `[from, to)` (spaces around it aside): its text and address. */
  link(from: number, to: number): { text: string; url: string } | undefined;
}

/** A person as a byline names them. */
export interface BylinePerson {
  name: string;
  affiliation?: string | undefined;
  role?: string | undefined;
  url?: string | undefined;
}

export interface BylineReading {
  people: BylinePerson[];
  /** Why the line could not be read at all. */
  problem?: string;
  /** How parts that could be read two ways were read, one sentence each. */
  notes: string[];
}

/** A set of the space-separated words; a pure call, so that a bundle that never reads bylines drops the lists. */
function wordSet(words: string): ReadonlySet<string> {
  return new Set(words.split(" "));
}

// Words that make a parenthesis or a dash a role rather than an organisation.
const ROLE_WORDS = /* @__PURE__ */ wordSet(
  "moderator moderators moderatorin moderation host hosts co-host cohost chair chairs chairperson panelist panelists panellist " +
    "panellists speaker keynote presenter facilitator organizer organiser mc emcee interviewer guest engineer developer " +
    "programmer architect manager director lead head founder cofounder co-founder ceo cto cfo coo cio ciso cpo vp svp evp " +
    "president chief officer principal staff senior junior intern researcher scientist professor prof lecturer student phd " +
    "postdoc analyst consultant advocate evangelist designer maintainer contributor committer author writer editor " +
    "journalist sre devops administrator owner partner specialist expert fellow volunteer coordinator strategist " +
    "entwickler entwicklerin gründer gründerin geschäftsführer geschäftsführerin leiter leiterin ingenieur ingenieurin " +
    "ingénieur ingénieure développeur développeuse fondateur fondatrice directeur directrice ingeniero ingeniera " +
    "desarrollador desarrolladora fundador fundadora director directora",
);

// Words that make a name an organisation's, wherever it stands.
const ORGANISATION_WORDS = /* @__PURE__ */ wordSet(
  "inc inc. ltd ltd. llc llp plc gmbh ag se sa s.a. sas sarl bv b.v. nv n.v. kg ohg e.v. corp corp. corporation co co. " +
    "company labs lab foundation institute institut university universität université universidad universidade " +
    "college school group bank agency association society council ministry department gov government",
);

// Endings after a comma that belong to the organisation's name: "ACME, Inc.", "Doe, Jr.".
const NAME_SUFFIX = /^(inc|ltd|llc|llp|plc|gmbh|ag|se|s\.?a|sas|sarl|b\.?v|n\.?v|kg|corp|co|jr|sr|ii|iii|iv|phd|esq)\.?$/i;

function wordsOf(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^\p{L}\p{N}.-]+/u)
    .filter(Boolean);
}

/** What a word in parentheses or after a dash most likely is. */
export function kindOf(text: string): "role" | "organisation" | "unknown" {
  const words = wordsOf(text);
  if (words.some((word) => ORGANISATION_WORDS.has(word))) return "organisation";
  if (words.some((word) => ROLE_WORDS.has(word) || ROLE_WORDS.has(word.replace(/\.$/, "")))) return "role";
  return "unknown";
}

/** A role before a colon ("Moderator: Jane Doe"); a to-do marker ("TODO: name") is part of the name. */
export function isRolePrefix(text: string): boolean {
  return text !== "" && !/^todo$/i.test(text);
}

const SPECIAL = new Set(["&", ";", ",", "(", ")", ":", "-", "–", "—"]);

function isSpace(char: string | undefined): boolean {
  return char === undefined || /\s/.test(char);
}

interface Part {
  start: number;
  end: number;
  /** Offsets of the part's special characters, in order. */
  marks: number[];
}

/** A person read from a part, with what the part said about them that the group decides. */
interface Pending {
  person: BylinePerson;
  /** `(x)` or `– x` after the name, not yet known to be a role or an organisation. */
  extra?: { text: string; dash: boolean; written: string };
}

class Reader {
  readonly people: BylinePerson[] = [];
  readonly notes: string[] = [];
  problem: string | undefined;
  private pending: Pending[] = [];
  private partNumber = 0;

  constructor(
    private readonly t: BylineText,
    private readonly defaultRole: string | undefined,
  ) {}

  private get source() {
    return this.t.source;
  }

  private trim(from: number, to: number): [number, number] {
    let start = from;
    let end = to;
    while (start < end && isSpace(this.source[start])) start++;
    while (end > start && isSpace(this.source[end - 1])) end--;
    return [start, end];
  }

  /** Whether `[from, to)` holds more than spaces, looking from its start (or, `backwards`, from its end) only as far as the first. */
  private hasText(from: number, to: number, backwards = false): boolean {
    if (backwards) {
      let end = to;
      while (end > from && isSpace(this.source[end - 1])) end--;
      return end > from;
    }
    let start = from;
    while (start < to && isSpace(this.source[start])) start++;
    return start < to;
  }

  private isSpacedAt(offset: number, length = 1): boolean {
    return isSpace(this.source[offset - 1]) && isSpace(this.source[offset + length]);
  }

  read(from: number, to: number): BylineReading {
    const { source } = this;
    const marks = this.t.find(
      (char, offset) =>
        SPECIAL.has(char) ||
        (isSpace(char) && source.startsWith("and", offset + 1) && isSpace(source[offset + 4]) && source[offset + 4] !== undefined),
      from,
      to,
    );
    // " and " before a role's colon is part of the role ("Host and moderator: Jane Doe"): which
    // marks have a colon after them in their part, found in one pass from the end.
    const colonAhead: boolean[] = new Array(marks.length);
    let colon = false;
    for (let i = marks.length - 1; i >= 0; i--) {
      const mark = marks[i] as number;
      const char = source[mark] as string;
      if (char === ":" && isSpace(source[mark + 1])) colon = true;
      else if (char === "," || char === ";" || char === "(" || (char === "&" && this.isSpacedAt(mark))) colon = false;
      colonAhead[i] = colon;
    }
    // Split into groups at ";" and into parts at " & " and " and ", parentheses kept whole.
    let depth = 0;
    let partStart = from;
    let comma = false;
    // A part's role ends at its first colon: an " and " after it separates names again.
    let roleRead = false;
    let partMarks: number[] = [];
    const endPart = (end: number, next: number) => {
      this.part({ start: partStart, end, marks: partMarks });
      partStart = next;
      partMarks = [];
      comma = false;
      roleRead = false;
    };
    for (const [index, mark] of marks.entries()) {
      if (this.problem) break;
      const char = source[mark] as string;
      if (char === "(") depth++;
      else if (char === ")") depth = Math.max(0, depth - 1);
      if (depth === 0 && char === ";") {
        endPart(mark, mark + 1);
        this.endGroup();
        continue;
      }
      if (depth === 0 && char === "&" && this.isSpacedAt(mark)) {
        endPart(mark, mark + 1);
        continue;
      }
      // " and " separates two names, so only with a name on each side of it.
      if (
        depth === 0 &&
        isSpace(char) &&
        !comma &&
        (roleRead || !colonAhead[index]) &&
        this.hasText(partStart, mark, true) &&
        this.hasText(mark + 4, to)
      ) {
        endPart(mark, mark + 4);
        continue;
      }
      if (isSpace(char)) continue;
      if (depth === 0 && char === ",") comma = true;
      if (depth === 0 && char === ":" && isSpace(source[mark + 1])) roleRead = true;
      partMarks.push(mark);
    }
    if (!this.problem) {
      endPart(to, to);
      this.endGroup();
    }
    if (this.problem) return { people: [], problem: this.problem, notes: [] };
    return { people: this.people, notes: this.notes };
  }

  private fail(message: string): void {
    this.problem ??= `The speakers cannot be read: ${message}`;
  }

  private part(part: Part): void {
    this.partNumber++;
    let [start, end] = this.trim(part.start, part.end);
    let marks = part.marks.filter((mark) => mark >= start && mark < end);
    if (start === end) {
      this.fail(`part ${this.partNumber} has an empty name: look for a doubled & or ; or a comma with nothing before it.`);
      return;
    }
    // "Moderator: Jane Doe, ACME": a role before the name.
    let role: string | undefined;
    const colon = marks.find((mark) => this.source[mark] === ":");
    const firstOther = marks.find((mark) => ",;(".includes(this.source[mark] as string));
    if (colon !== undefined && (firstOther === undefined || colon < firstOther) && isSpace(this.source[colon + 1])) {
      const prefix = this.t.text(start, colon);
      if (isRolePrefix(prefix)) {
        role = prefix;
        [start, end] = this.trim(colon + 1, end);
        marks = marks.filter((mark) => mark > colon);
        // "Host and moderator: Jane" is one role; "Jane Doe and Moderator: John" may be two people.
        if (/\sand\s/.test(prefix) && !prefix.split(/\s+and\s+/).every((piece) => kindOf(piece) === "role"))
          this.notes.push(
            `"${prefix}" before the colon was read as one role, for ${this.t.text(start, end)}. If it names a speaker, separate the speakers with & ("${prefix.replace(/\s+and\s+/, " & ")}: …").`,
          );
      }
    }
    // The first comma outside parentheses separates the name from the affiliation.
    let depth = 0;
    const commas: number[] = [];
    for (const mark of marks) {
      const char = this.source[mark];
      if (char === "(") depth++;
      else if (char === ")") depth = Math.max(0, depth - 1);
      else if (char === "," && depth === 0) commas.push(mark);
    }
    const [comma] = commas;
    if (comma !== undefined && this.isParenthesisList(start, end, commas)) {
      this.parenthesisList(start, end, commas, marks, role);
      return;
    }
    const named = this.name(start, comma ?? end, marks, role);
    if (!named) return;
    if (comma === undefined) {
      this.pending.push(named);
      return;
    }
    const affiliation = this.t.text(comma + 1, end);
    if (!affiliation) {
      this.fail(`nothing follows the comma after "${named.person.name}".`);
      return;
    }
    if (commas.length > 1) {
      const last = this.t.text((commas.at(-1) as number) + 1, end);
      if (!NAME_SUFFIX.test(last))
        this.notes.push(
          `"${affiliation}" was read as the organisation of ${named.person.name}. If it names more speakers, separate them with & ("${named.person.name}, ${this.t.text(comma + 1, commas[1] as number)} & …"); if its commas belong to the name, write them as \\, to say so.`,
        );
    }
    // "Name (Role), Affiliation": with an affiliation of its own, a parenthesis is the role.
    if (named.extra && !named.extra.dash && named.person.role === undefined) {
      named.person.role = named.extra.text;
      // "Jane Doe (Google), John Roe" may be two people: say so unless the parenthesis is clearly a role.
      if (kindOf(named.extra.text) !== "role")
        this.notes.push(
          `"${this.t.text(start, end)}" was read as ${describePerson({ ...named.person, affiliation })}, "${named.extra.text}" being the role. If "${named.extra.text}" is the organisation, write "${named.person.name}, ${named.extra.text}"; to say it is the role for sure, write "${named.extra.text}: ${named.person.name}, ${affiliation}".`,
        );
      delete named.extra;
    }
    this.pending.push(named);
    this.assign(affiliation);
  }

  /** `A (X), B (Y)`: every comma separates a person, each with their parenthesis. */
  private isParenthesisList(start: number, end: number, commas: number[]): boolean {
    const bounds = [start, ...commas, end];
    for (let i = 0; i + 1 < bounds.length; i++) {
      const [from, to] = this.trim((bounds[i] as number) + (i === 0 ? 0 : 1), bounds[i + 1] as number);
      if (this.source[to - 1] !== ")" || !this.source.slice(from, to).includes("(")) return false;
    }
    return true;
  }

  private parenthesisList(start: number, end: number, commas: number[], marks: number[], role: string | undefined): void {
    this.endGroup();
    const bounds = [start, ...commas, end];
    const read: string[] = [];
    let next = 0;
    for (let i = 0; i + 1 < bounds.length; i++) {
      const from = (bounds[i] as number) + (i === 0 ? 0 : 1);
      const to = bounds[i + 1] as number;
      // Each person's own marks, found by walking on: slicing all of them for each would be quadratic.
      while (next < marks.length && (marks[next] as number) < from) next++;
      const first = next;
      while (next < marks.length && (marks[next] as number) < to) next++;
      const named = this.name(from, to, marks.slice(first, next), role);
      if (!named) return;
      const { person, extra } = named;
      if (extra) {
        if (person.role === undefined && kindOf(extra.text) === "role") person.role = extra.text;
        else person.affiliation = extra.text;
      }
      this.add(person);
      read.push(describePerson(person));
    }
    this.notes.push(
      `"${this.t.text(start, end)}" was read as ${read.length} speakers, each with what the parentheses say: ${read.join("; ")}. To say it for sure, write each as "Name (Role), Organisation" and separate them with &.`,
    );
  }

  /** Reads the name part `[from, to)`: a linked or plain name, and a trailing `(x)` or ` – x`. `marks` are the part's. */
  private name(from: number, to: number, marks: number[], role: string | undefined): Pending | undefined {
    let [start, end] = this.trim(from, to);
    const inside = marks.filter((mark) => mark >= start && mark < end);
    let extra: Pending["extra"];
    if (this.source[end - 1] === ")" && inside.at(-1) === end - 1) {
      let depth = 0;
      for (let i = inside.length - 1; i >= 0; i--) {
        const mark = inside[i] as number;
        const char = this.source[mark];
        if (char === ")") depth++;
        else if (char === "(" && --depth === 0) {
          const text = this.t.text(mark + 1, end - 1);
          if (text) {
            extra = { text, dash: false, written: this.t.text(start, end) };
            end = mark;
          }
          break;
        }
      }
    } else {
      const dash = inside.find((mark) => "-–—".includes(this.source[mark] as string) && this.isSpacedAt(mark));
      const text = dash === undefined ? "" : this.t.text(dash + 1, end);
      if (dash !== undefined && text) {
        extra = { text, dash: true, written: this.t.text(start, end) };
        end = dash;
      }
    }
    [start, end] = this.trim(start, end);
    const link = this.t.link(start, end);
    const name = link ? link.text : this.t.text(start, end);
    if (!name) {
      this.fail(
        extra
          ? `part ${this.partNumber}, "${extra.written}", has no name before it.`
          : `part ${this.partNumber} has an empty name: look for a doubled & or ; or a comma with nothing before it.`,
      );
      return undefined;
    }
    const person: BylinePerson = { name };
    if (link?.url) person.url = link.url;
    if (role !== undefined) person.role = role;
    return extra ? { person, extra } : { person };
  }

  /** An affiliation: for the names waiting for one, whose parentheses are then roles. */
  private assign(affiliation: string): void {
    for (const { person, extra } of this.pending) {
      person.affiliation = affiliation;
      if (extra) {
        if (person.role !== undefined) {
          this.notes.push(
            `"${extra.written}" has a role (${person.role}) and an organisation (${affiliation}) already, so "${extra.text}" was read as part of the name: write "${person.role}: ${person.name}, ${affiliation}" without it, or put it in the name with \\( \\).`,
          );
          person.name = `${person.name} (${extra.text})`;
        } else {
          person.role = extra.text;
          if (extra.dash || kindOf(extra.text) !== "role")
            this.notes.push(
              `"${extra.written}" was read as ${describePerson(person)}, "${extra.text}" being the role. If "${extra.text}" is the organisation, write "${person.name}, ${extra.text}" on its own, with & before the next speaker.`,
            );
        }
      }
      this.add(person);
    }
    this.pending = [];
  }

  /** The end of a group: names without an affiliation keep none; a parenthesis or a dash is decided on its own. */
  private endGroup(): void {
    for (const { person, extra } of this.pending) {
      if (extra) {
        const kind = kindOf(extra.text);
        if (kind === "role" && person.role === undefined) {
          person.role = extra.text;
          if (extra.dash)
            this.notes.push(
              `"${extra.written}" was read as ${describePerson(person)}, "${extra.text}" being the role: write "${person.name} (${extra.text})" to say so for sure.`,
            );
        } else {
          person.affiliation = extra.text;
          if (kind === "unknown" || extra.dash || person.role !== undefined)
            this.notes.push(
              `"${extra.written}" was read as ${describePerson(person)}, "${extra.text}" being the organisation: write "${person.name}, ${extra.text}" to say so for sure${person.role === undefined ? `, or "${extra.text}: ${person.name}" if it is the role` : ""}.`,
            );
        }
      }
      this.add(person);
    }
    this.pending = [];
  }

  /** A person read; the line's role (`- Moderators:`) is theirs unless they have one of their own. */
  private add(person: BylinePerson): void {
    if (person.role === undefined && this.defaultRole !== undefined) person.role = this.defaultRole;
    this.people.push(person);
  }
}

/** "Jane Doe — ACME — Moderator": a person as `check` shows them, every part in its place. */
export function describePerson(person: BylinePerson): string {
  return [person.name, person.affiliation ?? "no organisation", ...(person.role === undefined ? [] : [person.role])].join(" — ");
}

/**
 * Reads a byline from `[from, to)` of `text`. `defaultRole` is given to everyone who has no
 * role of their own (a `- Moderators:` line). Linear in the length of the range.
 */
export function readByline(text: BylineText, from: number, to: number, defaultRole?: string): BylineReading {
  return new Reader(text, defaultRole).read(from, to);
}

const ESCAPABLE = /[!-/:-@[-`{-~]/;

/** A byline written as a plain string (JSON): backslash escapes, no links. */
export class PlainByline implements BylineText {
  constructor(readonly source: string) {}

  find(test: (char: string, offset: number) => boolean, from: number, to: number): number[] {
    const found: number[] = [];
    for (let i = from; i < to; i++) {
      const char = this.source[i] as string;
      if (char === "\\" && ESCAPABLE.test(this.source[i + 1] ?? "")) {
        i++;
        continue;
      }
      if (test(char, i)) found.push(i);
    }
    return found;
  }

  text(from: number, to: number): string {
    return this.source
      .slice(from, to)
      .replace(/\\([!-/:-@[-`{-~])/g, "$1")
      .replace(/\s+/g, " ")
      .trim();
  }

  link(): undefined {
    return undefined;
  }
}
