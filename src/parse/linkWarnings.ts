import type { RecapWarning } from "../model/errors.js";
import { type InlineNode, parseInline } from "../model/inline.js";
import type { RecapDocument } from "../model/types.js";
import { safeHref } from "../model/url.js";

/** The words of some inline markup, as a reader sees them. */
function wordsOf(nodes: readonly InlineNode[]): string {
  let words = "";
  const stack = [...nodes].reverse();
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (node.type === "text" || node.type === "code") words += node.value;
    else if (node.type === "image") words += node.alt;
    else for (let index = node.children.length - 1; index >= 0; index--) stack.push(node.children[index] as InlineNode);
  }
  return words;
}

/** Every link in one text (`[words](address)`) whose address the page will show as text. */
function checkText(value: string | undefined, path: string, warnings: RecapWarning[]): void {
  // Most text has no link: only text that may hold one is read.
  if (!value?.includes("](")) return;
  const stack: InlineNode[] = [...parseInline(value)];
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (node.type === "link" && safeHref(node.url) === undefined)
      warnings.push({
        path,
        message: `the link "${wordsOf(node.children)}" goes to "${node.url}", which will be shown as text, not as a link: only web addresses (https://…), mailto: and addresses on the same site (/blog/…) are links.`,
      });
    if ("children" in node) for (const child of node.children) stack.push(child);
  }
}

function checkList(values: string | readonly string[] | undefined, path: string, warnings: RecapWarning[]): void {
  if (typeof values === "string") checkText(values, `${path}[0]`, warnings);
  else for (const [index, value] of (values ?? []).entries()) checkText(value, `${path}[${index}]`, warnings);
}

/**
 * Warnings for the links in a document's running text (intro, summaries, takeaways, closing words,
 * excerpts, the call to action's body) that will be shown as text, in document order. Kept out of
 * the validator, which importers use without the inline parser.
 */
export function linkWarnings(recap: RecapDocument): RecapWarning[] {
  const warnings: RecapWarning[] = [];
  checkList(recap.intro, "intro", warnings);
  for (const [index, session] of recap.sessions.entries()) {
    checkList(session.summary, `sessions[${index}].summary`, warnings);
    checkList(session.takeaways, `sessions[${index}].takeaways`, warnings);
  }
  checkList(recap.takeaways, "takeaways", warnings);
  checkList(recap.outro, "outro", warnings);
  for (const [index, read] of (recap.relatedReads ?? []).entries()) checkText(read.excerpt, `relatedReads[${index}].excerpt`, warnings);
  checkList(recap.callToAction?.body, "callToAction.body", warnings);
  return warnings;
}
