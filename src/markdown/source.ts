import type { RecapMarkdownIssue } from "./errors.js";

/** The Markdown source split into its two languages, with line numbers kept as in the original. */
export interface RecapSource {
  /** The YAML between the `---` lines, and the line number of its first line. */
  frontMatter?: { yaml: string; firstLine: number };
  /** Everything else, with the front matter lines left blank so mdast reports the original line numbers. */
  body: string;
  issues: RecapMarkdownIssue[];
}

const FENCE = /^---[ \t]*$/;

/** Drops a byte-order mark and turns CRLF and CR line endings into LF, keeping the number of lines. */
export function normalizeText(text: string): string {
  return text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
}

export function splitFrontMatter(text: string): RecapSource {
  const lines = normalizeText(text).split("\n");
  if (!FENCE.test(lines[0] ?? "")) {
    return {
      body: lines.join("\n"),
      issues: [
        {
          path: "",
          line: 1,
          message:
            "A Markdown recap starts with front matter: a line of three dashes (---), the title and the event in YAML, and another line of three dashes.",
        },
      ],
    };
  }
  const close = lines.findIndex((line, index) => index > 0 && FENCE.test(line));
  if (close === -1) {
    return {
      body: "",
      issues: [
        { path: "", line: 1, message: "The front matter that starts here is never closed: end it with a line of three dashes (---)." },
      ],
    };
  }
  const blank = new Array<string>(close + 1).fill("");
  return {
    frontMatter: { yaml: lines.slice(1, close).join("\n"), firstLine: 2 },
    body: [...blank, ...lines.slice(close + 1)].join("\n"),
    issues: [],
  };
}
