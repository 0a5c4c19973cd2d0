export type { RelatedReadFields, RelatedReadsProps } from "./RelatedReads.js";
export { RelatedReads } from "./RelatedReads.js";
