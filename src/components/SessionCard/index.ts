export type { SessionCardProps } from "./SessionCard.js";
export { SessionCard } from "./SessionCard.js";
