export type { RecapJsonLdProps } from "./RecapJsonLd.js";
export { RecapJsonLd } from "./RecapJsonLd.js";
