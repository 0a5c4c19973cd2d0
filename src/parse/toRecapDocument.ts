import type { Recap, RichText } from "../model/parsed.js";
import type { RecapDocument } from "../model/types.js";

const text = (list: readonly RichText[] | undefined) => list?.map((item) => item.text);

/** Leaves out what is undefined. */
function defined<T extends object>(value: T): T {
  for (const key of Object.keys(value) as (keyof T)[]) if (value[key] === undefined) delete value[key];
  return value;
}

/**
 * The document a parsed recap holds, as a publisher would write it (JSON): inline markup as
 * written, nothing worked out. `parseRecap(toRecapDocument(recap))` gives the same recap back.
 */
export function toRecapDocument(recap: Recap): RecapDocument {
  const { $recapKit, lang, dir, publishedText, updatedText, days, readingMinutes, ...fields } = recap;
  const { dateText, ...event } = recap.event;
  return defined({
    ...fields,
    event,
    authors: fields.authors?.map((person) => ({ ...person })),
    tags: fields.tags ? [...fields.tags] : undefined,
    intro: text(fields.intro),
    sessions: fields.sessions.map(({ dateText: _d, timeText: _t, summary, takeaways, ...session }) =>
      defined({
        ...session,
        speakers: session.speakers.map((person) => ({ ...person })),
        summary: text(summary),
        takeaways: text(takeaways),
        resources: session.resources?.map((resource) => ({ ...resource })),
        tags: session.tags ? [...session.tags] : undefined,
      }),
    ),
    takeaways: text(fields.takeaways),
    outro: text(fields.outro),
    relatedReads: fields.relatedReads?.map(({ excerpt, shortExcerpt: _s, linkText: _l, dateText: _d, ...read }) =>
      defined({ ...read, excerpt: excerpt?.text }),
    ),
    callToAction: fields.callToAction ? defined({ ...fields.callToAction, body: text(fields.callToAction.body) }) : undefined,
  }) as RecapDocument;
}
