import { clsx } from "clsx";
import type { ComponentPropsWithRef } from "react";
import { fillText } from "../../format/template.js";
import { resourceLabels } from "../../labels/en/session.js";
import { mergeLabels } from "../../labels/merge.js";
import type { RecapLabels } from "../../labels/types.js";
import type { Resource } from "../../model/types.js";
import { linkProps } from "../../model/url.js";
import { ResourceIcon } from "./ResourceIcon.js";

export interface ResourceLinksProps extends Omit<ComponentPropsWithRef<"ul">, "children"> {
  /** Slides, recordings, repositories… Nothing is rendered for an empty list. */
  resources: readonly Resource[] | undefined;
  /**
   * Title of the session they belong to: added, unseen, to each link's accessible name, so that
   * ten "Slides" links on one page are still told apart.
   */
  sessionTitle?: string | undefined;
  /**
   * Text overrides; English by default.
   * @default {}
   */
  labels?: Partial<RecapLabels> | undefined;
}

/**
 * A session's resources as typed links: a default label per kind ("Slides", "Recording" …),
 * a decorative icon, and an accessible name that names the session. A URL that may not be a
 * link is shown as text instead.
 */
export function ResourceLinks({ resources, sessionTitle, labels, className, ...rest }: ResourceLinksProps) {
  if (!resources || resources.length === 0) return null;
  const l = mergeLabels(resourceLabels, labels);
  return (
    <ul aria-label={l.resources} {...rest} className={clsx("rk-ResourceLinks", className)}>
      {resources.map((resource, index) => {
        const kindLabel = l.resourceKinds[resource.kind];
        const label = resource.label ?? kindLabel;
        // The icon shows the kind; with a label of its own, the words must say it too.
        const kind = resource.label ? (
          <span className="rk-visually-hidden">{fillText(l.resourceKindPrefix, { kind: kindLabel })}</span>
        ) : null;
        const link = linkProps(resource.url);
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: a session may list one URL twice; order is their identity.
          <li className="rk-ResourceLinks-item" key={index} data-kind={resource.kind}>
            {link ? (
              <a className="rk-Link rk-ResourceLinks-link" {...link}>
                <ResourceIcon kind={resource.kind} />
                <span className="rk-ResourceLinks-label">
                  {kind}
                  {label}
                </span>
                {sessionTitle ? (
                  <>
                    {" "}
                    <span className="rk-visually-hidden">{fillText(l.resourceContext, { title: sessionTitle })}</span>
                  </>
                ) : null}
              </a>
            ) : (
              <span className="rk-ResourceLinks-text">
                <ResourceIcon kind={resource.kind} />
                <span className="rk-ResourceLinks-label">
                  {kind}
                  {label}
                </span>{" "}
                <span className="rk-ResourceLinks-url">{resource.url}</span>
              </span>
            )}
          </li>
        );
      })}
    </ul>
  );
}
