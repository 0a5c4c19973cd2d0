import { ImportError } from "./errors.js";

/** True when the text ends inside a string or an unclosed object or list: cut off, not mistyped. */
function endsEarly(text: string): boolean {
  let depth = 0;
  let inString = false;
  for (let index = 0; index < text.length; index++) {
    const char = text[index];
    if (inString) {
      if (char === "\\") index++;
      else if (char === '"') inString = false;
    } else if (char === '"') inString = true;
    else if (char === "{" || char === "[") depth++;
    else if (char === "}" || char === "]") depth--;
  }
  return inString || depth > 0;
}

/**
 * Parses the text of an export as JSON. A byte-order mark is fine.
 *
 * @throws {ImportError} for an empty file, a file cut off before its end, or text that is not JSON.
 */
export function parseProgrammeText(text: string): unknown {
  const body = text.replace(/^\uFEFF/, "");
  if (!body.trim()) throw new ImportError([{ path: "", message: "is empty. Export the programme again." }], "This file has");
  try {
    return JSON.parse(body);
  } catch (error) {
    const message = endsEarly(body)
      ? "ends before the programme does: it was cut off, by an interrupted download perhaps. Export the programme again."
      : `is not valid JSON (${error instanceof Error ? error.message : String(error)}).`;
    throw new ImportError([{ path: "", message }], "This file has");
  }
}
