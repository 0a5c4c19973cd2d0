export type { RelatedReadsProps } from "./RelatedReads.js";
export { RelatedReads } from "./RelatedReads.js";
