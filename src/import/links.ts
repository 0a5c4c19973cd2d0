import type { ResourceKind } from "../model/types.js";
import { safeHref, safeSrc } from "../model/url.js";
import { fold } from "./fold.js";
import { needsEscaping } from "./text.js";

const LINK_PROTOCOLS = new Set(["http:", "https:", "mailto:"]);
const IMAGE_PROTOCOLS = new Set(["http:", "https:"]);

function parse(text: string, base: string | undefined): { url: URL; absolute: boolean } | undefined {
  try {
    return { url: new URL(text), absolute: true };
  } catch {
    if (base === undefined) return undefined;
    try {
      return { url: new URL(text, base), absolute: false };
    } catch {
      return undefined;
    }
  }
}

function address(raw: string, base: string | undefined, protocols: ReadonlySet<string>, safe: (url: string) => string | undefined) {
  const text = raw.trim();
  const parsed = parse(text, base);
  if (!parsed || !protocols.has(parsed.url.protocol)) return undefined;
  // An absolute address stays as written, so the writer recognises it; a relative one is made whole
  // with the export's base, because in the recap it would point into the writer's own site. One
  // with control or bidi characters is written as the parser reads it, with them %-escaped.
  return safe(parsed.absolute && !needsEscaping(text) ? text : parsed.url.href);
}

/**
 * An address from the export that can be a link in the recap: absolute `http:`, `https:` or
 * `mailto:`, and passing the model's URL rule. A relative one is resolved against `base` (the
 * export's own address); without a base it is refused, like anything else.
 */
export function linkAddress(raw: string, base?: string): string | undefined {
  return address(raw, base, LINK_PROTOCOLS, safeHref);
}

/** Like {@link linkAddress} for a picture: `http:` and `https:` only. */
export function imageAddress(raw: string, base?: string): string | undefined {
  return address(raw, base, IMAGE_PROTOCOLS, safeSrc);
}

/** A web address as it would be used as the export's base, or `undefined`. */
export function baseAddress(raw: string | undefined): string | undefined {
  if (raw === undefined) return undefined;
  const parsed = parse(raw.trim(), undefined);
  return parsed && IMAGE_PROTOCOLS.has(parsed.url.protocol) ? parsed.url.href : undefined;
}

const RECORDING_HOSTS = ["youtube.com", "youtu.be", "youtube-nocookie.com", "vimeo.com", "media.ccc.de", "twitch.tv"];
const SLIDES_HOSTS = ["speakerdeck.com", "slideshare.net", "slides.com"];
const REPO_HOSTS = ["github.com", "gitlab.com", "codeberg.org", "bitbucket.org", "sr.ht"];
const DOCS_HOSTS = ["readthedocs.io", "readthedocs.org"];
const SLIDES_FILES = /\.(pdf|pptx?|key|odp)$/i;

// Words a link's title uses for what it leads to. A title that is only one of them is dropped as a
// label, so that the recap's own label ("Slides", "Folien" …) in the recap's language shows instead.
const TITLE_WORDS: Record<Exclude<ResourceKind, "other">, readonly string[]> = {
  slides: ["slides", "slide deck", "deck", "folien", "diapositivas", "diapos", "transparents", "presentation", "スライド"],
  recording: ["recording", "video", "videos", "aufzeichnung", "grabacion", "enregistrement", "opname", "録画", "動画"],
  repo: ["repo", "repository", "code", "source code", "source", "quellcode", "codigo", "github", "gitlab"],
  docs: ["docs", "documentation", "dokumentation", "documentacion"],
  article: ["article", "blog", "blog post", "blogpost", "artikel", "articulo", "paper"],
};
const GENERIC_TITLES = new Set([...Object.values(TITLE_WORDS).flat(), "link", "links", "website", "web", "url"].map(fold));

// pretalx and frab say what a link is (c3voc schedule schema: slides, paper, web, blog, article, media, related).
// A Map: the type is the export's, and a plain object would answer "constructor" from its prototype.
const REFERENCE_TYPES = new Map<string, ResourceKind>([
  ["slides", "slides"],
  ["media", "recording"],
  ["article", "article"],
  ["blog", "article"],
  ["paper", "article"],
]);

function onHost(host: string, hosts: readonly string[]): boolean {
  return hosts.some((name) => host === name || host.endsWith(`.${name}`));
}

/**
 * What a link leads to: the export's own word for it first (`type`), then the address (a YouTube
 * video is a recording, a GitHub page a repository, a PDF slides), then the words of its title;
 * "other" when none says.
 */
export function resourceKind(url: string, title?: string, type?: string): ResourceKind {
  const declared = type === undefined ? undefined : REFERENCE_TYPES.get(fold(type));
  if (declared) return declared;
  let host = "";
  let path = "";
  try {
    const parsed = new URL(url);
    host = parsed.hostname.toLowerCase();
    path = parsed.pathname;
  } catch {
    // mailto: or not a URL at all: only the title can tell.
  }
  if (onHost(host, RECORDING_HOSTS)) return "recording";
  if (onHost(host, SLIDES_HOSTS) || (host === "docs.google.com" && path.startsWith("/presentation")) || SLIDES_FILES.test(path))
    return "slides";
  if (onHost(host, REPO_HOSTS)) return "repo";
  if (onHost(host, DOCS_HOSTS)) return "docs";
  const folded = title === undefined ? "" : ` ${fold(title)} `;
  for (const [kind, titleWords] of Object.entries(TITLE_WORDS))
    if (titleWords.some((word) => folded.includes(` ${fold(word)} `))) return kind as ResourceKind;
  return "other";
}

/** A link's title as its label, unless it only repeats the address or says what the kind's own label says. */
export function resourceLabel(title: string | undefined, url: string): string | undefined {
  if (title === undefined || title === url || GENERIC_TITLES.has(fold(title))) return undefined;
  return title;
}
