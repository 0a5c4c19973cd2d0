import type { RecapLabels } from "./types.js";

// Grouped per component so that a component pulls in only the English text it shows.

export const bylineLabels = {
  personWithRole: "{name} ({role})",
  namesWithAffiliation: "{names}, {affiliation}",
  groupSeparator: "; ",
  groupLast: "; and ",
  listSeparator: ", ",
  andBetween: ", ",
  andLast: ", and ",
  andPair: " and ",
  speakers: "Speakers",
} satisfies Partial<RecapLabels>;

export const badgeLabels = {
  hiddenLabel: "{label}:",
  sessionCode: "Session code",
  track: "Track",
  format: "Format",
  tags: "Tags",
  formats: { keynote: "Keynote", talk: "Talk", panel: "Panel", workshop: "Workshop", lightning: "Lightning talk", other: "Session" },
} satisfies Partial<RecapLabels>;

export const resourceLabels = {
  resources: "Resources",
  resourceKinds: { slides: "Slides", recording: "Recording", repo: "Repository", article: "Article", docs: "Docs", other: "Link" },
  resourceContext: "for “{title}”",
  resourceKindPrefix: "{kind}: ",
} satisfies Partial<RecapLabels>;

export const takeawayLabels = {
  keyTakeaways: "Key takeaways",
} satisfies Partial<RecapLabels>;

export const sessionLabels = {
  dateAtTime: "{date}, {time}",
  linkToSession: "Link to this session: {title}",
} satisfies Partial<RecapLabels>;

export const relatedLabels = {
  relatedReads: "What others have also read",
  ellipsis: "…",
} satisfies Partial<RecapLabels>;

export const articleLabels = {
  recapTakeaways: "Our takeaways",
  otherSessions: "More sessions",
  sessionIndex: "Sessions in this recap",
  byAuthors: "By {authors}",
  published: "Published {date}",
  publisher: "Published by {publisher}",
  publishedBy: "Published {date} by {publisher}",
  updated: "Updated {date}",
  readingTime: { other: "{minutes} min read" },
  event: "Event",
  invalidDocument: { one: "This recap document has {count} problem", other: "This recap document has {count} problems" },
  wholeDocument: "(document)",
} satisfies Partial<RecapLabels>;

/** The English labels, complete. */
// A marked-pure call, unlike an object spread, lets bundlers drop it when only one group is used.
export const en: RecapLabels = /* @__PURE__ */ Object.assign(
  {},
  bylineLabels,
  badgeLabels,
  resourceLabels,
  takeawayLabels,
  sessionLabels,
  relatedLabels,
  articleLabels,
);
