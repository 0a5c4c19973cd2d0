import type { SessionFormat } from "../model/types.js";
import { words } from "./fold.js";
import { quote } from "./read.js";

/**
 * The names programmes give their session formats, folded (see `fold`), in the languages recap-kit
 * has labels for. A name found here is mapped without a warning.
 */
const KNOWN: Record<SessionFormat, readonly string[]> = {
  keynote: [
    "keynote",
    "keynotes",
    "keynote talk",
    "keynote speech",
    "keynote session",
    "opening keynote",
    "closing keynote",
    "hauptvortrag",
    "conferencia magistral",
    "conferencia inaugural",
    "conference pleniere",
    "基調講演",
    "キーノート",
  ],
  talk: [
    "talk",
    "talks",
    "session",
    "conference session",
    "regular session",
    "breakout session",
    "conference talk",
    "regular talk",
    "long talk",
    "short talk",
    "full talk",
    "standard talk",
    "presentation",
    "lecture",
    "vortrag",
    "kurzvortrag",
    "langer vortrag",
    "charla",
    "ponencia",
    "conference",
    "expose",
    "lezing",
    "presentatie",
    "voordracht",
    "講演",
    "一般講演",
    "発表",
    "トーク",
    "セッション",
    "محاضرة",
  ],
  lightning: [
    "lightning",
    "lightning talk",
    "lightning talks",
    "lightning session",
    "lt",
    "ignite",
    "ignite talk",
    "blitzvortrag",
    "blitzlicht",
    "charla relampago",
    "presentation eclair",
    "flitslezing",
    "ライトニングトーク",
  ],
  panel: [
    "panel",
    "panels",
    "panel discussion",
    "panel session",
    "podiumsdiskussion",
    "podiumsgesprach",
    "mesa redonda",
    "panel de discusion",
    "table ronde",
    "panelgesprek",
    "paneldiscussie",
    "パネル",
    "パネルディスカッション",
  ],
  workshop: [
    "workshop",
    "workshops",
    "tutorial",
    "tutorials",
    "hands on",
    "hands on lab",
    "hands on workshop",
    "lab",
    "training",
    "masterclass",
    "taller",
    "atelier",
    "ワークショップ",
    "ハンズオン",
    "チュートリアル",
    "ورشة عمل",
  ],
  other: ["other", "misc", "miscellaneous", "sonstiges", "otro", "otros", "autre", "autres", "overig", "その他"],
};

// Words that only say how long a session is: "Talk (30 min)", "Workshop - 2 hours".
const DURATION_WORDS = new Set([
  "min",
  "mins",
  "minute",
  "minutes",
  "minuten",
  "minutos",
  "h",
  "hr",
  "hrs",
  "hour",
  "hours",
  "stunde",
  "stunden",
  "horas",
]);

/**
 * A format name without what only says how long it is or what it includes: "Conference Session
 * (45 min. incl. Q&A)" is "conference session", "Talk – 30 minutes" is "talk".
 */
export function formatKey(name: string): string {
  const withoutAsides = name.replace(/\([^()]*\)|\[[^[\]]*\]/g, " ");
  return words(withoutAsides)
    .filter((word) => !/^\d+$/.test(word) && !DURATION_WORDS.has(word))
    .join(" ");
}

const BY_NAME = new Map<string, SessionFormat>(
  Object.entries(KNOWN).flatMap(([format, names]) => names.map((name) => [formatKey(name), format as SessionFormat] as const)),
);

// When the whole name is not known, one of these words in it still says the format; earlier rows win,
// so "Lightning talk + Q&A" is a lightning talk and "Keynote panel" a keynote.
const TELLING_WORDS: ReadonlyArray<readonly [string, SessionFormat]> = [
  ["lightning", "lightning"],
  ["keynote", "keynote"],
  ["workshop", "workshop"],
  ["tutorial", "workshop"],
  ["hands", "workshop"],
  ["panel", "panel"],
  ["podiumsdiskussion", "panel"],
  ["talk", "talk"],
  ["vortrag", "talk"],
  ["session", "talk"],
  ["presentation", "talk"],
  ["charla", "talk"],
];

/** How a format name was read. */
export type FormatReading =
  | { format: SessionFormat; how: "known" | "option" }
  | { format: SessionFormat; how: "word"; word: string }
  | { format: "other"; how: "unknown" };

/**
 * Maps a programme's format name ("Session (40 min)", "Vortrag", "Sprechstunde") to one of the
 * model's formats: the caller's own `custom` names first, then the names programmes commonly use,
 * then a telling word in the name; anything else is "other".
 */
export function readFormat(name: string, custom: ReadonlyMap<string, SessionFormat>): FormatReading {
  const key = formatKey(name);
  const own = custom.get(name.trim()) ?? custom.get(key);
  if (own) return { format: own, how: "option" };
  const known = BY_NAME.get(key);
  if (known) return { format: known, how: "known" };
  const nameWords = new Set(key.split(" "));
  for (const [word, format] of TELLING_WORDS) if (nameWords.has(word)) return { format, how: "word", word };
  return { format: "other", how: "unknown" };
}

/** The format of a session whose programme calls it `name` (at `path`), and a warning when that was a guess. */
export function sessionFormat(
  name: string,
  path: string,
  custom: ReadonlyMap<string, SessionFormat>,
): { format: SessionFormat; warning?: { key: string; path: string; message: string } } {
  const reading = readFormat(name, custom);
  const key = `format ${formatKey(name) || name}`;
  const shown = quote(name.trim());
  if (reading.how === "word")
    return {
      format: reading.format,
      warning: {
        key,
        path,
        message: `The format ${shown} was read as "${reading.format}" because of the word "${reading.word}". If it is another format, say which: formats: { ${shown}: "talk" }.`,
      },
    };
  if (reading.how === "unknown")
    return {
      format: "other",
      warning: {
        key,
        path,
        message: `The format ${shown} is not one recap-kit knows, so its sessions are "other". To map it to keynote, talk, panel, workshop or lightning: formats: { ${shown}: "panel" }.`,
      },
    };
  return { format: reading.format };
}
