import { at } from "../model/path.js";

export { at };

/** The path one step up: `a.b[2].c` → `a.b[2]` → `a.b` → `a` → `""`. */
function parentOf(path: string): string | undefined {
  if (path === "") return undefined;
  const cut = Math.max(path.lastIndexOf("."), path.lastIndexOf("["));
  return cut <= 0 ? "" : path.slice(0, cut);
}

/**
 * Where each value of the document was written, by JSON path, so that a validation problem
 * found on the plain object can point back into the Markdown source.
 */
export class PathLines {
  private readonly lines = new Map<string, number>();
  /** List items the reader left out shift the items after them: the path each kept item was written at. */
  private readonly renumbered = new Map<string, string>();

  /** Remembers the first line given for a path: a value's own line beats the lines of what it holds. */
  set(path: string, line: number | undefined): void {
    if (line !== undefined && !this.lines.has(path)) this.lines.set(path, line);
  }

  /** The line of the path, or of its nearest ancestor that has one (a missing field points at its parent). */
  lineOf(path: string): number | undefined {
    for (let p: string | undefined = path; p !== undefined; p = parentOf(p)) {
      const line = this.lines.get(p);
      if (line !== undefined) return line;
    }
    return undefined;
  }

  addAll(other: PathLines): void {
    for (const [path, line] of other.lines) this.set(path, line);
    for (const [kept, written] of other.renumbered) this.renumbered.set(kept, written);
  }

  /**
   * Says that the list item at `kept` (its place in the document given to `parseRecap`) was
   * written as `written` (its place in the Markdown list), because items before it were left out.
   */
  renumber(kept: string, written: string): void {
    if (kept !== written) this.renumbered.set(kept, written);
  }

  /** A path of the document given to `parseRecap`, with every list index as the writer counts it. */
  written(path: string): string {
    if (this.renumbered.size === 0) return path;
    let result = path;
    for (let close = result.indexOf("]"); close !== -1; close = result.indexOf("]", close + 1)) {
      const prefix = result.slice(0, close + 1);
      const written = this.renumbered.get(prefix);
      if (written === undefined) continue;
      result = written + result.slice(close + 1);
      close = written.length - 1;
    }
    return result;
  }
}
