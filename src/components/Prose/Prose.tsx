import { clsx } from "clsx";
import type { ComponentPropsWithRef } from "react";
import { renderInline } from "../../model/renderInline.js";
import { type Paragraphs, toParagraphs } from "../../model/types.js";

export interface ProseProps extends Omit<ComponentPropsWithRef<"div">, "children"> {
  /** One paragraph or several, each with inline markup. Nothing is rendered when empty. */
  paragraphs: Paragraphs | undefined;
  /**
   * Show only the first paragraph (for compact cards).
   * @default false
   */
  firstOnly?: boolean | undefined;
}

/** Paragraphs of running text with inline markup, as real `<p>` elements. */
export function Prose({ paragraphs, firstOnly = false, className, ...rest }: ProseProps) {
  const list = toParagraphs(paragraphs).filter((paragraph) => paragraph.trim() !== "");
  if (list.length === 0) return null;
  return (
    <div {...rest} className={clsx("rk-Prose", className)}>
      {(firstOnly ? list.slice(0, 1) : list).map((paragraph, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: paragraphs have no identity but their place.
        <p key={index} className="rk-Prose-paragraph">
          {renderInline(paragraph)}
        </p>
      ))}
    </div>
  );
}
