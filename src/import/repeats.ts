import type { KeyedWarning } from "./errors.js";
import { quote } from "./read.js";

function times(count: number): string {
  return count === 2 ? "twice" : `${count.toLocaleString("en")} times`;
}

/**
 * What one list of a session names more than once (a speaker, a category, a link): the draft has
 * each once, and one warning for the list says what was repeated and where the first repeat is.
 * A programme that names one speaker thousands of times in one session gets one line, not
 * thousands, and a draft that names them once.
 */
export class Repeats {
  private readonly counts = new Map<string, { label: string; count: number }>();
  private firstRepeat: string | undefined;

  /** True the first time `key` is named; a later time is counted, and the first of them (at `path`) kept for the warning. */
  first(key: string, label: string, path: string): boolean {
    const entry = this.counts.get(key);
    if (!entry) {
      this.counts.set(key, { label, count: 1 });
      return true;
    }
    entry.count++;
    this.firstRepeat ??= path;
    return false;
  }

  /**
   * The warning about the list at `listPath`, when it repeated anything: `one` and `many` name
   * what it lists ("speaker", "speakers").
   */
  warning(listPath: string, one: string, many: string): KeyedWarning | undefined {
    if (this.firstRepeat === undefined) return undefined;
    const repeated = [...this.counts.values()].filter((entry) => entry.count > 1);
    const [only] = repeated;
    const message =
      repeated.length === 1 && only
        ? `The session names the ${one} ${quote(only.label)} ${times(only.count)}; the draft has it once.`
        : `The session names ${repeated.length.toLocaleString("en")} ${many} more than once (${repeated
            .slice(0, 3)
            .map((entry) => `${quote(entry.label)} ${times(entry.count)}`)
            .join(
              ", ",
            )}${repeated.length > 3 ? `, and ${(repeated.length - 3).toLocaleString("en")} more` : ""}); the draft has each once.`;
    return { key: `repeats ${listPath}`, path: this.firstRepeat, message };
  }
}
