export type { HeadingLevel } from "./Heading.js";
