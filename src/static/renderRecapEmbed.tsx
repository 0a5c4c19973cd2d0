import css from "virtual:recap-kit/styles";
import { prepare, type RenderRecapOptions, renderArticle } from "./renderRecapToHtml.js";

export type RenderRecapEmbedOptions = Omit<RenderRecapOptions, "fragment">;

/** The name of the element that holds an embedded recap (and that `recap-kit/embed` defines). */
export const EMBED_ELEMENT = "recap-kit-embed";

// Inside the shadow root. The host page's rules cannot reach in, but inherited properties cross
// the boundary: the embed takes the page's font, size and text colour (which its colours follow)
// and resets the rest (a page's `* { text-align: center !important }` or letter-spacing).
const EMBED_CSS =
  ":host{display:block}" + ".rk-Embed{all:initial;display:block;font-family:inherit;font-size:inherit;color:inherit;color-scheme:inherit}";

/**
 * A recap as one self-contained piece of HTML for pages that run no React and no build step: a
 * `<recap-kit-embed>` element whose Declarative Shadow DOM (`<template shadowrootmode="open">`)
 * holds the article and recap-kit's styles. Pasted into a WordPress Custom HTML block, a Ghost HTML
 * card or any page, it shows without JavaScript, the page's element rules (even `!important`) do
 * not reach it, and it takes the page's font and, from its text colour, its light or dark scheme.
 * Served as a file of its own, `<recap-kit-embed src="…">` (`recap-kit/embed`) shows it anywhere.
 *
 * @throws {RecapValidationError} when the document is invalid, listing every problem.
 */
export function renderRecapEmbed(input: unknown, options: RenderRecapEmbedOptions = {}): string {
  const { recap, labels } = prepare(input, options);
  const article = renderArticle(recap, labels, options);
  // The CSS comes from recap-kit's own build, never from the document; the article is React's
  // escaped markup, which cannot close the template.
  return `<${EMBED_ELEMENT}><template shadowrootmode="open"><style>${css}${EMBED_CSS}</style><div class="rk-Embed">${article}</div></template></${EMBED_ELEMENT}>\n`;
}
