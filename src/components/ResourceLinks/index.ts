export type { ResourceLinksProps } from "./ResourceLinks.js";
export { ResourceLinks } from "./ResourceLinks.js";
