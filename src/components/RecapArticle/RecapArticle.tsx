import { clsx } from "clsx";
import type { ComponentPropsWithRef, ComponentType } from "react";
import { formatDate, WEEKDAY_DATE } from "../../format/date.js";
import { textDirection } from "../../format/direction.js";
import type { Conjunction } from "../../format/list.js";
import { readingTime } from "../../format/readingTime.js";
import { labelsFor } from "../../labels/labelsFor.js";
import type { RecapLabels } from "../../labels/types.js";
import { RecapValidationError } from "../../model/errors.js";
import { safeParseRecap } from "../../model/parseRecap.js";
import type { Recap } from "../../model/types.js";
import { isValidatedRecap } from "../../model/validated.js";
import { CallToAction, type CallToActionProps } from "../CallToAction/CallToAction.js";
import { Prose, type ProseProps } from "../Prose/Prose.js";
import { RecapHeader, type RecapHeaderProps } from "../RecapHeader/RecapHeader.js";
import { RecapJsonLd, type RecapJsonLdProps } from "../RecapJsonLd/RecapJsonLd.js";
import { RelatedReads, type RelatedReadsProps } from "../RelatedReads/RelatedReads.js";
import { SessionCard, type SessionCardProps } from "../SessionCard/SessionCard.js";
import { SessionIndex, type SessionIndexProps } from "../SessionIndex/SessionIndex.js";
import { TakeawayList, type TakeawayListProps } from "../TakeawayList/TakeawayList.js";
import { groupByDay } from "./groupByDay.js";
import { InvalidRecap, type InvalidRecapProps } from "./InvalidRecap.js";

/** The parts of a recap article, each replaceable by a component that takes the same props. */
export interface RecapArticleComponents {
  Header: ComponentType<RecapHeaderProps>;
  Intro: ComponentType<ProseProps>;
  Index: ComponentType<SessionIndexProps>;
  Session: ComponentType<SessionCardProps>;
  Takeaways: ComponentType<TakeawayListProps>;
  Outro: ComponentType<ProseProps>;
  RelatedReads: ComponentType<RelatedReadsProps>;
  CallToAction: ComponentType<CallToActionProps>;
  JsonLd: ComponentType<RecapJsonLdProps>;
}

const DEFAULT_COMPONENTS: RecapArticleComponents = {
  Header: RecapHeader,
  Intro: Prose,
  Index: SessionIndex,
  Session: SessionCard,
  Takeaways: TakeawayList,
  Outro: Prose,
  RelatedReads,
  CallToAction,
  JsonLd: RecapJsonLd,
};

/** A Recap document: validated by `parseRecap`, or raw JSON that RecapArticle validates itself. */
export type RecapInput = Recap | { readonly [field: string]: unknown };

export interface RecapArticleProps extends Omit<ComponentPropsWithRef<"article">, "children"> {
  /** The document: a `Recap` from `parseRecap`, or raw JSON, which goes through `parseRecap` here. */
  recap: RecapInput;
  /**
   * Text overrides, on top of the labels for the recap's language (en, de, fr, nl, es, ja; others fall back to English).
   * @default {}
   */
  labels?: Partial<RecapLabels> | undefined;
  /**
   * Show a navigation with a link to every session.
   * @default true when there are at least three sessions
   */
  showIndex?: boolean | undefined;
  /**
   * How each session is set: `section`, open sections separated by rules, as a long read is;
   * `card`, each session in a box of its own.
   * @default "section"
   */
  sessionAppearance?: "section" | "card" | undefined;
  /**
   * Include the schema.org structured data (`BlogPosting` about the `Event`).
   * @default true
   */
  structuredData?: boolean | undefined;
  /**
   * How bylines join the last names.
   * @default "and"
   */
  conjunction?: Conjunction | undefined;
  /**
   * Replace the rendering of any part; each replacement takes the props of the part it replaces.
   * @default {}
   */
  components?: Partial<RecapArticleComponents> | undefined;
  /**
   * What to do with an invalid document: `show` its problems in a readable box, or `throw`
   * the `RecapValidationError`.
   * @default "show" in development, "throw" when NODE_ENV is "production"
   */
  whenInvalid?: "show" | "throw" | undefined;
}

