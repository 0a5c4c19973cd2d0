export { escapeHtml } from "./escapeHtml.js";
export type { RenderRecapOptions } from "./renderRecapToHtml.js";
export { renderRecapToHtml } from "./renderRecapToHtml.js";
