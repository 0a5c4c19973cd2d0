// What an app that imports a recap through recap-kit/vite or recap-kit/webpack is checked for: no
// parser in its client JavaScript, a build that fails with the file and line of a broken recap, and
// what a route with recap-kit's components loads.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

/** Words only recap-kit's parsers hold: the validator's messages and the byline reader's. */
export const PARSER_WORDS = ["is not a language tag", "The event needs a name", "not a list of"];

/** The parser words a text holds. */
export const parserWordsIn = (text) => PARSER_WORDS.filter((word) => text.includes(word));

/**
 * The control of the search: the installed recap-kit's own modules that hold every parser word (its
 * parser). Without them, finding none of the words in an app would prove nothing.
 */
export function parserModules(work) {
  const dist = join(work, "node_modules/recap-kit/dist");
  const files = readdirSync(dist, { recursive: true })
    .map(String)
    .filter((file) => file.endsWith(".js"));
  const holding = new Set();
  for (const word of PARSER_WORDS) {
    const file = files.find((name) => readFileSync(join(dist, name), "utf8").includes(word));
    if (!file) return { ok: false, missing: word };
    holding.add(file);
  }
  return { ok: true, files: [...holding] };
}

/**
 * The real recap in Markdown with one mistake a writer makes (a format written as shown, "Keynote"),
 * the line it is on, and the words recap-kit check says about it.
 */
export function brokenRecap(markdown) {
  const text = markdown.replace(/^- Format: talk$/m, "- Format: Keynote");
  const line = text.slice(0, text.indexOf("- Format: Keynote")).split("\n").length;
  return { text, line, message: '"Keynote" is not a session format. Use one of: keynote, talk, panel, workshop, lightning, other.' };
}

/** What a build's output must say of a broken recap: the file, the line and path, and check's words. */
export function brokenRecapProblems(output, file, broken) {
  const problems = [];
  if (!output.includes(`${file} is not a valid recap document (1 problem):`))
    problems.push(`does not name ${file} as not a valid recap document`);
  if (!new RegExp(`- line ${broken.line}, sessions\\[\\d+\\]\\.format: `).test(output))
    problems.push(`does not say "- line ${broken.line}, sessions[…].format:"`);
  if (!output.includes(broken.message)) problems.push(`does not say ${broken.message}`);
  return problems;
}

/** Gzip level 9 of a script's body. */
export const gzipSize = (body) => gzipSync(body, { level: 9 }).length;

/** Scripts that hold recap-kit's code: its public class names are string literals in it (quoted any way a minifier quotes). */
export const holdsRecapKit = (body) => /["'`]rk-[A-Z]/.test(String(body));

/** The components whose root class a script names (rk-SessionCard …). */
export const componentsIn = (body) => [...new Set(String(body).match(/(?<=["'`])rk-[A-Z][A-Za-z]+(?=["'`])/g) ?? [])];
