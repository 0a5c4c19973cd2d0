/**
 * Escapes for writing model strings as Markdown so that the reader gives back the same string.
 * The writer checks every section by reading it back, so these only need to get the ordinary
 * cases right; anything they miss falls back to an explicit YAML form.
 */

/** Plain text (titles, names, labels …): every backslash is doubled, and `special` characters escaped. */
export function escapePlain(text: string, special = ""): string {
  let out = "";
  for (const char of text) out += char === "\\" || special.includes(char) ? `\\${char}` : char;
  return out;
}

/** Escapes an `&` that stands between spaces, because that is how people are separated in a byline. */
export function escapeAmpersands(text: string): string {
  return text.replace(/&/g, (amp, offset: number) => {
    const around = `${text[offset - 1] ?? " "}${text[offset + 1] ?? " "}`;
    return /\s/.test(around) ? "\\&" : amp;
  });
}

/**
 * A paragraph or list item taken as inline markup: kept as written, except for the first
 * characters, which Markdown would otherwise read as a heading, quote, list, break or HTML.
 */
export function escapeBlockStart(text: string): string {
  if (/^[#>+=<~-]/.test(text)) return `\\${text}`;
  const numbered = /^(\d{1,9})\./.exec(text);
  if (numbered) return `${numbered[1]}\\${text.slice(numbered[1]?.length)}`;
  return text;
}

/** A heading's text: plain, with a trailing `#` run or `{…}` kept from being read as Markdown syntax. */
export function escapeHeadingText(text: string): string {
  let escaped = escapePlain(text);
  escaped = escaped.replace(/(^|\s)(#+)(\s*)$/, "$1\\$2$3");
  escaped = escaped.replace(/(^|\s)\{([#.][^{}]*\}\s*)$/, "$1\\{$2");
  return escaped;
}

/** A link destination: `<…>` when it has spaces, and escapes for what Markdown would decode. */
export function linkDestination(url: string): string {
  const escaped = url.replace(/\\(?=[!-/:-@[-`{-~])/g, "\\\\").replace(/&(?=#?[A-Za-z0-9]+;)/g, "\\&");
  if (/[\s<>]/.test(escaped) || !balancedParentheses(escaped)) return `<${escaped.replace(/[<>]/g, "\\$&")}>`;
  return escaped;
}

function balancedParentheses(text: string): boolean {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === "\\") i++;
    else if (text[i] === "(") depth++;
    else if (text[i] === ")" && --depth < 0) return false;
  }
  return depth === 0;
}

/** `[label](url)`. */
export function markdownLink(label: string, url: string): string {
  return `[${escapePlain(label, "[]")}](${linkDestination(url)})`;
}

/** A URL on its own: an autolink `<…>` when Markdown accepts one, otherwise a link with no text. */
export function bareLink(url: string): string {
  if (/^[A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>]*$/.test(url)) return `<${url}>`;
  return `[](${linkDestination(url)})`;
}
