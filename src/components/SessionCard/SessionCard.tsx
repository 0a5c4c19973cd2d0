import { clsx } from "clsx";
import type { ComponentPropsWithRef, ReactNode } from "react";
import { formatDate, formatTime } from "../../format/date.js";
import { type Conjunction, spaced } from "../../format/list.js";
import { fillText } from "../../format/template.js";
import { badgeLabels, sessionLabels } from "../../labels/en/session.js";
import { mergeLabels } from "../../labels/merge.js";
import type { RecapLabels } from "../../labels/types.js";
import type { Session } from "../../model/parsed.js";
import { anchorFor } from "../../model/slug.js";
import { Badge } from "../Badge/Badge.js";
import { TagList } from "../Badge/TagList.js";
import { Heading, type HeadingLevel, subLevel } from "../Heading/Heading.js";
import { Prose } from "../Prose/Prose.js";
import type { RichContent } from "../Prose/RichText.js";
import { ResourceLinks } from "../ResourceLinks/ResourceLinks.js";
import { SpeakerByline } from "../SpeakerByline/SpeakerByline.js";
import { TakeawayList } from "../TakeawayList/TakeawayList.js";

const cardLabels = /* @__PURE__ */ Object.assign({}, badgeLabels, sessionLabels);

/**
 * A session's fields, as `parseRecap` gives them: spread a parsed session into the card
 * (`<SessionCard {...session} />`). By hand, `id` may be left out (it is made from the title) and
 * text may be plain strings, shown as written.
 */
export type SessionFields = Omit<Session, "id" | "summary" | "takeaways"> & {
  /** The anchor for deep links. @default made from the title */
  id?: string | undefined;
  /** The summary's paragraphs. */
  summary?: readonly RichContent[] | RichContent | undefined;
  /** What to remember from the session. */
  takeaways?: readonly RichContent[] | undefined;
};

export interface SessionCardProps extends SessionFields, Omit<ComponentPropsWithRef<"article">, keyof SessionFields | "children"> {
  /**
   * Level of the session's title, to fit the page's outline.
   * @default 2
   */
  headingLevel?: HeadingLevel | undefined;
  /**
   * `full`: everything. `compact`: title, byline and first paragraph, for indexes and sidebars.
   * @default "full"
   */
  variant?: "full" | "compact" | undefined;
  /**
   * `card`: a box of its own, for a session shown alone (a highlight, a sidebar).
   * `section`: an open section of a longer page, set apart from the next by a rule; `RecapArticle` uses it.
   * @default "card"
   */
  appearance?: "card" | "section" | undefined;
  /**
   * How the byline shows the speakers: a sentence, or one row per person.
   * @default "list" from five speakers on, or from three with roles (a panel); "inline" otherwise
   */
  bylineVariant?: "inline" | "list" | undefined;
  /**
   * BCP 47 language of the recap: joining words follow it (and dates, when the session has no
   * `dateText` from `parseRecap`).
   * @default "en"
   */
  language?: string | undefined;
  /**
   * How the byline joins the last names.
   * @default "and"
   */
  conjunction?: Conjunction | undefined;
  /**
   * Show the speakers' avatars in the byline (their picture, or their initials).
   * @default true when at least one speaker has a picture
   */
  showAvatars?: boolean | undefined;
  /**
   * Text overrides; English by default.
   * @default {}
   */
  labels?: Partial<RecapLabels> | undefined;
  /** Replaces the summary, for composing the body in JSX. */
  children?: ReactNode | undefined;
}

/**
 * One session of a recap: an `<article>` with a real heading, a self-link for deep links, its
 * track and format as badges, who spoke, the summary, the takeaways and the resources.
 */
export function SessionCard({ headingLevel = 2, variant = "full", appearance = "card", language = "en", ...session }: SessionCardProps) {
  const { id, title, date, dateText, timeText } = session;
  // What parseRecap writes once (the anchor, the date in the recap's language), made here for a
  // session written by hand; the defaults again, where Storybook's tables read them.
  return ParsedSessionCard({
    ...session,
    headingLevel,
    variant,
    appearance,
    language,
    id: id ?? anchorFor(title),
    dateText: date ? (dateText ?? formatDate(date, language)) : dateText,
    timeText: date ? (timeText ?? formatTime(date, language)) : timeText,
  });
}

/**
 * A session of a parsed recap, whose anchor and dates `parseRecap` wrote: what `RecapArticle`
 * renders, so that a page of a parsed recap carries no date formatting and no slugs.
 */
export function ParsedSessionCard({
  id,
  title,
  code,
  date,
  dateText,
  timeText,
  speakers,
  track,
  format,
  summary,
  takeaways,
  resources,
  tags,
  headingLevel = 2,
  variant = "full",
  appearance = "card",
  bylineVariant,
  language = "en",
  conjunction,
  showAvatars,
  labels,
  children,
  className,
  ...rest
}: SessionCardProps) {
  const l = mergeLabels(cardLabels, labels);
  const anchor = id;
  const compact = variant === "compact";
  const day = dateText;
  const time = timeText;
  const badges = compact
    ? []
    : [
        track ? (
          <Badge key="track" className="rk-MetaItem" kind="track" label={l.track} labels={labels}>
            <bdi>{track}</bdi>
          </Badge>
        ) : null,
        format ? (
          <Badge key="format" className="rk-MetaItem" kind="format" label={l.format} labels={labels}>
            {l.formats[format]}
          </Badge>
        ) : null,
        code ? (
          <Badge key="code" className="rk-MetaItem" kind="code" label={l.sessionCode} labels={labels}>
            {code}
          </Badge>
        ) : null,
      ].filter(Boolean);

  return (
    <article
      aria-label={title}
      {...rest}
      id={anchor}
      className={clsx("rk-SessionCard", className)}
      data-variant={variant}
      data-appearance={appearance}
    >
      <header className="rk-SessionCard-header">
        <div className="rk-SessionCard-heading">
          <Heading level={headingLevel} className="rk-SessionCard-title">
            {title}
          </Heading>{" "}
          <a className="rk-Link rk-SessionCard-anchor" href={`#${anchor}`}>
            <span aria-hidden="true">#</span>
            <span className="rk-visually-hidden">{fillText(l.linkToSession, { title })}</span>
          </a>
        </div>
        {badges.length > 0 || date ? (
          <p className="rk-SessionCard-meta">
            {spaced([
              ...badges,
              date ? (
                <time key="date" className="rk-MetaItem rk-SessionCard-date" dateTime={date}>
                  {time ? fillText(l.dateAtTime, { date: day ?? date, time }) : day}
                </time>
              ) : null,
            ])}
          </p>
        ) : null}
        <SpeakerByline
          speakers={speakers}
          variant={bylineVariant}
          language={language}
          conjunction={conjunction}
          showAvatars={showAvatars ?? speakers.some((speaker) => speaker.avatar)}
          labels={labels}
        />
      </header>
      {children !== undefined ? (
        <div className="rk-SessionCard-body">{children}</div>
      ) : (
        <Prose className="rk-SessionCard-summary" paragraphs={summary} firstOnly={compact} />
      )}
      {compact ? null : (
        <>
          <TakeawayList takeaways={takeaways} headingLevel={subLevel(headingLevel)} labels={labels} />
          <ResourceLinks resources={resources} sessionTitle={title} labels={labels} />
          <TagList tags={tags} label={l.tags} className="rk-SessionCard-tags" />
        </>
      )}
    </article>
  );
}
