import type {
  BlogPosting,
  CreativeWork,
  ImageObject,
  Organization,
  Place,
  QuantitativeValue,
  Event as SchemaEvent,
  Person as SchemaPerson,
  VideoObject,
  VirtualLocation,
  WithContext,
} from "schema-dts";
import { inlineToText } from "../model/inline.js";
import { assignIds } from "../model/slug.js";
import type { Image, Person, Recap, Resource, Session } from "../model/types.js";
import { toParagraphs } from "../model/types.js";

/**
 * A JSON-LD document: schema.org structured data as plain JSON. (Typed against `schema-dts`
 * inside recap-kit; published as plain JSON so that users need no extra types.)
 */
export type JsonLd = { "@context": "https://schema.org"; "@type": string } & { [key: string]: unknown };

/** Leaves out what the document does not say, so the JSON holds no `undefined` and no `[]`. */
function compact<T>(value: T): T {
  const fields = value as Record<string, unknown>;
  for (const key of Object.keys(fields)) {
    const item = fields[key];
    if (item === undefined || (Array.isArray(item) && item.length === 0)) delete fields[key];
  }
  return value;
}

function organization(name: string, url?: string): Organization {
  return compact<Organization>({ "@type": "Organization", name, url });
}

function person(p: Person): SchemaPerson {
  return compact<SchemaPerson>({
    "@type": "Person",
    name: p.name,
    url: p.url,
    image: p.avatar,
    jobTitle: p.role,
    affiliation: p.affiliation ? organization(p.affiliation) : undefined,
  });
}

function image(img: Image | undefined) {
  if (!img) return undefined;
  const pixels = (value: number | undefined): QuantitativeValue | undefined =>
    value === undefined ? undefined : { "@type": "QuantitativeValue", value, unitCode: "E37" };
  return compact<ImageObject>({
    "@type": "ImageObject",
    url: img.src,
    width: pixels(img.width),
    height: pixels(img.height),
    caption: img.alt || undefined,
  });
}

function resourceUrl(base: string | undefined, url: string): string {
  if (!base) return url;
  try {
    return new URL(url, base).href;
  } catch {
    return url;
  }
}

function video(resource: Resource, session: Session, base: string | undefined): VideoObject {
  return { "@type": "VideoObject", name: resource.label ?? session.title, url: resourceUrl(base, resource.url) };
}

function subEvent(session: Session, id: string, recap: Recap): SchemaEvent {
  const resources = session.resources ?? [];
  const summary = toParagraphs(session.summary).map(inlineToText).join("\n\n");
  return compact<SchemaEvent>({
    "@type": "Event",
    name: session.title,
    identifier: session.code ?? id,
    url: recap.url ? `${recap.url.split("#")[0]}#${id}` : undefined,
    startDate: session.date,
    description: summary || undefined,
    about: session.track,
    keywords: session.tags?.join(", "),
    performer: session.speakers.map(person),
    recordedIn: resources.filter((r) => r.kind === "recording").map((r) => video(r, session, recap.url)),
    subjectOf: resources
      .filter((r) => r.kind !== "recording")
      .map((r): CreativeWork => ({ "@type": "CreativeWork", name: r.label ?? r.kind, url: resourceUrl(recap.url, r.url) })),
  });
}

function eventName(recap: Recap): string {
  const { name, edition } = recap.event;
  return edition && !name.includes(edition) ? `${name} ${edition}` : name;
}

function location(recap: Recap): Place | VirtualLocation | undefined {
  const where = recap.event.location;
  if (!where) return undefined;
  if (/^(virtual|online|digital)$/i.test(where))
    return compact<VirtualLocation>({ "@type": "VirtualLocation", name: where, url: recap.event.url });
  return { "@type": "Place", name: where };
}

/**
 * Structured data for search engines and social previews, from the same document the page is
 * rendered from: a `BlogPosting` about the `Event`, with one `subEvent` per session.
 */
export function toJsonLd(recap: Recap): JsonLd {
  const ids = assignIds(recap.sessions);
  const online = recap.event.location && /^(virtual|online|digital)$/i.test(recap.event.location);
  const description = toParagraphs(recap.intro).map(inlineToText).join(" ") || recap.subtitle;
  const data = compact<WithContext<BlogPosting>>({
    "@context": "https://schema.org",
    "@type": "BlogPosting",
    headline: recap.title,
    alternativeHeadline: recap.subtitle,
    description,
    url: recap.url,
    mainEntityOfPage: recap.url,
    inLanguage: recap.language ?? "en",
    datePublished: recap.publishedAt,
    dateModified: recap.updatedAt,
    author: (recap.authors ?? []).map(person),
    publisher: recap.publisher ? organization(recap.publisher.name, recap.publisher.url) : undefined,
    image: image(recap.image),
    keywords: recap.tags?.join(", "),
    about: compact<SchemaEvent>({
      "@type": "Event",
      name: eventName(recap),
      startDate: recap.event.startDate,
      endDate: recap.event.endDate,
      url: recap.event.url,
      location: location(recap),
      eventAttendanceMode: online ? "https://schema.org/OnlineEventAttendanceMode" : undefined,
      subEvent: recap.sessions.map((session, index) => subEvent(session, ids[index] ?? "", recap)),
    }),
  });
  return data as unknown as JsonLd;
}

/**
 * JSON for inside a `<script>` element: nothing in the data can end the element (`</script>`),
 * open a comment (`<!--`) or break a JavaScript parser (U+2028, U+2029).
 */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, "\\u003c")
    .replace(/>/g, "\\u003e")
    .replace(/&/g, "\\u0026")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}
