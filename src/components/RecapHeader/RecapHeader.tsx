import { clsx } from "clsx";
import type { ComponentPropsWithRef, ReactNode } from "react";
import { formatDate } from "../../format/date.js";
import { type Conjunction, spaced } from "../../format/list.js";
import { pluralForm } from "../../format/plural.js";
import { fillNodes, fillText } from "../../format/template.js";
import { articleLabels } from "../../labels/en/article.js";
import { badgeLabels } from "../../labels/en/session.js";
import { mergeLabels } from "../../labels/merge.js";
import type { RecapLabels } from "../../labels/types.js";
import type { Recap, RecapEvent } from "../../model/parsed.js";
import { eventTitle } from "../../model/types.js";
import { linkProps, safeSrc } from "../../model/url.js";
import { TagList } from "../Badge/TagList.js";
import { Heading, type TitleLevel } from "../Heading/Heading.js";
import { SpeakerByline } from "../SpeakerByline/SpeakerByline.js";
import { DateRange, ParsedDateRange } from "./DateRange.js";

const headerLabels = /* @__PURE__ */ Object.assign({}, badgeLabels, articleLabels);

/** The recap's fields the header shows, as `parseRecap` gives them (`<RecapHeader {...recap} />`). */
export type RecapHeaderFields = Pick<
  Recap,
  "title" | "subtitle" | "authors" | "publisher" | "publishedAt" | "publishedText" | "updatedAt" | "updatedText" | "tags" | "image"
> & {
  /** The event; its `dateText` (from `parseRecap`) is shown, else its dates are written here. */
  event: Omit<RecapEvent, "dateText"> & { dateText?: RecapEvent["dateText"] };
  /**
   * Reading time in minutes (`parseRecap` works it out).
   * @default not shown
   */
  readingMinutes?: number | undefined;
};

export interface RecapHeaderProps extends RecapHeaderFields, Omit<ComponentPropsWithRef<"div">, "title" | "children"> {
  /**
   * BCP 47 language of the recap: the plural form of the reading time follows it (and dates not
   * written by `parseRecap`). The words come from `labels`.
   * @default "en"
   */
  language?: string | undefined;
  /**
   * How the authors' names are joined.
   * @default "and"
   */
  conjunction?: Conjunction | undefined;
  /**
   * Text overrides; English by default.
   * @default {}
   */
  labels?: Partial<RecapLabels> | undefined;
  /**
   * The title's heading level: 1 where the recap is the page, lower where it sits under the host
   * page's own headings.
   * @default 1
   */
  headingLevel?: TitleLevel | undefined;
  /**
   * Show the title. Set `false` where the page around the recap already shows it as its own
   * heading (a blog post's title): the header keeps the event, dates, authors and reading time.
   * @default true
   */
  showTitle?: boolean | undefined;
}

/**
 * The top of a recap: the event with its dates, the title (the page's one `h1`, or `headingLevel`;
 * left out with `showTitle={false}` where the page shows it already), the subtitle,
 * the authors, when it was published, how long it takes to read, and its tags. A `div`, so that a
 * header shown on its own is not a second `banner` landmark next to the site's; `RecapArticle`
 * puts it in the article's `<header>`.
 */
export function RecapHeader({ language = "en", ...header }: RecapHeaderProps) {
  const { publishedAt, publishedText, updatedAt, updatedText, event } = header;
  // parseRecap writes dates in the recap's language once; a header written by hand has them made here.
  return ParsedRecapHeader({
    ...header,
    language,
    publishedText: publishedAt ? (publishedText ?? formatDate(publishedAt, language)) : publishedText,
    updatedText: updatedAt ? (updatedText ?? formatDate(updatedAt, language)) : updatedText,
    dates: event.startDate ? <DateRange start={event.startDate} end={event.endDate} text={event.dateText} language={language} /> : null,
  });
}

/**
 * The header of a parsed recap, its dates written: what `RecapArticle` renders. (`dates` is the
 * event's dates as `RecapHeader` made them.)
 */
