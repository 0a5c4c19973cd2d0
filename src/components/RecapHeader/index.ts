export type { RecapHeaderFields, RecapHeaderProps } from "./RecapHeader.js";
export { RecapHeader } from "./RecapHeader.js";
