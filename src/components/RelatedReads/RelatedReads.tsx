import { clsx } from "clsx";
import type { ComponentPropsWithRef } from "react";
import { formatDate } from "../../format/date.js";
import { recent } from "../../format/memo.js";
import { shorten } from "../../format/shorten.js";
import { relatedLabels } from "../../labels/en.js";
import type { RecapLabels } from "../../labels/types.js";
import { withDefaults } from "../../labels/withDefaults.js";
import { inlineToText } from "../../model/inline.js";
import type { RelatedRead } from "../../model/types.js";
import { linkProps, safeSrc } from "../../model/url.js";
import { Heading, type HeadingLevel, subLevel } from "../Heading/Heading.js";

export interface RelatedReadsProps extends Omit<ComponentPropsWithRef<"section">, "children"> {
  /** The teasers. Nothing is rendered for an empty list. */
  relatedReads: readonly RelatedRead[] | undefined;
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
   * Excerpts longer than this many characters are shortened for display (the data stays whole).
   * @default 180
   */
  excerptLength?: number | undefined;
  /**
   * BCP 47 language of the recap: dates and shortening follow it.
   * @default "en"
   */
  language?: string | undefined;
  /**
   * Text overrides; English by default.
   * @default {}
   */
  labels?: Partial<RecapLabels> | undefined;
}

// Excerpts can be a whole article long: read each once, however often the page is rendered.
const plainText = /* @__PURE__ */ recent(200, inlineToText);

/** How long a link's accessible name may be when it has to come from the excerpt. */
const NAME_FROM_EXCERPT = 80;

/**
 * "What others have also read": teasers with one link each that covers the card, named by the
 * teaser's title or, when it has none, by the start of its excerpt: never "Read more".
 */
export function RelatedReads({
  relatedReads,
  heading,
  headingLevel = 2,
  layout = "grid",
  max,
  excerptLength = 180,
  language = "en",
  labels,
  className,
  id,
  ...rest
}: RelatedReadsProps) {
  const reads = relatedReads?.slice(0, max ?? relatedReads.length) ?? [];
  if (reads.length === 0) return null;
  const l = withDefaults(relatedLabels, labels);
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
          const excerpt = read.excerpt ? plainText(read.excerpt) : undefined;
          const shown = excerpt ? shorten(excerpt, excerptLength, language, l.ellipsis) : undefined;
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
          const excerptLead = !read.title && link && shown ? shorten(shown, NAME_FROM_EXCERPT, language, "") : undefined;
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
                    {formatDate(read.date, language)}
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
