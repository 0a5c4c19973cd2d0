export type { ProseProps } from "./Prose.js";
export { Prose } from "./Prose.js";
export type { RichContent } from "./RichText.js";
