import { PathLines } from "../markdown/pathLines.js";
import { at } from "../model/path.js";

type Container = { path: string; index: number; key: string | undefined; isArray: boolean };

/**
 * Where each value of a JSON text was written, by JSON path (`sessions[2].speakers[0].name`), so
 * that a problem `parseRecap` finds in a `.recap.json` file can name its line, as it does for
 * Markdown. A member's line is its key's. One pass, without recursion: a document nested ten
 * thousand levels deep cannot overflow the stack. Meant for text `JSON.parse` has accepted.
 */
export function jsonLines(text: string): PathLines {
  const lines = new PathLines();
  const stack: Container[] = [];
  let line = 1;
  let expectKey = false;
  const valuePath = (): string => {
    const top = stack[stack.length - 1];
    if (!top) return "";
    return top.isArray ? at(top.path, top.index) : at(top.path, top.key ?? "");
  };
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === "\n" || (char === "\r" && text[i + 1] !== "\n")) line++;
    else if (char === "{" || char === "[") {
      const path = valuePath();
      lines.set(path, line);
      stack.push({ path, index: 0, key: undefined, isArray: char === "[" });
      expectKey = char === "{";
    } else if (char === "}" || char === "]") {
      stack.pop();
      expectKey = false;
    } else if (char === ",") {
      const top = stack[stack.length - 1];
      if (top?.isArray) top.index++;
      else expectKey = true;
    } else if (char === '"') {
      const start = i;
      for (i++; i < text.length && text[i] !== '"'; i++) if (text[i] === "\\") i++;
      if (expectKey) {
        const top = stack[stack.length - 1];
        if (top) top.key = JSON.parse(text.slice(start, i + 1)) as string;
        expectKey = false;
      }
      lines.set(valuePath(), line);
    } else if (char !== ":" && char !== " " && char !== "\t" && char !== "\r") {
      // A number, true, false or null: its first character is where it was written.
      lines.set(valuePath(), line);
      while (i + 1 < text.length && /[^\s,\]}]/.test(text[i + 1] as string)) i++;
    }
  }
  return lines;
}
