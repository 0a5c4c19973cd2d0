/**
 * How a document marks what is left to write: a text that starts with exactly this. `recap-kit
 * check` lists every such text as a to-do, `render` counts them, and strict mode refuses them.
 */
export const TODO_PREFIX = "TODO:";

/** A text of a recap that is still to be written. */
export interface Todo {
  /** Its path in the recap: `sessions[2].summary[0]`. */
  path: string;
  text: string;
  /** 1-based line of a Markdown recap the text was written on. */
  line?: number | undefined;
}

/**
 * Every text of a recap (document or draft) that starts with {@link TODO_PREFIX}, in document
 * order. Iterative and cycle-safe, so that no value is too deep or too tangled for it.
 */
export function findTodos(recap: unknown): Todo[] {
  const found: Todo[] = [];
  const stack: Array<[value: unknown, path: string]> = [[recap, ""]];
  const seen = new WeakSet<object>();
  for (let next = stack.pop(); next; next = stack.pop()) {
    const [value, path] = next;
    if (typeof value === "string") {
      if (value.trimStart().startsWith(TODO_PREFIX)) found.push({ path, text: value.trim() });
    } else if (value !== null && typeof value === "object" && !seen.has(value)) {
      seen.add(value);
      const entries: Array<[string | number, unknown]> = Array.isArray(value)
        ? value.map((item, index) => [index, item])
        : Object.entries(value);
      for (let index = entries.length - 1; index >= 0; index--) {
        const [key, item] = entries[index] as [string | number, unknown];
        stack.push([item, typeof key === "number" ? `${path}[${key}]` : path ? `${path}.${key}` : key]);
      }
    }
  }
  return found;
}
