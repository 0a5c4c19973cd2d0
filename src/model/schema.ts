import { peopleFromText } from "./peopleText.js";
import {
  altText,
  choice,
  date,
  type Fields,
  language,
  link,
  list,
  object,
  paragraphs,
  picture,
  pixels,
  problem,
  type Rule,
  text,
  texts,
} from "./rules.js";
import {
  type CallToActionDocument,
  type EventDocument,
  type Image,
  type Person,
  type Publisher,
  RESOURCE_KINDS,
  type RecapDocument,
  type RecapHeadings,
  type RelatedReadDocument,
  type Resource,
  SESSION_FORMATS,
  type SessionDocument,
} from "./types.js";

// The Recap model's schema, declared against its types (./types.ts): `object<T>` takes every
// field of `T` and no other, so the two cannot drift apart. The rules are made once, at load,
// and marked pure: a bundle that shares a chunk with the validator but does not validate
// (SpeakerByline's) drops them.

/** The event's end, which cannot come before its start (read first). */
const endDate: Rule<string> = (value, path, issues, required, siblings) => {
  const end = date(value, path, issues, required, siblings);
  const start = siblings.startDate;
  if (typeof start === "string" && end && end.slice(0, 10) < start.slice(0, 10))
    problem(issues, path, `${end} is before the start date ${start}: the event cannot end before it starts.`);
  return end;
};

/** A session id, which is used in links (#id). */
const sessionId: Rule<string> = (value, path, issues, required, siblings) => {
  const id = text(value, path, issues, required, siblings);
  if (id !== undefined && !/^[\p{L}\p{M}\p{N}_-]+$/u.test(id))
    problem(issues, path, `"${id}" cannot be a session id. It is used in links (#id): use only letters, digits, dashes and underscores.`);
  return id;
};

const image = /* @__PURE__ */ object<Image>("describing an image (src and alt)", {
  src: [picture, "An image needs the address of the picture (src)."],
  alt: [altText, 'Describe the image for people who cannot see it, or write "" if it is only decoration.'],
  width: pixels,
  height: pixels,
});

function person(who: string): Rule<Person> {
  return object<Person>(`describing ${/^[aeiou]/.test(who) ? "an" : "a"} ${who}`, {
    name: [text, `Every ${who} needs a name.`],
    affiliation: text,
    role: text,
    url: link,
    avatar: picture,
  });
}

/** A list of people; a string there is read as a byline, with a warning (see peopleText.ts). */
function people(who: string): Rule<Person[]> {
  const read = list(person(who));
  return (value, path, issues, required, siblings) =>
    read(typeof value === "string" ? peopleFromText(value, path, issues, who) : value, path, issues, required, siblings);
}

const event = /* @__PURE__ */ object<EventDocument>(
  "describing the event",
  {
    name: [text, "The event needs a name."],
    edition: text,
    startDate: date,
    endDate,
    location: text,
    url: link,
  },
  ["name", "startDate", "endDate"],
);

const resource = /* @__PURE__ */ object<Resource>("describing a resource (kind and url)", {
  kind: [/* @__PURE__ */ choice(RESOURCE_KINDS, "resource kind"), "Say what the link leads to."],
  url: [link, "A resource needs the address it links to."],
  label: text,
});

const session = /* @__PURE__ */ object<SessionDocument>(
  "describing a session",
  {
    id: sessionId,
    title: [text, "Every session needs a title."],
    code: text,
    date,
    speakers: [/* @__PURE__ */ people("speaker"), 'List the speakers, or write "speakers": [] when there were none.'],
    track: text,
    format: /* @__PURE__ */ choice(SESSION_FORMATS, "session format"),
    summary: paragraphs,
    takeaways: texts,
    resources: /* @__PURE__ */ list(resource),
    tags: texts,
  },
  ["id", "title", "speakers"],
);

const sessionList = /* @__PURE__ */ list(session);

/** The sessions, with ids that are unique. Paths point into the input, whose indexes differ from the list read when some were invalid. */
const sessions: Rule<SessionDocument[]> = (value, path, issues, required, siblings) => {
  const read = sessionList(value, path, issues, required, siblings);
  if (!Array.isArray(value)) return read;
  const firstSeen = new Map<string, number>();
  for (let index = 0; index < value.length; index++) {
    let id: unknown;
    try {
      const item: unknown = value[index];
      id = item !== null && typeof item === "object" ? (item as Fields).id : undefined;
    } catch {
      continue; // A getter that throws: reading the session has reported it already.
    }
    if (typeof id !== "string" || !id.trim()) continue;
    const key = id.trim();
    const first = firstSeen.get(key);
    if (first === undefined) firstSeen.set(key, index);
    else problem(issues, `sessions[${index}].id`, `"${key}" is already the id of sessions[${first}]. Session ids must be unique.`);
  }
  return read;
};

const relatedRead = /* @__PURE__ */ object<RelatedReadDocument>(
  "describing a related read",
  {
    title: text,
    url: link,
    excerpt: text,
    date,
    image,
  },
  [],
  (read, path, issues, found) => {
    // Only when its fields had no problems of their own: counted, not searched, so a thousand bad reads stay linear.
    if (read.title === undefined && read.excerpt === undefined && found === 0)
      problem(issues, path, "needs a title or an excerpt: a teaser with neither has nothing to show.");
  },
);

const callToAction = /* @__PURE__ */ object<CallToActionDocument>("describing the call to action", {
  title: [text, "The call to action needs a title."],
  body: paragraphs,
  label: text,
  url: link,
});

const publisher = /* @__PURE__ */ object<Publisher>("describing the publisher", {
  name: [text, "The publisher needs a name."],
  url: link,
});

const headingsObject = /* @__PURE__ */ object<RecapHeadings>("giving the article's own headings", {
  sessionIndex: text,
  sessionTakeaways: text,
  takeaways: text,
  outro: text,
  relatedReads: text,
});

/** The writer's own section headings: an object of them all left out is dropped. */
const headings: Rule<RecapHeadings> = (value, path, issues, required, siblings) => {
  const read = headingsObject(value, path, issues, required, siblings);
  return read && Object.keys(read).length ? read : undefined;
};

/** A whole Recap document. */
export const recap = /* @__PURE__ */ object<RecapDocument>(
  "with a title, an event and sessions",
  {
    title: [text, "The recap needs a title."],
    subtitle: text,
    url: text,
    language,
    publishedAt: date,
    updatedAt: date,
    authors: /* @__PURE__ */ people("author"),
    publisher,
    image,
    tags: texts,
    event: [event, "Say which event the recap is about, at least its name."],
    intro: paragraphs,
    sessions: [sessions, 'List the sessions, or write "sessions": [] when there are none yet.'],
    takeaways: texts,
    outro: paragraphs,
    relatedReads: /* @__PURE__ */ list(relatedRead),
    callToAction,
    headings,
  },
  ["title", "event", "sessions"],
);
