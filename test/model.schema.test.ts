import { describe, expect, it } from "vitest";
import type {
  CallToActionDocument,
  EventDocument,
  Image,
  Person,
  Publisher,
  RecapDocument,
  RecapHeadings,
  RelatedReadDocument,
  Resource,
  SessionDocument,
} from "../src/index.js";
import { validateRecap } from "../src/index.js";
import { link, object, text } from "../src/model/rules.js";

// The schema is declared against the model's types (Schema<T> in src/model/rules.ts); the
// schemas that must not compile are in model.schema.types.ts, checked by `npm run typecheck`.

/** Every field of `T` present, none of them left out. */
type Filled<T> = { [K in keyof T]-?: NonNullable<T[K]> };

describe("a schema that leaves out a field of its type", () => {
  it("does not compile, because the validator would drop the field", () => {
    // A field added to the model (a publisher's logo) but not to its schema:
    // @ts-expect-error Property 'logo' is missing.
    const withLogo = object<Publisher & { logo?: string }>("describing the publisher", {
      name: [text, "The publisher needs a name."],
      url: link,
    });
    // What the compile error prevents: the field read as unknown and left out of the document.
    const issues = Object.assign([], { warnings: [] });
    expect(withLogo({ name: "Acme", logo: "https://example.com/logo.png" }, "publisher", issues, undefined, {})).toEqual({ name: "Acme" });
  });
});

// A document with every field of every type filled in: `Filled<T>` makes a field added to a
// type a compile error here until it is filled in, and the test below then fails if the
// validator drops it.
const image: Filled<Image> = { src: "https://example.com/hero.png", alt: "The stage", width: 1200, height: 630 };
const person: Filled<Person> = {
  name: "Ellen Körbes",
  affiliation: "Tilt",
  role: "Maintainer",
  url: "https://example.com/ellen",
  avatar: "https://example.com/ellen.png",
};
const event: Filled<EventDocument> = {
  name: "KubeCon Europe",
  edition: "2021",
  startDate: "2021-05-04",
  endDate: "2021-05-07",
  location: "Virtual",
  url: "https://events.example/kubecon",
};
const resource: Filled<Resource> = { kind: "slides", url: "https://example.com/slides", label: "The slides" };
const session: Filled<SessionDocument> = {
  id: "hacking-kubernetes",
  title: "Hacking into Kubernetes security",
  code: "SEC101",
  date: "2021-05-05T14:30:00+02:00",
  speakers: [person],
  track: "Security",
  format: "talk",
  summary: ["The summary."],
  takeaways: ["Patch early"],
  resources: [resource],
  tags: ["security"],
};
const relatedRead: Filled<RelatedReadDocument> = {
  title: "Another recap",
  url: "https://example.com/other",
  excerpt: "What others wrote.",
  date: "2021-05-12",
  image,
};
const callToAction: Filled<CallToActionDocument> = {
  title: "Talk to us",
  body: ["We help with Kubernetes."],
  label: "Get in touch",
  url: "mailto:hello@example.com",
};
const publisher: Filled<Publisher> = { name: "Beispiel Beratung GmbH", url: "https://example.com" };
const headings: Filled<RecapHeadings> = {
  sessionIndex: "The talks",
  sessionTakeaways: "What we took home",
  takeaways: "Our view",
  outro: "Finally",
  relatedReads: "Read on",
};
const document: Filled<RecapDocument> = {
  title: "Our KubeCon highlights",
  subtitle: "What we saw",
  url: "https://example.com/blog/kubecon",
  language: "en",
  publishedAt: "2021-05-10",
  updatedAt: "2021-05-11T09:30:00+02:00",
  authors: [person],
  publisher,
  image,
  tags: ["Kubernetes"],
  event,
  intro: ["The intro."],
  sessions: [session],
  takeaways: ["Upgrade often"],
  outro: ["See you next year."],
  relatedReads: [relatedRead],
  callToAction,
  headings,
};

/** Every path to a value in `value`: `sessions[0].speakers[0].name`. */
function paths(value: unknown, path = ""): string[] {
  if (Array.isArray(value)) return value.flatMap((item, index) => paths(item, `${path}[${index}]`));
  if (value !== null && typeof value === "object")
    return Object.entries(value).flatMap(([key, field]) => paths(field, path ? `${path}.${key}` : key));
  return [path];
}

describe("a document with every field of the model", () => {
  it("keeps every field of every type, in the schema's order, with no warning", () => {
    const warnings: { path: string; message: string }[] = [];
    const read = validateRecap(document, { warnings, strict: true });
    expect(paths(read)).toEqual(paths(document));
    expect(read).toEqual(document);
    expect(warnings).toEqual([]);
  });
});
