import { clsx } from "clsx";
import type { ComponentPropsWithRef, ReactNode } from "react";
import { type Conjunction, joinNodes, type ListWords } from "../../format/list.js";
import { fillNodes } from "../../format/template.js";
import { bylineLabels } from "../../labels/en/session.js";
import { mergeLabels } from "../../labels/merge.js";
import type { RecapLabels } from "../../labels/types.js";
import type { Person } from "../../model/types.js";
import { linkProps } from "../../model/url.js";
import { Avatar } from "../Avatar/Avatar.js";
import { groupByAffiliation } from "./groupByAffiliation.js";

export interface SpeakerBylineProps extends Omit<ComponentPropsWithRef<"div">, "children"> {
  /** Who spoke (or wrote), in order. Nothing is rendered for an empty list. */
  speakers: readonly Person[];
  /**
   * `inline`: one sentence, people of one organisation grouped ("A & B, Tilt").
   * `list`: one row per person, with avatar, role and organisation.
   * @default "list" from five people on, or from three with roles (a panel); "inline" otherwise
   */
  variant?: "inline" | "list" | undefined;
  /**
   * How the last names are joined: the language's own word ("and", "und", "et") or "&".
   * @default "and"
   */
  conjunction?: Conjunction | undefined;
  /**
   * Show avatars (the picture, or initials when there is none or it fails to load).
   * @default true for `list`, false for `inline`
   */
  showAvatars?: boolean | undefined;
  /**
   * Avatar size in CSS pixels.
   * @default 40 for `list`, 24 for `inline`
   */
  avatarSize?: number | undefined;
  /**
   * BCP 47 language of the names: their initials follow it (the Turkish "İ"). The joining words come from `labels`.
   * @default "en"
   */
  language?: string | undefined;
  /**
   * Text overrides; English by default.
   * @default {}
   */
  labels?: Partial<RecapLabels> | undefined;
}

/** The name, isolated so that a right-to-left name cannot scramble the line; linked when its URL may be a link. */
function name(person: Person): ReactNode {
  const link = linkProps(person.url);
  const text = <bdi className="rk-SpeakerByline-name">{person.name}</bdi>;
  return link ? (
    <a className="rk-Link rk-SpeakerByline-link" {...link}>
      {text}
    </a>
  ) : (
    text
  );
}

type BylineText = Pick<RecapLabels, "groupSeparator" | "groupLast">;

/**
 * Joins the groups of a byline. Two groups read well with the language's own words ("A, Tilt and
 * B, Datadog"); from three on, commas would run names and organisations together, so groups are
 * set apart the way writers do it: "A, CNCF; B, Isovalent; and C, Google".
 */
function joinGroups(groups: ReactNode[], conjunction: Conjunction, words: ListWords, l: BylineText): ReactNode {
  if (groups.length < 3) return joinNodes(groups, words);
  return joinNodes(groups, { between: l.groupSeparator, last: conjunction === "ampersand" ? `${l.groupSeparator}& ` : l.groupLast });
}

/**
 * Who spoke, for which organisation. Names wrap and never truncate; every name and
 * organisation is isolated (`<bdi>`) so that a right-to-left name cannot scramble the line.
 */
export function SpeakerByline({
  speakers,
  variant,
  conjunction = "and",
  showAvatars,
  avatarSize,
  language = "en",
  labels,
  className,
  ...rest
}: SpeakerBylineProps) {
  if (speakers.length === 0) return null;
  const l = mergeLabels(bylineLabels, labels);
  // From five people on, a list by default: a sentence of ten names is hard to read; so is one of
  // three or four with their roles (a panel), which runs over many lines of a phone.
  const layout = variant ?? (speakers.length > 4 || speakers.filter((person) => person.role)[2] ? "list" : "inline");
  // The ampersand style in the labels' own punctuation ("A، B & C" in Arabic).
  const words: ListWords =
    conjunction === "ampersand" ? { between: l.listSeparator, last: " & " } : { between: l.andBetween, last: l.andLast, pair: l.andPair };
  const list = layout === "list";
  const size = avatarSize ?? (list ? 40 : 24);
  const avatar = (person: Person) =>
    (showAvatars ?? list) ? (
      <Avatar
        className={list ? undefined : "rk-SpeakerByline-avatar"}
        name={person.name}
        src={person.avatar}
        size={size}
        language={language}
      />
    ) : null;

  return (
    <div {...rest} className={clsx("rk-SpeakerByline", className)} data-variant={layout}>
      {list ? (
        <ul className="rk-SpeakerByline-list" aria-label={l.speakers}>
          {speakers.map((person, index) => {
            const details = [person.role, person.affiliation].filter((value): value is string => Boolean(value));
            return (
              // biome-ignore lint/suspicious/noArrayIndexKey: two speakers may share a name; order is their identity.
              <li className="rk-SpeakerByline-item" key={index}>
                {avatar(person)}
                <span className="rk-SpeakerByline-details">
                  {name(person)}
                  {details.length > 0 ? " " : null}
                  {details.length > 0 ? (
                    <span className="rk-SpeakerByline-meta">
                      {joinNodes(
                        details.map((detail) => <bdi key={detail}>{detail}</bdi>),
                        { between: l.listSeparator, last: l.listSeparator },
                      )}
                    </span>
                  ) : null}
                </span>
              </li>
            );
          })}
        </ul>
      ) : (
        <p className="rk-SpeakerByline-text">
          {joinGroups(
            groupByAffiliation(speakers).map((group, groupIndex) => {
              const names = joinNodes(
                group.people.map((person, index) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: two speakers may share a name; order is their identity.
                  <span className="rk-SpeakerByline-person" key={index}>
                    {avatar(person)}
                    {person.role
                      ? fillNodes(l.personWithRole, {
                          name: name(person),
                          role: <bdi className="rk-SpeakerByline-role">{person.role}</bdi>,
                        })
                      : name(person)}
                  </span>
                )),
                words,
              );
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
            }),
            conjunction,
            words,
            l,
          )}
        </p>
      )}
    </div>
  );
}
