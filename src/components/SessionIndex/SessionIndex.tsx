import { clsx } from "clsx";
import type { ComponentPropsWithRef } from "react";
import { articleLabels } from "../../labels/en/article.js";
import { mergeLabels } from "../../labels/merge.js";
import type { RecapLabels } from "../../labels/types.js";
import { assignIds } from "../../model/slug.js";

export interface SessionIndexProps extends Omit<ComponentPropsWithRef<"nav">, "children"> {
  /** The sessions to link to, in order; their `id`s are the anchors (derived from titles when absent). */
  sessions: ReadonlyArray<{ id?: string | undefined; title: string }>;
  /**
   * Text overrides; English by default.
   * @default {}
   */
  labels?: Partial<RecapLabels> | undefined;
}

/** A navigation landmark with a link to every session's anchor. Nothing is rendered without sessions. */
export function SessionIndex({ sessions, ...rest }: SessionIndexProps) {
  // parseRecap gives every session its id; sessions written by hand get theirs here.
  const ids = assignIds(sessions);
  return ParsedSessionIndex({ ...rest, sessions: sessions.map(({ title }, index) => ({ title, id: ids[index] })) });
}

/** The index of a parsed recap's sessions, each with its id: what `RecapArticle` renders. */
export function ParsedSessionIndex({ sessions, labels, className, ...rest }: SessionIndexProps) {
  if (sessions.length === 0) return null;
  const l = mergeLabels(articleLabels, labels);
  const ids = sessions.map((session) => session.id);
  return (
    <nav aria-label={l.sessionIndex} {...rest} className={clsx("rk-SessionIndex", className)}>
      <p className="rk-SessionIndex-title" aria-hidden="true">
        {l.sessionIndex}
      </p>
      <ol className="rk-SessionIndex-list">
        {sessions.map((session, index) => (
          <li className="rk-SessionIndex-item" key={ids[index]}>
            <a className="rk-Link rk-SessionIndex-link" href={`#${ids[index]}`}>
              {/* Underlined by the label: a site's rule for links in a nav (Pico's `nav li a:not(:hover)`
                  weighs more than one class) cannot take the underline from the link itself. */}
              <span className="rk-SessionIndex-label">{session.title}</span>
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
