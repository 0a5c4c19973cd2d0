import { clsx } from "clsx";
import type { ComponentPropsWithRef } from "react";

/** Heading levels a component may use for its own title; `h1` is the page's, not a component's. */
export type HeadingLevel = 2 | 3 | 4 | 5 | 6;

export interface HeadingProps extends ComponentPropsWithRef<"h2"> {
  /** Which heading element to render. */
  level: HeadingLevel | 1;
}

/**
 * A real heading element of the given level, so the page outline stays correct wherever a component
 * sits. Every one carries `rk-Heading`, which gives it the heading tokens (family, weight).
 */
export function Heading({ level, className, ...rest }: HeadingProps) {
  const Tag = `h${level}` as const;
  return <Tag {...rest} className={clsx("rk-Heading", className)} />;
}

/** The level of a page's title: `h1` where the recap is the page, lower under a host page's own title. */
export type TitleLevel = 1 | HeadingLevel;

/** The level below `level`, never deeper than `h6`. */
export function subLevel(level: HeadingLevel | 1): HeadingLevel {
  return Math.min(level + 1, 6) as HeadingLevel;
}
