import { ImportError } from "./errors.js";

/**
 * How much larger than its export a draft may be: {@link DRAFT_SIZE_FACTOR} times the export's
 * size, plus {@link DRAFT_SIZE_ALLOWANCE}, both as compact JSON. A real programme's draft is
 * smaller than its export, or about as large (a speaker of many sessions is copied into each, but
 * the export has descriptions and biographies the draft leaves out): four times is room to spare.
 * A programme that names the same long speakers or categories in session after session would
 * otherwise make a draft thousands of times its size, which takes minutes to write and cannot be
 * read. The allowance lets a small export have the fixed parts of its draft (the to-dos of each session).
 */
export const DRAFT_SIZE_FACTOR = 4;
/** See {@link DRAFT_SIZE_FACTOR}: 1 MB. */
export const DRAFT_SIZE_ALLOWANCE = 1_000_000;

/** "812 bytes", "24 kB", "15.7 MB". */
export function sizeInWords(size: number): string {
  if (size < 1000) return `${size} bytes`;
  if (size < 1_000_000) return `${Math.round(size / 1000)} kB`;
  return `${(size / 1_000_000).toFixed(1)} MB`;
}

function read(object: object, key: string | number): unknown {
  try {
    return (object as Record<string | number, unknown>)[key];
  } catch {
    return undefined;
  }
}

/**
 * The size of an export as compact JSON, counted until it reaches `enough`: the walk stops there,
 * so that its cost is bounded by what it has to show. Without recursion (an export nested ten
 * thousand levels deep is counted like any other), each object once (shared or cyclic ones, which
 * JSON cannot have, are counted once), and never throwing: a getter or Proxy that throws counts as nothing.
 */
export function exportSize(data: unknown, enough: number): number {
  let size = 0;
  const stack: unknown[] = [data];
  const seen = new Set<object>();
  while (stack.length && size < enough) {
    const value = stack.pop();
    if (typeof value === "string") size += value.length + 2;
    else if (typeof value === "number") size += Number.isFinite(value) ? String(value).length : 4;
    else if (typeof value === "boolean") size += value ? 4 : 5;
    else if (value === null) size += 4;
    else if (typeof value === "object" && !seen.has(value)) {
      seen.add(value);
      try {
        if (Array.isArray(value)) {
          // Brackets and commas first: a sparse list of four billion holes is too big at once, unwalked.
          size += 1 + Math.max(value.length, 1);
          for (let index = Math.min(value.length, enough) - 1; index >= 0; index--) stack.push(read(value, index));
        } else {
          const keys = Object.keys(value);
          size += 1 + Math.max(keys.length, 1);
          for (const key of keys) {
            size += key.length + 3;
            stack.push(read(value, key));
          }
        }
      } catch {
        // A Proxy whose traps throw: nothing more to count.
      }
    }
  }
  return size;
}

/**
 * Refuses a draft larger than its export allows ({@link DRAFT_SIZE_FACTOR}), before it is made:
 * `size` is the draft's size, `largest` its largest session (its path in the export and size).
 *
 * @throws {ImportError} saying how large the draft would be, how large it may be, and where the most of it comes from.
 */
export function checkDraftSize(data: unknown, size: number, largest: { path: string; size: number }): void {
  if (size <= DRAFT_SIZE_ALLOWANCE) return;
  const needed = Math.ceil((size - DRAFT_SIZE_ALLOWANCE) / DRAFT_SIZE_FACTOR);
  const measured = exportSize(data, needed);
  if (measured >= needed) return;
  const limit = DRAFT_SIZE_ALLOWANCE + DRAFT_SIZE_FACTOR * measured;
  throw new ImportError([
    {
      path: "",
      message: `would make a draft of ${sizeInWords(size)}, more than recap-kit makes from an export of ${sizeInWords(measured)}: at most ${DRAFT_SIZE_FACTOR} times its size plus 1 MB, ${sizeInWords(limit)}. The largest session, ${largest.path}, would be ${sizeInWords(largest.size)} of it: its speakers, categories or links are too many or too long for a programme. Check the export, or choose fewer sessions.`,
    },
  ]);
}
