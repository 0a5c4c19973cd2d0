export { en } from "./en.js";
export type { RecapLabels } from "./types.js";
