import { clsx } from "clsx";
import type { ComponentPropsWithRef } from "react";
import { formatDate } from "../../format/date.js";
import { relatedLabels } from "../../labels/en/article.js";
import { mergeLabels } from "../../labels/merge.js";
import type { RecapLabels } from "../../labels/types.js";
import type { RelatedRead } from "../../model/parsed.js";
import { linkProps, safeSrc } from "../../model/url.js";
import { Heading, type HeadingLevel, subLevel } from "../Heading/Heading.js";

/**
 * A teaser's fields, as `parseRecap` gives them. By hand, the excerpt may be a plain string: it is
 * shown as written, whole (`parseRecap` shortens it).
 */
export type RelatedReadFields = Omit<RelatedRead, "excerpt"> & { excerpt?: RelatedRead["excerpt"] | string | undefined };

export interface RelatedReadsProps extends Omit<ComponentPropsWithRef<"section">, "children"> {
  /** The teasers, from `parseRecap`. Nothing is rendered for an empty list. */
  relatedReads: readonly RelatedReadFields[] | undefined;
  /**
   * The section's heading.
   * @default labels.relatedReads ("What others have also read")
   */
  heading?: string | undefined;
  /**
   * Level of the section's heading; each teaser's title is one level below.
   * @default 2
   */
  headingLevel?: HeadingLevel | undefined;
  /**
   * `grid`: cards side by side where there is room. `list`: one under the other.
   * @default "grid"
   */
  layout?: "grid" | "list" | undefined;
  /**
   * Show at most this many teasers.
   * @default all of them
   */
  max?: number | undefined;
  /**
   * BCP 47 language of the recap, for dates that `parseRecap` has not written already.
   * @default "en"
   */
  language?: string | undefined;
  /**
   * Text overrides; English by default.
   * @default {}
   */
  labels?: Partial<RecapLabels> | undefined;
}

/**
 * "What others have also read": teasers with one link each that covers the card, named by the
 * teaser's title or, when it has none, by the start of its excerpt: never "Read more".
 */
export function RelatedReads({ headingLevel = 2, layout = "grid", language = "en", relatedReads, ...rest }: RelatedReadsProps) {
  // parseRecap writes dates in the recap's language once; teasers written by hand get theirs here.
  const reads = relatedReads?.map((read) =>
    read.date && read.dateText === undefined ? { ...read, dateText: formatDate(read.date, language) } : read,
  );
  return ParsedRelatedReads({ ...rest, headingLevel, layout, language, relatedReads: reads });
}

/** A parsed recap's related reads, their dates written: what `RecapArticle` renders. */
export function ParsedRelatedReads({
  relatedReads,
  heading,
  headingLevel = 2,
  layout = "grid",
  max,
  language = "en",
  labels,
  className,
  id,
  ...rest
}: RelatedReadsProps) {
  const reads = relatedReads?.slice(0, max ?? relatedReads.length) ?? [];
  if (reads.length === 0) return null;
  const l = mergeLabels(relatedLabels, labels);
  const headingId = id ? `${id}-heading` : undefined;
  const teaserLevel = subLevel(headingLevel);

  return (
    <section {...rest} id={id} aria-labelledby={headingId} className={clsx("rk-RelatedReads", className)} data-layout={layout}>
      <Heading level={headingLevel} id={headingId} className="rk-RelatedReads-heading">
        {heading ?? l.relatedReads}
      </Heading>
      <ul className="rk-RelatedReads-list">
        {reads.map((read, index) => {
          const link = linkProps(read.url);
          // Shortened by parseRecap, at a word; one written by hand is shown whole.
          const shown = read.shortExcerpt ?? (typeof read.excerpt === "string" ? read.excerpt : read.excerpt?.text);
          const image = read.image ? safeSrc(read.image.src) : undefined;
          const title = read.title ? (
            <Heading level={teaserLevel} className="rk-RelatedReads-title">
              {link ? (
                <a className="rk-Link rk-RelatedReads-link" {...link}>
                  {read.title}
                </a>
              ) : (
                read.title
              )}
            </Heading>
          ) : null;
          // Without a title, the start of the excerpt carries the link and names it.
          const excerptLead = !read.title && link && shown ? (read.linkText ?? shown) : undefined;
          return (
            // biome-ignore lint/suspicious/noArrayIndexKey: teasers may lack both title and URL; order is their identity.
            <li className="rk-RelatedReads-item" key={index}>
              <article className="rk-RelatedReads-teaser" data-linked={link ? "true" : "false"} data-titled={read.title ? "true" : "false"}>
                {title}
                {shown ? (
                  <p className="rk-RelatedReads-excerpt">
                    {excerptLead ? (
                      <>
                        <a className="rk-Link rk-RelatedReads-link" {...link}>
                          {excerptLead}
                        </a>
                        {shown.slice(excerptLead.length)}
                      </>
                    ) : (
                      shown
                    )}
                  </p>
                ) : null}
                {read.date ? (
                  <time className="rk-RelatedReads-date" dateTime={read.date}>
                    {read.dateText ?? read.date}
                  </time>
                ) : null}
                {read.image && image ? (
                  <img
                    className="rk-RelatedReads-image"
                    src={image}
                    alt={read.image.alt}
                    width={read.image.width}
                    height={read.image.height}
                    loading="lazy"
                    decoding="async"
                  />
                ) : null}
              </article>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
