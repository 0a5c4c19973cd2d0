// Schemes are compared whole and case-insensitively; anything that is not one of these (a
// malformed scheme included) is refused.
const LINK_SCHEMES = /^(https?|mailto)$/i;
const IMAGE_SCHEMES = /^https?$/i;

// What the WHATWG URL parser ignores: leading and trailing C0 controls and spaces, and
// tabs and newlines anywhere. "java\tscript:" is "javascript:" to a browser.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
const EDGE_CONTROLS = /^[\u0000-\u0020]+|[\u0000-\u0020]+$/g;
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
const INNER_CONTROLS = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028\u2029\u2060\ufeff]/g;

// The scheme is what comes before the first ":", unless a "/", "?", "#" or "\" comes first:
// then the colon is in the path, query or fragment and the URL is relative.
const SCHEME = /^([^:/?#\\]*):/;

const NAMED_ENTITIES: Record<string, string> = { colon: ":", tab: "\t", newline: "\n", sol: "/", quest: "?", num: "#", amp: "&" };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);?/gi, (match, body: string) => {
    const lower = body.toLowerCase();
    if (lower[0] !== "#") return NAMED_ENTITIES[lower] ?? match;
    // Digits only, so never NaN; too big for a code point stays as written.
    const code = lower[1] === "x" ? Number.parseInt(lower.slice(2), 16) : Number(lower.slice(1));
    return code <= 0x10ffff ? String.fromCodePoint(code) : match;
  });
}

function decodePercent(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    // One stray "%" must not hide the escapes around it: decode the ASCII ones on their own.
    return text.replace(/%([0-7][0-9a-f])/gi, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
  }
}

/** The URL, trimmed, when every reading of it is relative or has one of the `allowed` schemes. */
function allow(url: unknown, allowed: RegExp): string | undefined {
  if (typeof url !== "string") return undefined;
  const trimmed = url.trim();
  // Every reading of the string must be safe: as written, with entities decoded (a CMS or a
  // later HTML parser may decode them) and with percent-escapes decoded.
  const entities = decodeEntities(trimmed);
  for (const variant of [trimmed, entities, decodePercent(trimmed), decodePercent(entities)]) {
    const scheme = SCHEME.exec(variant.replace(EDGE_CONTROLS, "").replace(INNER_CONTROLS, ""))?.[1];
    if (scheme !== undefined && !allowed.test(scheme)) return undefined;
  }
  return trimmed || undefined;
}

/**
 * The URL to use as a link target, or `undefined` when it must not become a link.
 * Only `http:`, `https:`, `mailto:` and relative URLs pass, whatever their case, spacing,
 * control characters, HTML entities or percent-escapes.
 */
export function safeHref(url: string | undefined | null): string | undefined {
  return allow(url, LINK_SCHEMES);
}

/** Like {@link safeHref} for images: `http:`, `https:` and relative URLs only. */
export function safeSrc(url: string | undefined | null): string | undefined {
  return allow(url, IMAGE_SCHEMES);
}

/** True for an absolute web URL, which gets `rel="noopener noreferrer"`. */
export function isExternal(href: string): boolean {
  // Read as a browser reads it: tabs and newlines dropped, "\" as "/", and "http:host" as a host.
  return /^(https?:|[/\\]{2})/i.test(href.replace(EDGE_CONTROLS, "").replace(/[\t\n\r]/g, ""));
}

/** Props for an `<a>` that points at `url`, or `undefined` when it must stay plain text. */
export function linkProps(url: string | undefined | null): { href: string; rel?: string } | undefined {
  const href = safeHref(url);
  if (href === undefined) return undefined;
  return isExternal(href) ? { href, rel: "noopener noreferrer" } : { href };
}
