// The one URL rule of recap-kit, for links and images, read as an allowlist: a URL passes when it
// starts with an allowed scheme, or when nothing that could make a scheme comes before its first
// "/", "?" or "#" — no ":" (the scheme's end), and no "&" or "%", whose entities and escapes
// ("&colon;", "%3A") a later HTML or URL decoder could turn into one, no whitespace or control
// character, which browsers drop ("java\tscript:" is "javascript:" to them). So every reading of a
// URL that passes is safe, without decoding it; the few odd but harmless relative URLs it refuses
// ("a&b.html") are shown as text. A web address must name its host ("https://"): a browser reads
// "https:evil.example" as a host on one site and as a path on another.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
const LINK = /^(?:https?:\/\/|mailto:|[/?#.]|[^:&%\s\u0000-\u001f\u007f-\u009f]*(?:[/?#]|$))/i;

// What the WHATWG URL parser ignores at either end: C0 controls and spaces.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
const EDGES = /^[\u0000-\u0020]+|[\u0000-\u0020]+$/g;

/** The URL, trimmed, when it passes; images may not be `mailto:`. */
function allow(url: unknown, image?: boolean): string | undefined {
  if (typeof url !== "string") return undefined;
  const trimmed = url.replace(EDGES, "");
  return trimmed && LINK.test(trimmed) && !(image && /^mailto:/i.test(trimmed)) ? trimmed : undefined;
}

/**
 * The URL to use as a link target, or `undefined` when it must not become a link. Only `http:`,
 * `https:`, `mailto:` and relative URLs pass, whatever their case, spacing, control characters,
 * HTML entities or percent-escapes.
 */
export function safeHref(url: string | undefined | null): string | undefined {
  return allow(url);
}

/** Like {@link safeHref} for images: `http:`, `https:` and relative URLs only. */
export function safeSrc(url: string | undefined | null): string | undefined {
  return allow(url, true);
}

/** True for an absolute web URL, which gets `rel="noopener noreferrer"`. */
export function isExternal(href: string): boolean {
  // Read as a browser reads it: tabs and newlines dropped, "\" as "/", and "http:host" as a host.
  return /^(https?:|[/\\]{2})/i.test(href.replace(/[\t\n\r]/g, ""));
}

/** Props for an `<a>` that points at `url`, or `undefined` when it must stay plain text. */
export function linkProps(url: string | undefined | null): { href: string; rel?: string } | undefined {
  const href = safeHref(url);
  if (href === undefined) return undefined;
  return isExternal(href) ? { href, rel: "noopener noreferrer" } : { href };
}
