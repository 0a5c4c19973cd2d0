const ALLOWED_SCHEMES = new Set(["http", "https", "mailto"]);
const IMAGE_SCHEMES = new Set(["http", "https"]);

// What the WHATWG URL parser ignores: leading and trailing C0 controls and spaces, and
// tabs and newlines anywhere. "java\tscript:" is "javascript:" to a browser.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
const EDGE_CONTROLS = /^[\u0000-\u0020]+|[\u0000-\u0020]+$/g;
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
const INNER_CONTROLS = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028\u2029\u2060\ufeff]/g;

const NAMED_ENTITIES: Record<string, string> = { colon: ":", tab: "\t", newline: "\n", sol: "/", quest: "?", num: "#", amp: "&" };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);?/gi, (match, body: string) => {
    const lower = body.toLowerCase();
    if (lower.startsWith("#x")) return safeCodePoint(Number.parseInt(lower.slice(2), 16)) ?? match;
    if (lower.startsWith("#")) return safeCodePoint(Number.parseInt(lower.slice(1), 10)) ?? match;
    return NAMED_ENTITIES[lower] ?? match;
  });
}

function safeCodePoint(code: number): string | undefined {
  return Number.isInteger(code) && code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : undefined;
}

function decodePercent(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    // One stray "%" must not hide the escapes around it: decode the ASCII ones on their own.
    return text.replace(/%([0-7][0-9a-f])/gi, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
  }
}

/** The scheme a browser would see, or `""` for a relative URL. */
function schemeOf(url: string): string | undefined {
  const cleaned = url.replace(EDGE_CONTROLS, "").replace(INNER_CONTROLS, "");
  const colon = cleaned.indexOf(":");
  if (colon === -1) return "";
  const boundary = cleaned.search(/[/?#\\]/);
  if (boundary !== -1 && boundary < colon) return ""; // the colon is in the path, query or fragment
  const scheme = cleaned.slice(0, colon).toLowerCase();
  return /^[a-z][a-z0-9+.-]*$/.test(scheme) ? scheme : undefined;
}

function passes(url: string, allowed: ReadonlySet<string>): boolean {
  // Every reading of the string must be safe: as written, with entities decoded (a CMS or a
  // later HTML parser may decode them) and with percent-escapes decoded.
  for (const variant of [url, decodeEntities(url), decodePercent(url), decodePercent(decodeEntities(url))]) {
    const scheme = schemeOf(variant);
    if (scheme === undefined || (scheme !== "" && !allowed.has(scheme))) return false;
  }
  return true;
}

/**
 * The URL to use as a link target, or `undefined` when it must not become a link.
 * Only `http:`, `https:`, `mailto:` and relative URLs pass, whatever their case, spacing,
 * control characters, HTML entities or percent-escapes.
 */
export function safeHref(url: string | undefined | null): string | undefined {
  if (typeof url !== "string") return undefined;
  const trimmed = url.trim();
  if (!trimmed || !passes(trimmed, ALLOWED_SCHEMES)) return undefined;
  return trimmed;
}

/** Like {@link safeHref} for images: `http:`, `https:` and relative URLs only. */
export function safeSrc(url: string | undefined | null): string | undefined {
  if (typeof url !== "string") return undefined;
  const trimmed = url.trim();
  if (!trimmed || !passes(trimmed, IMAGE_SCHEMES)) return undefined;
  return trimmed;
}

/** True for an absolute web URL, which gets `rel="noopener noreferrer"`. */
export function isExternal(href: string): boolean {
  // Read as a browser reads it: tabs and newlines dropped, "\" as "/", and "http:host" as a host.
  const url = href
    .replace(EDGE_CONTROLS, "")
    .replace(/[\t\n\r]/g, "")
    .replace(/\\/g, "/");
  return /^https?:/i.test(url) || url.startsWith("//");
}

/** Props for an `<a>` that points at `url`, or `undefined` when it must stay plain text. */
export function linkProps(url: string | undefined | null): { href: string; rel?: string } | undefined {
  const href = safeHref(url);
  if (href === undefined) return undefined;
  return isExternal(href) ? { href, rel: "noopener noreferrer" } : { href };
}
