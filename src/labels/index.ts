export { en } from "./en.js";
export { LABELS, labelsFor } from "./labelsFor.js";
export { ar, de, es, fr, ja, nl } from "./translations.js";
export type { RecapLabels } from "./types.js";
