export * from "./components/Badge/index.js";
export type { Conjunction } from "./format/list.js";
export type { RecapLabels } from "./labels/index.js";
export { en } from "./labels/index.js";
export * from "./model/index.js";
