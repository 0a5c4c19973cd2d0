import { clsx } from "clsx";
import { type ComponentPropsWithRef, Fragment, type ReactNode } from "react";
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
   * @default "inline" for up to four people, "list" from five on (a panel)
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

type BylineLabels = Pick<RecapLabels, "groupSeparator" | "groupLast" | "namesWithAffiliation" | "personWithRole">;

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
  // three or four people whose names, roles and organisations run over two lines of a phone.
  const layout =
    variant ??
    (speakers.length > 4 ||
    (speakers.length > 2 && speakers.map((person) => person.name + (person.role ?? "") + (person.affiliation ?? "")).join("").length > 100)
      ? "list"
      : "inline");
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
        <p className="rk-SpeakerByline-text">{inline(speakers, conjunction, words, l, avatar)}</p>
      )}
    </div>
  );
}

/**
 * The byline as a sentence, people of one organisation grouped: "A, Tilt and B, Datadog", or from
 * three groups on "A, CNCF; B, Isovalent; and C, Google". Each person and organisation is a piece
 * that moves to the next line whole, and the text between two pieces is split where its words
 * start: its punctuation ends the piece before, its words ("and ") start the piece after, so that
 * no line holds a comma, a semicolon or an "and" alone.
 */
function inline(
  speakers: readonly Person[],
  conjunction: Conjunction,
  words: ListWords,
  l: BylineLabels,
  avatar: (person: Person) => ReactNode,
): ReactNode {
  const groups = groupByAffiliation(speakers);
  const between =
    groups.length < 3 ? words : { between: l.groupSeparator, last: conjunction === "ampersand" ? `${l.groupSeparator}& ` : l.groupLast };
  // Per group, its pieces: [space before, class, words before, the piece, punctuation after].
  const pieces: ReactNode[][][] = groups.map(() => []);
  let last: ReactNode[] = [];
  let text = "";
  const add = (group: number, className: string, node?: ReactNode) => {
    // Up to the first letter or opening bracket: punctuation that ends the piece before.
    const [, trail, space, lead] = /^([^\s\p{L}\p{Ps}]*)(\s*)(.*)$/su.exec(text) as unknown as string[];
    last.push(trail);
    last = [space, className, lead, node];
    pieces[group]?.push(last);
    text = "";
  };
  const join = (index: number, count: number, list: ListWords) => {
    text += index === 0 ? "" : index < count - 1 ? list.between : count === 2 ? (list.pair ?? list.last) : list.last;
  };
  groups.forEach((group, index) => {
    join(index, groups.length, between);
    // The template's text and its places: "{names}, {affiliation}".
    (group.affiliation ? l.namesWithAffiliation : "{names}").split(/\{(names|affiliation)\}/).forEach((part, at) => {
      if (at % 2 === 0) text += part;
      else if (part === "names")
        group.people.forEach((person, position) => {
          join(position, group.people.length, words);
          add(
            index,
            "rk-SpeakerByline-person",
            <>
              {avatar(person)}
              {person.role
                ? fillNodes(l.personWithRole, { name: name(person), role: <bdi className="rk-SpeakerByline-role">{person.role}</bdi> })
                : name(person)}
            </>,
          );
        });
      else add(index, "rk-SpeakerByline-affiliation", <bdi>{group.affiliation}</bdi>);
    });
  });
  last.push(text);
  return pieces.map((own, index) => (
    // biome-ignore lint/suspicious/noArrayIndexKey: groups have no identity but their place.
    <Fragment key={index}>
      {own[0]?.[0]}
      <span className="rk-SpeakerByline-group">
        {own.map(([space, className, lead, node, trail], at) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: pieces have no identity but their place.
          <Fragment key={at}>
            {at > 0 ? space : null}
            <span className={className as string}>
              {lead}
              {node}
              {trail}
            </span>
          </Fragment>
        ))}
      </span>
    </Fragment>
  ));
}