// Typed here, not through @types/node: the library itself runs anywhere.
declare const process: { env: { NODE_ENV?: string } };

function isProduction(): boolean {
  try {
    // Bundlers replace this expression; in a browser without one, `process` does not exist.
    return process.env.NODE_ENV === "production";
  } catch {
    return false;
  }
}

/**
 * A whole recap from one document: header, intro, index, the sessions (by day when they span
 * several), the article's takeaways and closing words, related reads, the call to action and
 * structured data. Headings stay in order: one `h1`, then `h2` per session or per day.
 */
export function RecapArticle({
  recap: input,
  labels: overrides,
  showIndex,
  sessionAppearance = "section",
  structuredData = true,
  conjunction,
  components,
  whenInvalid,
  className,
  ...rest
}: RecapArticleProps) {
  const result = isValidatedRecap(input) ? ({ ok: true, value: input } as const) : safeParseRecap(input);
  if (!result.ok) {
    if ((whenInvalid ?? (isProduction() ? "throw" : "show")) === "throw") throw new RecapValidationError(result.issues);
    // The box stands where the article would: it keeps the article's id, class and attributes.
    const { ref: _ref, ...attributes } = rest;
    return <InvalidRecap {...(attributes as InvalidRecapProps)} className={className} issues={result.issues} labels={overrides} />;
  }
  const recap = result.value;
  const language = recap.language ?? "en";
  const labels = labelsFor(language, overrides);
  const parts = { ...DEFAULT_COMPONENTS, ...components };
  const days = groupByDay(recap.sessions);
  const byDay = days.length > 1;
  const common = { language, labels, conjunction };

  return (
    <article {...rest} lang={language} dir={textDirection(language)} className={clsx("rk-RecapArticle", className)}>
      {structuredData ? <parts.JsonLd recap={recap} /> : null}
      <parts.Header
        {...common}
        as="header"
        title={recap.title}
        subtitle={recap.subtitle}
        event={recap.event}
        authors={recap.authors}
        publisher={recap.publisher}
        publishedAt={recap.publishedAt}
        updatedAt={recap.updatedAt}
        tags={recap.tags}
        image={recap.image}
        readingMinutes={readingTime(recap)}
      />
      <parts.Intro className="rk-RecapArticle-intro" paragraphs={recap.intro} />
      {(showIndex ?? recap.sessions.length >= 3) ? <parts.Index sessions={recap.sessions} labels={labels} /> : null}
      <div className="rk-RecapArticle-sessions">
        {days.map((group) => {
          const cards = group.sessions.map((session) => (
            <parts.Session key={session.id} {...common} {...session} headingLevel={byDay ? 3 : 2} appearance={sessionAppearance} />
          ));
          if (!byDay) return cards;
          return (
            <section className="rk-RecapArticle-day" key={group.day ?? "undated"}>
              <h2 className="rk-RecapArticle-dayHeading">
                {group.day ? <time dateTime={group.day}>{formatDate(group.day, language, WEEKDAY_DATE)}</time> : labels.otherSessions}
              </h2>
              {cards}
            </section>
          );
        })}
      </div>
      <parts.Takeaways
        className="rk-RecapArticle-takeaways"
        takeaways={recap.takeaways}
        heading={labels.recapTakeaways}
        headingLevel={2}
        labels={labels}
      />
      <parts.Outro className="rk-RecapArticle-outro" paragraphs={recap.outro} />
      <parts.RelatedReads relatedReads={recap.relatedReads} headingLevel={2} language={language} labels={labels} />
      {recap.callToAction ? <parts.CallToAction {...recap.callToAction} headingLevel={2} /> : null}
    </article>
  );
}
