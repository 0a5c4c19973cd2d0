/** Where a JSON text first goes wrong, in the terms of someone who edits it by hand. */
export interface JsonProblem {
  line: number;
  column: number;
  message: string;
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

function describeChar(char: string | undefined): string {
  if (char === undefined) return "the end of the file";
  if (char === "\n" || char === "\r") return "a line break";
  return `"${char}"`;
}

function position(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split(/\r\n|\r|\n/).length;
  const lastBreak = Math.max(before.lastIndexOf("\n"), before.lastIndexOf("\r"));
  return { line, column: Array.from(before.slice(lastBreak + 1)).length + 1 };
}

/**
 * Finds the first syntax error in a JSON text, with its line and column. Iterative, so that a
 * document nested ten thousand levels deep cannot overflow the stack. `undefined` for valid JSON.
 */
export function findJsonProblem(text: string): JsonProblem | undefined {
  const n = text.length;
  const stack: string[] = [];
  let i = 0;
  let state: "value" | "key" | "colon" | "after" = "value";
  const fail = (message: string, at = i): JsonProblem => ({ ...position(text, at), message });
  const skipSpace = () => {
    while (i < n && " \t\n\r".includes(text[i] as string)) i++;
  };
  const string = (): JsonProblem | undefined => {
    const start = i;
    i++;
    while (i < n) {
      const char = text[i] as string;
      if (char === '"') {
        i++;
        return undefined;
      }
      if (char === "\\") {
        const next = text[i + 1];
        if (next === "u" && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) i += 6;
        else if (next !== undefined && '"\\/bfnrt'.includes(next)) i += 2;
        else return fail(`${describeChar(next)} cannot follow a backslash in a string.`, i);
        continue;
      }
      if (char < " ") return fail("a string must end on the line it starts: a closing quote is missing.", i);
      i++;
    }
    return fail("a string is never closed: a closing quote is missing.", start);
  };

  while (true) {
    skipSpace();
    const char = text[i];
    if (state === "value") {
      if (char === "{" || char === "[") {
        stack.push(char);
        i++;
        skipSpace();
        if (text[i] === (char === "{" ? "}" : "]")) {
          stack.pop();
          i++;
          state = "after";
        } else state = char === "{" ? "key" : "value";
        continue;
      }
      if (char === '"') {
        const problem = string();
        if (problem) return problem;
        state = "after";
        continue;
      }
      NUMBER.lastIndex = i;
      if (char !== undefined && NUMBER.test(text)) {
        i = NUMBER.lastIndex;
        state = "after";
        continue;
      }
      const literal = ["true", "false", "null"].find((word) => text.startsWith(word, i));
      if (literal) {
        i += literal.length;
        state = "after";
        continue;
      }
      if (char === "'") return fail('strings need double quotes ("), not single quotes.');
      return fail(char === undefined ? "the file ends where a value was expected." : `expected a value, but found ${describeChar(char)}.`);
    }
    if (state === "key") {
      if (char !== '"') {
        return fail(
          char === "}"
            ? "a comma before } is not allowed in JSON."
            : `expected a property name in double quotes, but found ${describeChar(char)}.`,
        );
      }
      const problem = string();
      if (problem) return problem;
      state = "colon";
      continue;
    }
    if (state === "colon") {
      if (char !== ":") return fail(`expected ":" after the property name, but found ${describeChar(char)}.`);
      i++;
      state = "value";
      continue;
    }
    // After a value: the end, or a comma or closing bracket of the enclosing object or list.
    const top = stack[stack.length - 1];
    if (top === undefined) return char === undefined ? undefined : fail(`the document should end here, but ${describeChar(char)} follows.`);
    const closer = top === "{" ? "}" : "]";
    if (char === ",") {
      i++;
      skipSpace();
      if (top === "[" && text[i] === "]") return fail("a comma before ] is not allowed in JSON.", i);
      state = top === "{" ? "key" : "value";
      continue;
    }
    if (char === closer) {
      stack.pop();
      i++;
      continue;
    }
    return fail(`expected "," or "${closer}", but found ${describeChar(char)}.`);
  }
}
