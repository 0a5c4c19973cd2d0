// English text only the whole article shows (its header, index, related reads, and the page of an
// invalid document), grouped per component: see session.ts.
import type { RecapLabels } from "../types.js";

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
} satisfies Partial<RecapLabels>;

/** InvalidRecap's, apart: a page that renders a parsed recap never shows them. */
export const invalidLabels = {
  invalidDocument: { one: "This recap document has {count} problem", other: "This recap document has {count} problems" },
  wholeDocument: "(document)",
} satisfies Partial<RecapLabels>;
