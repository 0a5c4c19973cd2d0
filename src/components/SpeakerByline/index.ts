export { type AffiliationGroup, groupByAffiliation } from "./groupByAffiliation.js";
export type { SpeakerBylineProps } from "./SpeakerByline.js";
export { SpeakerByline } from "./SpeakerByline.js";
