import { clsx } from "clsx";
import type { ComponentPropsWithRef, ReactNode } from "react";
import { fillText } from "../../format/template.js";
import { badgeLabels } from "../../labels/en/session.js";
import { mergeLabels } from "../../labels/merge.js";
import type { RecapLabels } from "../../labels/types.js";

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
  /**
   * Text overrides; English by default. `hiddenLabel` punctuates the label in the page's script
   * ("Track:", "Parcours\u202f:", "トラック：").
   * @default {}
   */
  labels?: Partial<RecapLabels> | undefined;
}

/**
 * A short fact about a session (its track, format or programme code) shown as a badge.
 * It never relies on colour: the text and a border carry it, and a hidden label names it.
 */
export function Badge({ label, kind = "track", labels, className, children, ...rest }: BadgeProps) {
  const l = mergeLabels(badgeLabels, labels);
  return (
    <span {...rest} className={clsx("rk-Badge", className)} data-kind={kind}>
      <span className="rk-visually-hidden">{fillText(l.hiddenLabel, { label })}</span> {children}
    </span>
  );
}
