import { render } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { parseRecap, RecapArticle, toJsonLd } from "../src/index.js";

/**
 * A document that uses every field of the Recap model once, each with a value found nowhere
 * else, so that the test below can tell where each one ended up.
 */
const everyField = {
  title: "Title of the recap",
  subtitle: "Subtitle of the recap",
  url: "https://example.com/recap",
  language: "en",
  publishedAt: "2024-05-10",
  updatedAt: "2024-05-12",
  authors: [
    {
      name: "Author Name",
      affiliation: "Author Company",
      role: "Author Role",
      url: "https://example.com/author",
      avatar: "https://example.com/author.png",
    },
  ],
  publisher: { name: "Publisher Name", url: "https://example.com/publisher" },
  image: { src: "https://example.com/hero.png", alt: "Hero alt text", width: 1201, height: 631 },
  tags: ["recap-tag"],
  event: {
    name: "Event Name",
    edition: "Edition 2024",
    startDate: "2024-05-01",
    endDate: "2024-05-03",
    location: "Event Location",
    url: "https://example.com/event",
  },
  intro: ["Intro paragraph."],
  sessions: [
    {
      id: "session-id",
      title: "Session Title",
      code: "CODE42",
      date: "2024-05-02T14:30:00+02:00",
      speakers: [
        {
          name: "Speaker Name",
          affiliation: "Speaker Company",
          role: "Speaker Role",
          url: "https://example.com/speaker",
          avatar: "https://example.com/speaker.png",
        },
      ],
      track: "Track Name",
      format: "panel",
      summary: ["Session summary."],
      takeaways: ["Session takeaway."],
      resources: [{ kind: "recording", url: "https://example.com/recording", label: "Resource Label" }],
      tags: ["session-tag"],
    },
    // A resource without a label shows its kind's label.
    { title: "Second Session", speakers: [], resources: [{ kind: "slides", url: "https://example.com/slides" }] },
  ],
  takeaways: ["Recap takeaway."],
  outro: ["Outro paragraph."],
  relatedReads: [
    {
      title: "Related Title",
      url: "https://example.com/related",
      excerpt: "Related excerpt.",
      date: "2024-04-01",
      image: { src: "https://example.com/related.png", alt: "Related alt text", width: 641, height: 361 },
    },
  ],
  callToAction: { title: "Call Title", body: ["Call body."], label: "Call Label", url: "https://example.com/contact" },
};

type Where = "text" | "href" | "src" | "alt" | "width" | "height" | "datetime" | "lang" | "id" | "jsonld" | "kind label" | "format label";

/**
 * Where every field of the model appears: on the page, as text or in an attribute, or only in the
 * structured data. A field missing here fails the test: a new field must be given a place.
 */
const WHERE: Record<string, Where> = {
  title: "text",
  subtitle: "text",
  // The canonical address is data: the static page's <link rel="canonical"> and the JSON-LD.
  url: "jsonld",
  language: "lang",
  publishedAt: "datetime",
  updatedAt: "datetime",
  "authors[].name": "text",
  "authors[].affiliation": "text",
  "authors[].role": "text",
  "authors[].url": "href",
  "authors[].avatar": "src",
  "publisher.name": "text",
  "publisher.url": "href",
  "image.src": "src",
  "image.alt": "alt",
  "image.width": "width",
  "image.height": "height",
  "tags[]": "text",
  "event.name": "text",
  "event.edition": "text",
  "event.startDate": "datetime",
  "event.endDate": "datetime",
  "event.location": "text",
  "event.url": "href",
  "intro[]": "text",
  "sessions[].id": "id",
  "sessions[].title": "text",
  "sessions[].code": "text",
  "sessions[].date": "datetime",
  "sessions[].speakers[].name": "text",
  "sessions[].speakers[].affiliation": "text",
  "sessions[].speakers[].role": "text",
  "sessions[].speakers[].url": "href",
  "sessions[].speakers[].avatar": "src",
  "sessions[].track": "text",
  "sessions[].format": "format label",
  "sessions[].summary[]": "text",
  "sessions[].takeaways[]": "text",
  "sessions[].resources[].kind": "kind label",
  "sessions[].resources[].url": "href",
  "sessions[].resources[].label": "text",
  "sessions[].tags[]": "text",
  "takeaways[]": "text",
  "outro[]": "text",
  "relatedReads[].title": "text",
  "relatedReads[].url": "href",
  "relatedReads[].excerpt": "text",
  "relatedReads[].date": "datetime",
  "relatedReads[].image.src": "src",
  "relatedReads[].image.alt": "alt",
  "relatedReads[].image.width": "width",
  "relatedReads[].image.height": "height",
  "callToAction.title": "text",
  "callToAction.body[]": "text",
  "callToAction.label": "text",
  "callToAction.url": "href",
};

/** Every leaf of the document with its path, list indexes written as []. */
function leaves(value: unknown, path = ""): Array<[string, string | number]> {
  if (Array.isArray(value)) return value.flatMap((item) => leaves(item, `${path}[]`));
  if (value !== null && typeof value === "object") {
    return Object.entries(value).flatMap(([key, item]) => leaves(item, path ? `${path}.${key}` : key));
  }
  return [[path, value as string | number]];
}

const KIND_LABELS: Record<string, string> = { recording: "Recording", slides: "Slides" };
const FORMAT_LABELS: Record<string, string> = { panel: "Panel" };

describe("every field of the Recap model", () => {
  const recap = parseRecap(everyField);
  // Structured data is opt-in: a page that wants it passes it, worked out where the recap is parsed.
  const { container } = render(<RecapArticle recap={recap} structuredData={toJsonLd(recap)} />);
  const article = container.querySelector("article.rk-RecapArticle") as HTMLElement;
  const jsonLd = article.querySelector('script[type="application/ld+json"]')?.textContent ?? "";
  const visible = article.cloneNode(true) as HTMLElement;
  for (const script of visible.querySelectorAll("script")) script.remove();
  const text = visible.textContent ?? "";
  const attributes = (name: string) =>
    [visible, ...visible.querySelectorAll(`[${name}]`)].map((element) => element.getAttribute(name)).filter((value) => value !== null);

  it("has a place in WHERE for each field the document uses", () => {
    const unplaced = leaves(everyField)
      .map(([path]) => path)
      .filter((path) => !(path in WHERE));
    expect(unplaced).toEqual([]);
  });

  it.each(leaves(everyField))("%s reaches the page (or the structured data)", (path, value) => {
    const where = WHERE[path];
    switch (where) {
      case "text":
        expect(text).toContain(String(value));
        break;
      case "kind label":
        expect(text).toContain(KIND_LABELS[String(value)]);
        break;
      case "format label":
        expect(text).toContain(FORMAT_LABELS[String(value)]);
        break;
      case "href":
      case "src":
      case "alt":
      case "width":
      case "height":
      case "datetime":
      case "lang":
      case "id":
        expect(attributes(where)).toContain(String(value));
        break;
      case "jsonld":
        expect(jsonLd).toContain(JSON.stringify(value));
        break;
      default:
        throw new Error(`${path} has no place`);
    }
  });

  it("shows a session's time of day when its date has one", () => {
    expect(text).toContain("May 2, 2024, 14:30");
  });
});
