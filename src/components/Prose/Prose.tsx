import { clsx } from "clsx";
import type { ComponentPropsWithRef } from "react";
import { type RichContent, renderRichContent } from "./RichText.js";

export interface ProseProps extends Omit<ComponentPropsWithRef<"div">, "children"> {
  /**
   * Paragraphs of running text: `parseRecap`'s rich text (inline markup read), or plain strings,
   * shown as written. Nothing is rendered when empty.
   */
  paragraphs: readonly RichContent[] | RichContent | undefined;
  /**
   * Show only the first paragraph (for compact cards).
   * @default false
   */
  firstOnly?: boolean | undefined;
}

/** Paragraphs of running text with inline markup, as real `<p>` elements. */
export function Prose({ paragraphs, firstOnly = false, className, ...rest }: ProseProps) {
  const given =
    paragraphs === undefined ? [] : Array.isArray(paragraphs) ? (paragraphs as readonly RichContent[]) : [paragraphs as RichContent];
  // parseRecap leaves no empty paragraph; strings written by hand may have them.
  const list = given.filter((paragraph) => typeof paragraph !== "string" || paragraph.trim() !== "");
  if (list.length === 0) return null;
  return (
    <div {...rest} className={clsx("rk-Prose", className)}>
      {(firstOnly ? list.slice(0, 1) : list).map((paragraph, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: paragraphs have no identity but their place.
        <p key={index} className="rk-Prose-paragraph">
          {renderRichContent(paragraph)}
        </p>
      ))}
    </div>
  );
}
