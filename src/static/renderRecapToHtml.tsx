import css from "virtual:recap-kit/styles";
import { renderToStaticMarkup } from "react-dom/server";
import type { TitleLevel } from "../components/Heading/Heading.js";
import { RecapArticle } from "../components/RecapArticle/RecapArticle.js";
import { shorten } from "../format/shorten.js";
import { toJsonLd } from "../jsonld/toJsonLd.js";
import { labelsFor } from "../labels/index.js";
import type { RecapLabels } from "../labels/types.js";
import type { Recap } from "../model/parsed.js";
import { safeHref, safeSrc } from "../model/url.js";
import { parseRecap } from "../parse/parseRecap.js";
import { plainText } from "../parse/plainText.js";
import { escapeHtml } from "./escapeHtml.js";

export interface RenderRecapOptions {
  /**
   * Return only the `<article>` (with its structured data), for pages that link `recap-kit/styles.css` themselves.
   * @default false
   */
  fragment?: boolean | undefined;
  /**
   * The language to assume when the document does not say (its `language` field). The document's
   * own language always wins: it is the language its text is written in, which `lang` must name.
   * (A recap already parsed has its language: give it to `parseRecap` instead.)
   * @default the document's language, or "en"
   */
  lang?: string | undefined;
  /**
   * Text overrides on top of the language's labels.
   * @default {}
   */
  labels?: Partial<RecapLabels> | undefined;
  /**
   * The level of the recap's title, and with it of every heading under it (`2` under the page's
   * own `h1`): see `RecapArticle`'s `headingLevel`.
   * @default 1
   */
  headingLevel?: TitleLevel | undefined;
  /**
   * Show the recap's title; `false` where the page around the fragment shows it already (the
   * header keeps the event, dates and reading time).
   * @default true
   */
  showTitle?: boolean | undefined;
}

/** The recap parsed once (a document is parsed in its language), with its labels. */
export function prepare(input: unknown, options: RenderRecapOptions): { recap: Recap; labels: RecapLabels } {
  // A recap parsed here is not parsed again; one that came as data is checked value by value, and a
  // document (whatever marks it carries) is validated, once, in its language.
  const recap = parseRecap(input, { language: options.lang });
  return { recap, labels: labelsFor(recap.lang, options.labels) };
}

/** The `<article>` with its structured data, as static markup. */
export function renderArticle(recap: Recap, labels: RecapLabels, options: RenderRecapOptions): string {
  return renderToStaticMarkup(
    <RecapArticle
      recap={recap}
      labels={labels}
      structuredData={toJsonLd(recap, labels)}
      headingLevel={options.headingLevel}
      showTitle={options.showTitle}
    />,
  );
}

// Only what the page itself needs around the article; everything else is recap-kit's own CSS.
const PAGE_CSS =
  "html{color-scheme:light dark}body{margin:0;background:var(--rk-color-canvas);color:var(--rk-color-text);font-family:system-ui,-apple-system,'Segoe UI',Roboto,'Noto Sans',sans-serif}" +
  "main{padding-block:var(--rk-space-6);padding-inline:var(--rk-space-4)}";

const DESCRIPTION_LENGTH = 160;

/** The start of the intro as plain text, for the page's description: only as many paragraphs as it takes. */
function introStart(recap: Recap): string {
  let text = "";
  for (const paragraph of recap.intro ?? []) {
    const plain = plainText(paragraph.nodes);
    text = text ? `${text} ${plain}` : plain;
    if (text.length > DESCRIPTION_LENGTH * 2) break;
  }
  return text;
}

function head(recap: Recap): string {
  const description = shorten(introStart(recap) || recap.subtitle || recap.title, DESCRIPTION_LENGTH, recap.lang);
  const canonical = safeHref(recap.url);
  const image = recap.image ? safeSrc(recap.image.src) : undefined;
  const meta = [
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="color-scheme" content="light dark">',
    `<title>${escapeHtml(recap.title)}</title>`,
    `<meta name="description" content="${escapeHtml(description)}">`,
    canonical ? `<link rel="canonical" href="${escapeHtml(canonical)}">` : "",
    '<meta property="og:type" content="article">',
    `<meta property="og:title" content="${escapeHtml(recap.title)}">`,
    `<meta property="og:description" content="${escapeHtml(description)}">`,
    canonical ? `<meta property="og:url" content="${escapeHtml(canonical)}">` : "",
    image ? `<meta property="og:image" content="${escapeHtml(image)}">` : "",
    // The CSS comes from recap-kit's own build, never from the document.
    `<style>${css}${PAGE_CSS}</style>`,
  ];
  return meta.filter(Boolean).join("\n");
}

/**
 * Renders a Recap document (or a recap `parseRecap` already parsed) as HTML for sites that run no
 * React: a complete standalone page (inline CSS, structured data, zero JavaScript), or just the
 * article. The labels follow the recap's language (en, de, fr, nl, es, ja, ar; others English).
 *
 * @throws {RecapValidationError} when the document is invalid, listing every problem.
 */
export function renderRecapToHtml(input: unknown, options: RenderRecapOptions = {}): string {
  const { recap, labels } = prepare(input, options);
  const article = renderArticle(recap, labels, options);
  if (options.fragment) return article;
  const before = [
    "<!doctype html>",
    // Both are checked values (a language tag; "ltr" or "rtl"), and escaped all the same.
    `<html lang="${escapeHtml(recap.lang)}" dir="${escapeHtml(recap.dir)}">`,
    "<head>",
    head(recap),
    "</head>",
    "<body>",
    "<main>",
  ];
  // Joined with +, not join(): the article (tens of megabytes for a big recap) is then referenced,
  // not copied, and the page costs no second copy of it.
  return `${before.join("\n")}${article}</main>\n</body>\n</html>\n`;
}
