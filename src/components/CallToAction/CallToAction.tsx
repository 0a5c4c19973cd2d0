import { clsx } from "clsx";
import type { ComponentPropsWithRef } from "react";
import type { CallToActionData } from "../../model/parsed.js";
import { linkProps } from "../../model/url.js";
import { Heading, type HeadingLevel } from "../Heading/Heading.js";
import { Prose } from "../Prose/Prose.js";
import type { RichContent } from "../Prose/RichText.js";

/** The call to action's fields, as `parseRecap` gives them; by hand, the body may be plain strings. */
export type CallToActionFields = Omit<CallToActionData, "body"> & { body?: readonly RichContent[] | RichContent | undefined };

export interface CallToActionProps extends CallToActionFields, Omit<ComponentPropsWithRef<"section">, "title" | "children"> {
  /**
   * Level of the heading, to fit the page's outline.
   * @default 2
   */
  headingLevel?: HeadingLevel | undefined;
}

/**
 * How to get in touch: a heading, a few words, and one link styled as a button. Without a
 * URL that may be a link, it is a note: the label is shown as text rather than as a dead button.
 */
export function CallToAction({ title, body, label, url, headingLevel = 2, className, ...rest }: CallToActionProps) {
  const link = linkProps(url);
  // An address to write to stays readable on paper, where nothing else of the box is of use.
  const mail = link && /^mailto:/i.test(link.href) ? link.href.slice(7).split("?")[0] || undefined : undefined;
  return (
    <section {...rest} className={clsx("rk-CallToAction", className)} data-action={mail ? "mail" : link ? "link" : "none"}>
      <Heading level={headingLevel} className="rk-CallToAction-title">
        {title}
      </Heading>
      <Prose className="rk-CallToAction-body" paragraphs={body} />
      {link ? (
        <a className="rk-Link rk-CallToAction-action" {...link} data-address={mail}>
          <span className="rk-CallToAction-actionLabel">{label ?? url}</span>
        </a>
      ) : label || url ? (
        <p className="rk-CallToAction-label">{[label, url].filter(Boolean).join(" ")}</p>
      ) : null}
    </section>
  );
}
