import { fold, words } from "./fold.js";

/** A tagline read as a role and an organisation, with the form it was written in. */
export interface TaglineReading {
  role: string;
  affiliation: string;
  /** The form, in words for a warning: "Role at Company". */
  form: string;
}

// "Role at Company" in the languages recap-kit has labels for. Spanish "en" is left out: "Experta
// en Kubernetes" is a skill, not an employer.
const CONNECTORS: ReadonlyArray<readonly [RegExp, string]> = [
  [/ at /gi, "Role at Company"],
  [/ bei /gi, "Role bei Company"],
  [/ chez /gi, "Role chez Company"],
  [/ bij /gi, "Role bij Company"],
  [/ @ ?(?=\S)/g, "Role @ Company"],
];

// A comma alone separates too many things ("Java Champion, Oracle ACE", "Developer, Berlin"): the
// part before it must say a job.
const ROLE_WORDS = new Set(
  [
    "engineer",
    "developer",
    "programmer",
    "architect",
    "manager",
    "director",
    "founder",
    "cofounder",
    "ceo",
    "cto",
    "cio",
    "coo",
    "cfo",
    "cpo",
    "ciso",
    "vp",
    "president",
    "head",
    "lead",
    "principal",
    "consultant",
    "advocate",
    "evangelist",
    "scientist",
    "researcher",
    "designer",
    "analyst",
    "administrator",
    "sre",
    "specialist",
    "officer",
    "owner",
    "partner",
    "maintainer",
    "professor",
    "lecturer",
    "student",
    "intern",
    "editor",
    "strategist",
    "technologist",
    "entwickler",
    "entwicklerin",
    "ingenieur",
    "ingenieurin",
    "berater",
    "beraterin",
    "leiter",
    "leiterin",
    "grunder",
    "grunderin",
    "geschaftsfuhrer",
    "geschaftsfuhrerin",
    "desarrollador",
    "desarrolladora",
    "ingeniero",
    "ingeniera",
    "arquitecto",
    "arquitecta",
    "fundador",
    "fundadora",
    "developpeur",
    "developpeuse",
    "architecte",
    "fondateur",
    "fondatrice",
    "ontwikkelaar",
    "oprichter",
  ].map(fold),
);

// What may follow a company's name after a comma, folded without spaces: "Acme, Inc.", "Ejemplo, S.L.".
const LEGAL_FORM = /^(inc|ltd|llc|llp|plc|gmbh|ag|kg|se|sa|sl|sas|sarl|bv|nv|oy|ab|as|aps|corp|co|ptyltd|pteltd|kk)$/;

const SENTENCE = /[!?;:\n]/;

function isRole(text: string): boolean {
  const count = words(text).length;
  return count >= 1 && count <= 8 && !SENTENCE.test(text);
}

/**
 * A company's name: a few words, written as a name. A name starts with a capital, a digit or a
 * letter of a script without case; a lower-case start passes only for one word with a capital or a
 * digit inside ("eBay", "n8n"), so "Speaker at heart" names no company. A comma may only come
 * before a legal form.
 */
function asCompany(text: string): string | undefined {
  const name = text.trim().replace(/^@/, "");
  const comma = name.indexOf(",");
  if (comma >= 0 && !LEGAL_FORM.test(fold(name.slice(comma + 1)).replace(/ /g, ""))) return undefined;
  const count = words(name).length;
  if (count < 1 || count > 6 || SENTENCE.test(name)) return undefined;
  if (/^[\p{Lu}\p{Lt}\p{Lo}\p{N}]/u.test(name)) return name;
  return count === 1 && /^\p{Ll}+[\p{Lu}\p{N}]/u.test(name) ? name : undefined;
}

function split(tagline: string, at: number, length: number, form: string): TaglineReading | undefined {
  const role = tagline.slice(0, at).trim();
  const affiliation = asCompany(tagline.slice(at + length));
  return isRole(role) && affiliation ? { role, affiliation, form } : undefined;
}

/**
 * Reads a speaker's tagline when it says a role and an organisation in one of the usual forms:
 * "Staff Engineer at Acme", "SRE @ Grafana Labs", "Entwicklerin bei Beispiel AG", "Security
 * Researcher, Universidad Politécnica de Madrid". Only confident readings: one connector, a short
 * role, a company written as a name, and for a comma a role that names a job. "Company - Role" and
 * "Role | Company" are not read, because both orders are common.
 */
export function readTagline(tagline: string): TaglineReading | undefined {
  const text = tagline.trim();
  if (!text || text.length > 120) return undefined;
  const found: Array<{ index: number; length: number; form: string }> = [];
  for (const [pattern, form] of CONNECTORS)
    for (const match of text.matchAll(pattern)) found.push({ index: match.index, length: match[0].length, form });
  if (found.length > 1) return undefined;
  const [connector] = found;
  if (connector) return split(text, connector.index, connector.length, connector.form);
  const comma = text.indexOf(", ");
  if (comma < 0) return undefined;
  if (!words(text.slice(0, comma)).some((word) => ROLE_WORDS.has(word))) return undefined;
  return split(text, comma, 2, "Role, Company");
}
