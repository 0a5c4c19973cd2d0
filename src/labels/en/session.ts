// English text of a session and its parts (byline, badges, resources, takeaways), grouped per
// component so that a component pulls in only the text it shows, and in a module apart from the
// article's so that a route showing a card alone loads none of the article's text.
import type { RecapLabels } from "../types.js";

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
