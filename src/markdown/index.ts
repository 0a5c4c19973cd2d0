/**
 * # Writing a recap in Markdown
 *
 * `parseRecapMarkdown(text)` reads a recap written as an ordinary Markdown document and returns the
 * same `Recap` that `parseRecap` gives for the JSON form; `toRecapMarkdown(recap)` writes one. A file
 * that follows the convention reads like the article it describes: front matter for the article and
 * the event, the intro, one `##` section per session (details, summary, a `###` heading over its
 * takeaways), and `{.takeaways}`, `{.outro}`, `{.related-reads}` and `{.call-to-action}` for the
 * article's own sections.
 *
 * The convention is documented once, with a complete example and every rule: Storybook's
 * "Authoring a recap" page, section "The Markdown convention in full" (`stories/AuthoringARecap.mdx`).
 *
 * @module
 */
export type { RecapMarkdownIssue, RecapMarkdownWarning } from "./errors.js";
export { formatMarkdownIssues, RecapMarkdownError } from "./errors.js";
export type { ParseRecapMarkdownOptions, SafeParseRecapMarkdownOptions, SafeParseRecapMarkdownResult } from "./parseRecapMarkdown.js";
export { parseRecapMarkdown, safeParseRecapMarkdown } from "./parseRecapMarkdown.js";
export { type ToRecapMarkdownOptions, toRecapMarkdown } from "./toRecapMarkdown.js";
