import type {
  BlogPosting,
  CreativeWork,
  ImageObject,
  Organization,
  QuantitativeValue,
  Event as SchemaEvent,
  Person as SchemaPerson,
  VideoObject,
  VirtualLocation,
  WithContext,
} from "schema-dts";
import { resourceLabels } from "../labels/en.js";
import type { RecapLabels } from "../labels/types.js";
import type { Recap, RichText, Session } from "../model/parsed.js";
import { eventTitle, type Image, type Person } from "../model/types.js";
import { plainText } from "../parse/plainText.js";

/**
 * A JSON-LD document: schema.org structured data as plain JSON. (Typed against `schema-dts`
 * inside recap-kit; published as plain JSON so that users need no extra types.)
 */
export type JsonLd = { "@context": "https://schema.org"; "@type": string } & { [key: string]: unknown };

/** A schema.org type whose fields may also be written `undefined`, for `compact` to leave out. */
type Loose<T> = T extends object ? { [K in keyof T]: T[K] | undefined } : T;

/** Leaves out what the document does not say, so the JSON holds no `undefined` and no `[]`. */
function compact<T>(value: Loose<T>): T {
  const fields = value as Record<string, unknown>;
  for (const key of Object.keys(fields)) {
    const item = fields[key];
    if (item === undefined || (Array.isArray(item) && item.length === 0)) delete fields[key];
  }
  // What is left is T: every field that may be undefined is gone.
  return value as T;
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

function pixels(value: number | undefined): QuantitativeValue | undefined {
  return value === undefined ? undefined : { "@type": "QuantitativeValue", value, unitCode: "E37" };
}

function image(img: Image | undefined): ImageObject | undefined {
  return img
    ? compact<ImageObject>({
        "@type": "ImageObject",
        url: img.src,
        width: pixels(img.width),
        height: pixels(img.height),
        caption: img.alt || undefined,
      })
    : undefined;
}

/** A resource's URL made absolute against the recap's own, when it has one. */
function resourceUrl(base: string | undefined, url: string): string {
  try {
    return base ? new URL(url, base).href : url;
  } catch {
    return url;
  }
}

/** Plain text of paragraphs with inline markup. */
function plain(paragraphs: readonly RichText[] | undefined, separator: string): string {
  return (paragraphs ?? []).map((paragraph) => plainText(paragraph.nodes)).join(separator);
}

const ONLINE = /^(virtual|online|digital)$/i;

function subEvent(session: Session, base: string | undefined, kinds: RecapLabels["resourceKinds"]): SchemaEvent {
  const id = session.id;
  const resources = session.resources ?? [];
  // A recording is where the session was recorded; any other resource is about it.
  const works = (recordings: boolean) =>
    resources
      .filter((r) => (r.kind === "recording") === recordings)
      .map((r): CreativeWork | VideoObject => ({
        "@type": recordings ? "VideoObject" : "CreativeWork",
        // Without a label of its own, a work is named for what it is and what it is of: "Slides: …".
        name: r.label ?? (recordings ? session.title : `${kinds[r.kind] ?? resourceLabels.resourceKinds[r.kind]}: ${session.title}`),
        url: resourceUrl(base, r.url),
      }));
  return compact<SchemaEvent>({
    "@type": "Event",
    name: session.title,
    identifier: session.code ?? id,
    url: base ? `${base.split("#")[0]}#${id}` : undefined,
    startDate: session.date,
    description: plain(session.summary, "\n\n") || undefined,
    about: session.track,
    keywords: session.tags?.join(", "),
    performer: session.speakers.map(person),
    recordedIn: works(true) as VideoObject[],
    subjectOf: works(false),
  });
}

/**
 * Structured data for search engines and social previews, from the same parsed recap the page is
 * rendered from: a `BlogPosting` about the `Event`, with one `subEvent` per session. `labels` name
 * the resources that have no label of their own ("Folien: …"): pass the page's, so the data is in
 * the page's language.
 */
export function toJsonLd(recap: Recap, labels?: Partial<Pick<RecapLabels, "resourceKinds">>): JsonLd {
  const { event } = recap;
  const kinds = labels?.resourceKinds ?? resourceLabels.resourceKinds;
  const online = event.location && ONLINE.test(event.location);
  const data = compact<WithContext<BlogPosting>>({
    "@context": "https://schema.org",
    "@type": "BlogPosting",
    headline: recap.title,
    alternativeHeadline: recap.subtitle,
    description: plain(recap.intro, " ") || recap.subtitle,
    url: recap.url,
    mainEntityOfPage: recap.url,
    inLanguage: recap.lang,
    datePublished: recap.publishedAt,
    dateModified: recap.updatedAt,
    author: (recap.authors ?? []).map(person),
    publisher: recap.publisher ? organization(recap.publisher.name, recap.publisher.url) : undefined,
    image: image(recap.image),
    keywords: recap.tags?.join(", "),
    about: compact<SchemaEvent>({
      "@type": "Event",
      name: eventTitle(event),
      startDate: event.startDate,
      endDate: event.endDate,
      url: event.url,
      location: online
        ? compact<VirtualLocation>({ "@type": "VirtualLocation", name: event.location, url: event.url })
        : event.location
          ? { "@type": "Place", name: event.location }
          : undefined,
      eventAttendanceMode: online ? "https://schema.org/OnlineEventAttendanceMode" : undefined,
      subEvent: recap.sessions.map((session) => subEvent(session, recap.url, kinds)),
    }),
  });
  return data as unknown as JsonLd;
}

export { serializeJsonLd } from "./serializeJsonLd.js";
