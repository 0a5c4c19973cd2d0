// The ```ts and ```tsx code blocks of the documentation, to be compiled as a reader would paste
// them. A block that is deliberately partial opts out with a marker on the line before its fence:
//   Markdown: <!-- consumer-types: skip -->      MDX: {/* consumer-types: skip */}
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

const FENCE = /^(\s*)(`{3,}|~{3,})\s*([\w-]*)/;
const SKIP = /consumer-types:\s*skip/;

/**
 * @param {string} repo
 * @returns {{ source: string, line: number, lang: "ts" | "tsx", code: string, skipped: boolean }[]}
 */
export function extractSnippets(repo) {
  const files = [
    "README.md",
    ...readdirSync(join(repo, "stories"), { recursive: true })
      .map(String)
      .filter((file) => file.endsWith(".mdx"))
      .sort()
      .map((file) => join("stories", file)),
  ];
  const snippets = [];
  for (const source of files) {
    const lines = readFileSync(join(repo, source), "utf8").split("\n");
    for (let i = 0; i < lines.length; i++) {
      const open = FENCE.exec(lines[i] ?? "");
      if (!open) continue;
      const [, , fence = "```", lang] = open;
      let end = i + 1;
      while (end < lines.length && !(lines[end] ?? "").trimStart().startsWith(fence)) end++;
      if (lang === "ts" || lang === "tsx") {
        let before = i - 1;
        while (before >= 0 && !(lines[before] ?? "").trim()) before--;
        snippets.push({
          source,
          line: i + 1,
          lang,
          code: lines.slice(i + 1, end).join("\n"),
          skipped: before >= 0 && SKIP.test(lines[before] ?? ""),
        });
      }
      i = end;
    }
  }
  return snippets;
}

/**
 * A block with no import of its own is a fragment of a file (`<RecapArticle … />`): it gets the
 * import of the recap-kit exports it names, as the file it belongs in would have.
 * @param {string} code @param {string[]} exportNames
 */
export function asModule(code, exportNames) {
  if (/^\s*import\s/m.test(code)) return code;
  const used = exportNames.filter((name) => new RegExp(`(?<![\\w.$])${name}(?![\\w$])`).test(code));
  return used.length ? `import { ${used.join(", ")} } from "recap-kit";\n${code}` : code;
}
