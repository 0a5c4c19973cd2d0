export { escapeHtml } from "./escapeHtml.js";
export type { RenderRecapEmbedOptions } from "./renderRecapEmbed.js";
export { EMBED_ELEMENT, renderRecapEmbed } from "./renderRecapEmbed.js";
export type { RenderRecapOptions } from "./renderRecapToHtml.js";
export { renderRecapToHtml } from "./renderRecapToHtml.js";
