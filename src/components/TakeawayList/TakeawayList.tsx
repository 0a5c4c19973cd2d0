import { clsx } from "clsx";
import type { ComponentPropsWithRef } from "react";
import { takeawayLabels } from "../../labels/en/session.js";
import { mergeLabels } from "../../labels/merge.js";
import type { RecapLabels } from "../../labels/types.js";
import { Heading, type HeadingLevel } from "../Heading/Heading.js";
import { type RichContent, renderRichContent } from "../Prose/RichText.js";

export interface TakeawayListProps extends Omit<ComponentPropsWithRef<"div">, "children"> {
  /**
   * What to remember: `parseRecap`'s rich text (inline markup read), or plain strings, shown as
   * written. Nothing is rendered for an empty list.
   */
  takeaways: readonly RichContent[] | undefined;
  /**
   * The heading text; `false` leaves the heading out (the list then takes it as its accessible name).
   * @default labels.keyTakeaways ("Key takeaways")
   */
  heading?: string | false | undefined;
  /**
   * Level of the heading, to fit the page's outline.
   * @default 3
   */
  headingLevel?: HeadingLevel | undefined;
  /**
   * A numbered list, for takeaways whose order matters.
   * @default false
   */
  ordered?: boolean | undefined;
  /**
   * Text overrides; English by default.
   * @default {}
   */
  labels?: Partial<RecapLabels> | undefined;
}

/** What to remember from a session or a whole recap, as a real list under an optional heading. */
export function TakeawayList({ takeaways, heading, headingLevel = 3, ordered = false, labels, className, ...rest }: TakeawayListProps) {
  if (!takeaways || takeaways.length === 0) return null;
  const l = mergeLabels(takeawayLabels, labels);
  const title = heading === false ? undefined : (heading ?? l.keyTakeaways);
  const List = ordered ? "ol" : "ul";
  return (
    <div {...rest} className={clsx("rk-TakeawayList", className)} data-ordered={ordered ? "true" : undefined}>
      {title ? (
        <Heading level={headingLevel} className="rk-TakeawayList-heading">
          {title}
        </Heading>
      ) : null}
      <List className="rk-TakeawayList-list" aria-label={title ? undefined : l.keyTakeaways}>
        {takeaways.map((takeaway, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: two takeaways may read the same; order is their identity.
          <li className="rk-TakeawayList-item" key={index}>
            {renderRichContent(takeaway)}
          </li>
        ))}
      </List>
    </div>
  );
}
