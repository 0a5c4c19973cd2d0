import type { Format } from "./formats.js";
import { CliError, EXIT, shown } from "./messages.js";

/**
 * One option of a command: how it is typed, where its value goes in the command's arguments, and
 * how that value is read. A command lists its options (commands/*.ts); the usage line, the
 * parsing and the "unknown option" message all come from that list.
 */
export interface Option<K extends string = string, V = unknown> {
  /** The option as typed, and as the usage shows it: `--lang`, `-o`. */
  readonly flag: string;
  /** Other spellings of it: `--output` for `-o`. */
  readonly aliases?: readonly string[];
  /** Its name in the command's arguments. */
  readonly key: K;
  /** What follows it, as the usage shows it (`<tag>`, `json|markdown`); none for a switch. */
  readonly value?: string;
  /** Reads the value (a switch gets ""); a bad one is a `CliError` with exit 1, naming the option. */
  readonly parse: (value: string) => V;
  /** Its value when the option is not given; without one, `undefined`. */
  readonly default?: V;
  /** Said in the usage's general text rather than on each command's line (--max-input-size). */
  readonly general?: boolean;
}

// biome-ignore lint/suspicious/noExplicitAny: any option, whatever its value's type.
export type AnyOption = Option<string, any>;

/** The value an option gives a command: its default's type when it has one, or `undefined` when not given. */
type ValueOf<O> = O extends Option<string, infer V> ? (O extends { default: unknown } ? V : V | undefined) : never;

/** A command's arguments, typed from its options: `{ input, output, lang, fragment … }`. */
export type ArgsOf<O extends readonly AnyOption[]> = { readonly input: string } & {
  readonly [P in O[number] as P["key"]]: ValueOf<P>;
};

/** An option that takes a value. */
export function option<const S extends Option<string, unknown> & { value: string }>(spec: S): S {
  return spec;
}

/** An option without a value: `true` when given, `false` when not. */
export function flag<const K extends string>(flagName: string, key: K): Option<K, boolean> & { default: boolean } {
  return { flag: flagName, key, parse: () => true, default: false };
}

// ---------------------------------------------------------------------------------------------
// Values
// ---------------------------------------------------------------------------------------------

function usage(message: string): CliError {
  return new CliError(EXIT.usage, message);
}

function format(name: string): (value: string) => Format {
  return (value) => {
    if (value === "json" || value === "markdown") return value;
    if (value === "md") return "markdown";
    throw usage(`${name} takes json or markdown, not "${shown(value)}".`);
  };
}

function language(value: string): string {
  try {
    if (Intl.getCanonicalLocales(value).length === 1) return value;
  } catch {
    // Not a language tag: said below.
  }
  throw usage(`--lang takes a language tag such as en, de or pt-BR, not "${shown(value)}".`);
}

const UNITS: Record<string, number> = { "": 1, b: 1, kb: 1e3, k: 1e3, mb: 1e6, m: 1e6, gb: 1e9, g: 1e9 };

/** A size in bytes: 20000000, 20MB, 20M, 1.5GB. */
function size(value: string): number {
  const match = /^(\d+(?:\.\d+)?)\s*([a-z]*)$/i.exec(value.trim());
  const unit = match ? UNITS[(match[2] as string).toLowerCase()] : undefined;
  const bytes = match && unit !== undefined ? Math.floor(Number(match[1]) * unit) : Number.NaN;
  if (Number.isSafeInteger(bytes) && bytes > 0) return bytes;
  throw usage(`--max-input-size takes a size in bytes such as 20000000, 20MB or 1GB, not "${shown(value)}".`);
}

// ---------------------------------------------------------------------------------------------
// The options several commands share
// ---------------------------------------------------------------------------------------------

/** The most bytes of input read unless --max-input-size says otherwise: far more than any recap. */
export const DEFAULT_MAX_INPUT_SIZE = 10_000_000;

/** -o: where the result goes (standard output without it, or with -o -); `placeholder` is the usage's name for it. */
export function output(placeholder: string) {
  return option({ flag: "-o", aliases: ["--output"], key: "output", value: placeholder, parse: (value) => value });
}

/** --from for a recap: its form, when its name does not say (standard input). */
export const from = option({ flag: "--from", key: "from", value: "json|markdown", parse: format("--from") });

/** --to: the form to convert into, when the output's name does not say. */
export const to = option({ flag: "--to", key: "to", value: "json|markdown", parse: format("--to") });

/** --lang: the document's language when the document itself does not say. */
export const lang = option({ flag: "--lang", key: "lang", value: "<tag>", parse: language });

/** --force: an existing output file may be replaced (without it, the command refuses, exit 5). */
export const force = flag("--force", "force");

/** --heading-level: the level of the recap's title (1 to 6), the rest of its outline under it. */
export const headingLevel = option({
  flag: "--heading-level",
  key: "headingLevel",
  value: "<1-6>",
  parse: (value): 1 | 2 | 3 | 4 | 5 | 6 => {
    if (/^[1-6]$/.test(value)) return Number(value) as 1 | 2 | 3 | 4 | 5 | 6;
    throw usage(`--heading-level takes a heading level from 1 to 6 (the recap's title; 2 under a page's own h1), not "${shown(value)}".`);
  },
});

/** --strict: warnings and to-dos are problems (exit 4, nothing written). */
export const strict = flag("--strict", "strict");

/** --max-input-size: the most bytes read. */
export const maxInputSize = option({
  flag: "--max-input-size",
  key: "maxInputSize",
  value: "<bytes>",
  parse: size,
  default: DEFAULT_MAX_INPUT_SIZE,
  general: true,
});
