import type { ComponentPropsWithRef, ReactNode } from "react";
import { type Conjunction, joinNodes } from "../../format/list.js";
import { fillNodes } from "../../format/template.js";
import { bylineLabels } from "../../labels/en.js";
import type { RecapLabels } from "../../labels/types.js";
import { withDefaults } from "../../labels/withDefaults.js";
import type { Person } from "../../model/types.js";
import { linkProps } from "../../model/url.js";
import { Avatar } from "../Avatar/Avatar.js";
import { classNames } from "../classNames.js";
import { groupByAffiliation } from "./groupByAffiliation.js";

export interface SpeakerBylineProps extends Omit<ComponentPropsWithRef<"div">, "children"> {
  /** Who spoke (or wrote), in order. Nothing is rendered for an empty list. */
  speakers: readonly Person[];
  /**
   * `inline`: one sentence, people of one organisation grouped ("A & B, Tilt").
   * `list`: one row per person, with avatar, role and organisation.
   * @default "inline"
   */
  variant?: "inline" | "list";
  /**
   * How the last names are joined: the language's own word ("and", "und", "et") or "&".
   * @default "and"
   */
  conjunction?: Conjunction;
  /**
   * Show avatars (the picture, or initials when there is none or it fails to load).
   * @default true for `list`, false for `inline`
   */
  showAvatars?: boolean;
  /**
   * Avatar size in CSS pixels.
   * @default 40 for `list`, 24 for `inline`
   */
  avatarSize?: number;
  /**
   * BCP 47 language of the recap: joining words and initials follow it.
   * @default "en"
   */
  language?: string | undefined;
  /**
   * Text overrides; English by default.
   * @default {}
   */
  labels?: Partial<RecapLabels> | undefined;
}

interface PersonParts {
  language: string;
  showAvatar: boolean;
  avatarSize: number;
}

function name(person: Person): ReactNode {
  const link = linkProps(person.url);
  const text = <bdi className="rk-SpeakerByline-name">{person.name}</bdi>;
  return link ? (
    <a className="rk-SpeakerByline-link" {...link}>
      {text}
    </a>
  ) : (
    text
  );
}

function avatar(person: Person, { language, showAvatar, avatarSize }: PersonParts): ReactNode {
  return showAvatar ? <Avatar name={person.name} src={person.avatar} size={avatarSize} language={language} /> : null;
}

/**
 * Who spoke, for which organisation. Names wrap and never truncate; every name and
 * organisation is isolated (`<bdi>`) so that a right-to-left name cannot scramble the line.
 */
export function SpeakerByline({
  speakers,
  variant = "inline",
  conjunction = "and",
  showAvatars,
  avatarSize,
  language = "en",
  labels,
  className,
  ...rest
}: SpeakerBylineProps) {
  if (speakers.length === 0) return null;
  const l = withDefaults(bylineLabels, labels);
  const parts: PersonParts = {
    language,
    showAvatar: showAvatars ?? variant === "list",
    avatarSize: avatarSize ?? (variant === "list" ? 40 : 24),
  };
  const root = { ...rest, className: classNames("rk-SpeakerByline", className), "data-variant": variant };

  if (variant === "list") {
    return (
      <div {...root}>
        <ul className="rk-SpeakerByline-list" aria-label={l.speakers}>
          {speakers.map((person, index) => {
            const details = [person.role, person.affiliation].filter((value): value is string => Boolean(value));
            return (
              // biome-ignore lint/suspicious/noArrayIndexKey: two speakers may share a name; order is their identity.
              <li className="rk-SpeakerByline-item" key={index}>
                {avatar(person, parts)}
                <span className="rk-SpeakerByline-details">
                  {name(person)}
                  {details.length > 0 ? (
                    <span className="rk-SpeakerByline-meta">
                      {joinNodes(
                        details.map((detail) => <bdi key={detail}>{detail}</bdi>),
                        language,
                        "unit",
                      )}
                    </span>
                  ) : null}
                </span>
              </li>
            );
          })}
        </ul>
      </div>
    );
  }

  const groups = groupByAffiliation(speakers).map((group, groupIndex) => {
    const people = group.people.map((person, index) => {
      const named = person.role
        ? fillNodes(l.personWithRole, { name: name(person), role: <bdi className="rk-SpeakerByline-role">{person.role}</bdi> })
        : name(person);
      return (
        // biome-ignore lint/suspicious/noArrayIndexKey: two speakers may share a name; order is their identity.
        <span className="rk-SpeakerByline-person" key={index}>
          {avatar(person, parts)}
          {named}
        </span>
      );
    });
    const names = joinNodes(people, language, conjunction);
    return (
      // biome-ignore lint/suspicious/noArrayIndexKey: groups have no identity but their place.
      <span className="rk-SpeakerByline-group" key={groupIndex}>
        {group.affiliation
          ? fillNodes(l.namesWithAffiliation, {
              names,
              affiliation: <bdi className="rk-SpeakerByline-affiliation">{group.affiliation}</bdi>,
            })
          : names}
      </span>
    );
  });

  return (
    <div {...root}>
      <p className="rk-SpeakerByline-text">{joinNodes(groups, language, conjunction)}</p>
    </div>
  );
}
