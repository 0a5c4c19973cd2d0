export type { SessionIndexProps } from "./SessionIndex.js";
export { SessionIndex } from "./SessionIndex.js";
