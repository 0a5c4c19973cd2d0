export type { BadgeProps } from "./Badge.js";
export { Badge } from "./Badge.js";
