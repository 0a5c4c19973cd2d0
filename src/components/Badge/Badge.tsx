import { clsx } from "clsx";
import type { ComponentPropsWithRef, ReactNode } from "react";

export interface BadgeProps extends ComponentPropsWithRef<"span"> {
  /**
   * What the badge says, for people who cannot see it as a badge: read before the content
   * by screen readers ("Track: ServiceMeshCon 2021"), hidden on screen.
   */
  label: string;
  /**
   * What kind of fact the badge shows; styles may differ per kind, but the text always says it.
   * @default "track"
   */
  kind?: "track" | "format" | "code" | "tag" | undefined;
  /** The visible text. */
  children: ReactNode;
}

/**
 * A short fact about a session (its track, format or programme code) shown as a badge.
 * It never relies on colour: the text and a border carry it, and a hidden label names it.
 */
export function Badge({ label, kind = "track", className, children, ...rest }: BadgeProps) {
  return (
    <span {...rest} className={clsx("rk-Badge", className)} data-kind={kind}>
      <span className="rk-visually-hidden">{label}:</span> {children}
    </span>
  );
}
