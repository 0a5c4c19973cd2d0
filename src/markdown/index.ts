/**
 * # Writing a recap in Markdown
 *
 * `parseRecapMarkdown(text)` reads a recap written as an ordinary Markdown document and returns the
 * same `Recap` that `parseRecap` gives for the JSON form; `toRecapMarkdown(recap)` writes one. A file
 * that follows this convention reads like the article it describes.
 *
 * ## A complete example
 *
 * ~~~markdown
 * ---
 * title: "KubeCon + CloudNativeCon Europe 2021: our highlights"
 * subtitle: Four days of service meshes, GitOps and security
 * language: en
 * publishedAt: 2021-05-12
 * authors:
 *   - name: Jane Doe
 *     role: Cloud engineer
 *     affiliation: ACME
 * publisher:
 *   name: ACME
 *   url: https://acme.example
 * tags: [kubernetes, cloud native]
 * event:
 *   name: KubeCon + CloudNativeCon Europe
 *   edition: 2021
 *   startDate: 2021-05-04
 *   endDate: 2021-05-07
 *   location: Virtual
 * ---
 *
 * Did you miss KubeCon last week? These are our highlights and takeaways.
 *
 * ## Multi-Cloud and Multi-Cluster with CNCF’s Kuma {#kuma}
 *
 * - Speaker: Marco Palladino, Kong
 * - Track: ServiceMeshCon 2021
 * - Format: keynote
 * - Repo: [Kuma on GitHub](https://github.com/kumahq/kuma)
 *
 * This keynote gave a good idea of the *current* challenges of service meshes.
 *
 * Patterns like spreading load over VMs and clusters are a possibility.
 *
 * ### Key takeaways
 *
 * - Service meshes are moving beyond a single cluster.
 * - See [the Kuma docs](https://kuma.io/docs) for the `kumactl` reference.
 *
 * ## Hacking into Kubernetes Security
 *
 * - Speakers: Ellen Körbes, Tilt & Tabitha Sable, Datadog
 * - Format: talk
 * - Recording: https://youtu.be/example
 *
 * Ellen and Tabitha showed why RBAC alone is not enough.
 *
 * ## Opening keynotes
 *
 * ```yaml recap
 * speakers:
 *   - name: Doe, Jane
 *     avatar: https://acme.example/jane.jpg
 * ```
 *
 * Three keynotes opened the day.
 *
 * ## Our takeaways {.takeaways}
 *
 * - GitOps is everywhere.
 *
 * ## In closing {.outro}
 *
 * See you in Valencia!
 *
 * ## Related reads {.related-reads}
 *
 * - [Istio in practice](https://acme.example/istio) (2023-10-02)
 *
 *   Why investing in a service mesh like Istio is a smart move.
 * - A teaser with no title is just its excerpt.
 *
 * ## Want to dive deeper? {.call-to-action}
 *
 * Get in touch with our experts today.
 *
 * - Button: [Get in touch](https://acme.example/contact)
 * ~~~
 *
 * ## Front matter
 *
 * YAML between two lines of three dashes, first thing in the file. It holds the article's fields
 * with the names and shapes of the JSON form: `title` and `event` (required), `subtitle`, `url`,
 * `language`, `publishedAt`, `updatedAt`, `authors`, `publisher`, `image`, `tags`. A bare number or
 * `true`/`false` is the text written (`edition: 2021` is `"2021"`), except an image's `width` and
 * `height`, and `headings` (the writer's own section headings that the text has no place for,
 * `sessionIndex` say). Another key is left out with a warning naming the closest known one, as in
 * the JSON form (a site generator's own may be prefixed `x-`, which is never warned about);
 * `sessions` may not appear.
 *
 * ## Intro
 *
 * The paragraphs before the first `##` heading.
 *
 * ## Sessions
 *
 * Every `##` heading starts a session; its text is the title. `{#the-id}` at the end of the heading
 * fixes the session's id (someone's deep link), as in Pandoc, Hugo or kramdown; otherwise the id is
 * derived from the title. Under the heading, in this order, each optional:
 *
 * 1. Details: a list right under the heading, one `Key: value` per item (keys in any case):
 *    - `Speakers:` or `Speaker:` a byline (below); several lines add up, in order
 *    - `Track:`, `Code:` (the programme's, e.g. `DEV311`), `Date:` (`2021-05-04`, or
 *      `2021-05-04T14:30:00+02:00`), `Format:` (`keynote`, `talk`, `panel`, `workshop`, `lightning`
 *      or `other`), `Tags:` (separated by commas)
 *    - resources: `Slides:`, `Recording:`, `Repo:`, `Article:`, `Docs:`, or `Link:` (kind `other`),
 *      each `[label](url)`, `<url>` or the bare URL; repeat a key for several.
 *    - a role, `Moderator:`, `Host:`, `Chair:`, `Panelists:` …: a byline whose speakers have that role.
 *    Any other key is left out with a warning naming the key meant, so a typo never disappears silently.
 *    A blank line ends the details: a summary line right under them would run on into the last one,
 *    which is an error at that line.
 * 2. Summary: the paragraphs.
 * 3. Takeaways: a `###` heading and one list. Its words are the page's heading over every
 *    session's takeaways (`headings.sessionTakeaways`), unless they are the language's label.
 *
 * ## Bylines
 *
 *     Speakers: name [(role)] [, affiliation]  &  name [(role)] [, affiliation]  & …
 *
 * - `Marco Palladino, Kong`: a speaker and their organisation.
 * - `Michael Medellin & Gordon Tillman, Department of Defense`: a name without an affiliation takes
 *   the next one written, so both work at the Department of Defense.
 * - `Ellen Körbes, Tilt & Tabitha Sable, Datadog`: two organisations.
 * - `Jane Doe (Moderator), ACME`: a role in parentheses after the name.
 * - `[Jane Doe](https://jane.example), ACME`: a linked name gives the speaker's profile page.
 * - `Jane Roe & John Doe`: names after the last affiliation have none. When someone without one
 *   comes before someone with one, give each a line: `- Speaker: Jane Roe`, `- Speaker: John Doe, ACME`.
 * - Only the first comma of each speaker separates name and organisation (`Jane Doe, ACME, Inc.`),
 *   and only an `&` between spaces separates speakers (`AT&T`). A backslash escapes the rest:
 *   `Doe\, Jr., ACME`, `Procter \& Gamble`, `Jane \(JD\) Doe`.
 * - Everyday shapes are read too, each with a warning when it could mean something else:
 *   `Name (Company)`, `Name - Company`, `A and B, Company`, `A, X; B, Y`, `A (X), B (Y)`,
 *   `Moderator: Name, Company` (the grammar is in `src/model/byline.ts`).
 * - Whatever else a byline cannot say (an avatar) goes in the explicit form below.
 *
 * ## The article's own sections
 *
 * `##` headings that end with a marker, so that they are never confused with a session of the same
 * title (to end a session's title with braces, escape the first: `## Templating \{.j2}`):
 *
 * The words of their headings are shown on the page (the document's `headings`), unless they are
 * the language's label; `## {.outro}` has none.
 *
 * - `## Any words {.takeaways}`: the article's takeaways, one list.
 * - `## Any words {.outro}`: the closing paragraphs.
 * - `## Any words {.related-reads}`: one list, an item per read. Its first line is a title line,
 *   `[Title](url)`, `**Title**`, `**[Title](url)**` or `<url>`, with an optional `(2023-10-02)`
 *   after it; one indented paragraph under it is the excerpt, or the excerpt follows on the same
 *   line after a colon or a dash (`[Title](url): excerpt`). An item without a title line is an
 *   excerpt alone, like a teaser that comes without a title.
 * - `## The title {.call-to-action}`: the heading is the title; then the body paragraphs; then
 *   `- Button: [label](url)`, `- Button: label`, `- Button: <url>` or the bare `https://…`.
 *
 * Each appears at most once, in any place; usually after the sessions.
 *
 * ## Text
 *
 * Paragraphs, takeaways and excerpts keep their inline markup as written: the model reads it as
 * Markdown does (`parseInline`), so `*emphasis*`, `_emphasis_`, `**strong**`, `` `code` ``,
 * `[text](url)`, `[text](url "title")`, `<https://…>` and their escapes (`\*`, `` \` ``, `\[` …)
 * carry over unchanged and mean the same on the page. An image, `![alt](src)`, is not shown in
 * text, only its description: reading one gives a warning (below). Markdown's other escapes are
 * removed, so a paragraph can start with `\#`, `\-`, `\>` or `2021\.`.
 * Titles, names and the other plain fields drop every backslash escape. A paragraph wrapped over
 * several lines is one paragraph, its lines joined by a space. HTML is never interpreted: `&amp;`
 * stays `&amp;`.
 *
 * HTML comments (`<!-- … -->`) and thematic breaks (`---`, after a blank line) are ignored. Anything
 * else that has no place in a recap (a block quote, a code block, a `#` heading, text underlined
 * with `===` or `---`, a list among the summary paragraphs, a link reference definition …) is an
 * error, never dropped silently. Headings inside
 * code blocks are code, not sessions. A byte-order mark and Windows line endings are fine.
 *
 * ## The explicit form
 *
 * What prose cannot say (a line break in a title, a speaker's avatar, a related read's image) is
 * written in YAML with the JSON form's field names: the article's `intro`, `takeaways`, `outro`,
 * `relatedReads` or `callToAction` in the front matter instead of their section, and a session's
 * fields in a fenced block marked `yaml recap` anywhere in the session (see "Opening keynotes"
 * above). A field is given once, in prose or in YAML; when the block gives the title, the heading
 * is left empty (`##`). `toRecapMarkdown` writes prose wherever it reads back exactly, and YAML
 * only where it would not.
 *
 * ## Errors
 *
 * `parseRecapMarkdown` throws one `RecapMarkdownError`, which is a `RecapValidationError`, listing
 * every problem in document order with the JSON path of the value and the line it was written on:
 *
 *     This Markdown recap has 2 problems:
 *     - line 26, sessions[0].speakers: The speakers cannot be read: nothing follows the comma after "Marco Palladino".
 *     - line 28, sessions[0].format: "Keynote" is not a session format. Use one of: keynote, talk, panel, workshop, lightning, other.
 *
 * `safeParseRecapMarkdown` returns `{ ok: true, value }` or `{ ok: false, issues }` and never throws.
 * A list item that cannot be read is left out, and the paths of problems in the items after it
 * still count the items as written.
 *
 * ## Warnings
 *
 * What is read, but maybe not as the writer meant, is a warning `{ path, message, line? }`: an
 * image in a paragraph (only its description is shown), markup in a `##` heading (titles are plain
 * text, so it shows as written). `safeParseRecapMarkdown` returns them as `warnings` on both
 * branches; `parseRecapMarkdown(text, { warnings })` pushes them onto the list it is given.
 *
 * ## Limits
 *
 * Some Markdown takes micromark, which reads it, time that grows with the square of its size.
 * A recap is refused, with the line, when one line nests more than 32 block quotes or lists, or
 * one paragraph holds more than 1,000 emphasis marks (`*`, `_`) or 2,000 brackets; YAML (front
 * matter and ```yaml recap blocks) when it uses more than 100 aliases, repeats more than 10,000
 * values through them, or nests more than 64 levels.
 *
 * @module
 */
export type { RecapMarkdownIssue, RecapMarkdownWarning } from "./errors.js";
export { formatMarkdownIssues, RecapMarkdownError } from "./errors.js";
export type { ParseRecapMarkdownOptions, SafeParseRecapMarkdownOptions, SafeParseRecapMarkdownResult } from "./parseRecapMarkdown.js";
export { parseRecapMarkdown, safeParseRecapMarkdown } from "./parseRecapMarkdown.js";
export { toRecapMarkdown } from "./toRecapMarkdown.js";
