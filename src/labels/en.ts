import { articleLabels, invalidLabels, relatedLabels } from "./en/article.js";
import { badgeLabels, bylineLabels, resourceLabels, sessionLabels, takeawayLabels } from "./en/session.js";
import type { RecapLabels } from "./types.js";

// The groups live in two modules (en/session.ts, en/article.ts); components import them from there.
export { articleLabels, badgeLabels, bylineLabels, invalidLabels, relatedLabels, resourceLabels, sessionLabels, takeawayLabels };

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
  invalidLabels,
);