export function ParsedRecapHeader({
  title,
  subtitle,
  event,
  authors,
  publisher,
  publishedAt,
  publishedText,
  updatedAt,
  updatedText,
  tags,
  image,
  readingMinutes,
  language = "en",
  conjunction,
  labels,
  headingLevel = 1,
  showTitle = true,
  className,
  dates: handWritten,
  ...rest
}: RecapHeaderProps & { dates?: ReactNode }) {
  const l = mergeLabels(headerLabels, labels);
  const eventLink = linkProps(event.url);
  const eventName = eventTitle(event);
  const hero = image ? safeSrc(image.src) : undefined;
  const publisherLink = linkProps(publisher?.url);
  const publisherName = publisher ? (
    publisherLink ? (
      <a className="rk-Link rk-RecapHeader-publisher" {...publisherLink}>
        <bdi>{publisher.name}</bdi>
      </a>
    ) : (
      <bdi className="rk-RecapHeader-publisher">{publisher.name}</bdi>
    )
  ) : null;
  const published = publishedAt ? <time dateTime={publishedAt}>{publishedText ?? publishedAt}</time> : null;
  const facts = [
    published || publisherName ? (
      <span key="published" className="rk-MetaItem">
        {published && publisherName
          ? fillNodes(l.publishedBy, { date: published, publisher: publisherName })
          : published
            ? fillNodes(l.published, { date: published })
            : fillNodes(l.publisher, { publisher: publisherName })}
      </span>
    ) : null,
    updatedAt ? (
      <span key="updated" className="rk-MetaItem">
        {fillNodes(l.updated, { date: <time dateTime={updatedAt}>{updatedText ?? updatedAt}</time> })}
      </span>
    ) : null,
    readingMinutes ? (
      <span key="reading" className="rk-MetaItem">
        {fillText(pluralForm(l.readingTime, readingMinutes, language), { minutes: readingMinutes })}
      </span>
    ) : null,
  ].filter(Boolean);

  const dates =
    handWritten !== undefined ? (
      handWritten
    ) : event.startDate ? (
      <ParsedDateRange start={event.startDate} end={event.endDate} text={event.dateText} />
    ) : null;
  // A title that names the event ("KubeCon Europe 2021: our highlights") is not repeated above
  // it: the line keeps the dates and the place, and the link to the event goes on the first.
  const named = !(dates || event.location) || !title.toLowerCase().includes(eventName.toLowerCase());
  const eventParts = [
    named ? (["Name", eventName] as const) : null,
    dates ? (["Dates", dates] as const) : null,
    event.location ? (["Location", event.location] as const) : null,
  ].filter((part) => part !== null);

  return (
    <div {...rest} className={clsx("rk-RecapHeader", className)}>
      <p className="rk-RecapHeader-event">
        <span className="rk-visually-hidden">{fillText(l.hiddenLabel, { label: l.event })}</span>{" "}
        {spaced(
          eventParts.map(([part, content], index) => {
            const partClass = `rk-MetaItem rk-RecapHeader-event${part}`;
            return index === 0 && eventLink ? (
              <a key={part} className={`rk-Link ${partClass}`} {...eventLink}>
                {named ? null : <span className="rk-visually-hidden">{eventName}</span>}
                {named ? null : " "}
                {content}
              </a>
            ) : (
              <span key={part} className={partClass}>
                {content}
              </span>
            );
          }),
        )}
      </p>
      {showTitle ? (
        <Heading level={headingLevel} className="rk-RecapHeader-title">
          {title}
        </Heading>
      ) : null}
      {subtitle ? <p className="rk-RecapHeader-subtitle">{subtitle}</p> : null}
      {authors && authors.length > 0 ? (
        <div className="rk-RecapHeader-authors">
          {fillNodes(l.byAuthors, {
            authors: <SpeakerByline speakers={authors} language={language} conjunction={conjunction} labels={labels} showAvatars />,
          })}
        </div>
      ) : null}
      {facts.length > 0 ? <p className="rk-RecapHeader-facts">{spaced(facts)}</p> : null}
      <TagList tags={tags} label={l.tags} className="rk-RecapHeader-tags" />
      {image && hero ? (
        <img className="rk-RecapHeader-image" src={hero} alt={image.alt} width={image.width} height={image.height} decoding="async" />
      ) : null}
    </div>
  );
}
