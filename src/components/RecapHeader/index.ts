export type { RecapHeaderProps } from "./RecapHeader.js";
export { RecapHeader } from "./RecapHeader.js";
