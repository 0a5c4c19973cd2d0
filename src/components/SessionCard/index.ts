export type { SessionCardProps, SessionFields } from "./SessionCard.js";
export { SessionCard } from "./SessionCard.js";
