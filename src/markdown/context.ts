import type { Heading, Nodes, Paragraph, RootContent } from "mdast";
import type { RecapMarkdownIssue, RecapMarkdownWarning } from "./errors.js";
import { PathLines } from "./pathLines.js";
import { Phrasing } from "./phrasing.js";

export function lineOf(node: Nodes): number | undefined {
  return node.position?.start.line;
}

function describeBlock(block: RootContent): string {
  switch (block.type) {
    case "list":
      return "A list here is not part of the recap. A session's details come in a list right under its heading, its takeaways in a list under a ### heading; the article's takeaways go under a heading marked {.takeaways}.";
    case "code":
      return "A code block is not part of the recap: paragraphs hold inline `code` only. (Fields written out in YAML go in a ```yaml recap block inside a session.)";
    case "blockquote":
      return "A block quote is not part of the recap: write it as a paragraph.";
    case "html":
      return "HTML is not read in a Markdown recap. Only comments (<!-- … -->) may stand on their own, and they are ignored.";
    case "definition":
      return "Link reference definitions are not supported: write each link in place, as [text](url).";
    case "heading":
      return block.depth === 1
        ? "A # heading is not part of the recap: the article's title goes in the front matter (title: …)."
        : "This heading is not part of the recap: ## starts a session or a marked section, and ### only stands above a session's takeaways.";
    case "paragraph":
      return "A paragraph has no place here: this section holds one list.";
    default:
      return `A ${block.type} is not part of the recap.`;
  }
}

const IMAGE_IN_TEXT =
  "An image in text is not shown, only its description (the \"alt\" text in ![alt](src)) is. A recap's pictures have their own fields: the front matter's image:, or a related read's image.";
const MARKUP_IN_TITLE = "is plain text: the markup in it (a link, emphasis, code or an image) is shown as written.";

/** The nodes inside `node`, depth first, without recursion. */
function* descendants(node: Nodes): Generator<Nodes> {
  const stack: Nodes[] = [node];
  while (stack.length) {
    const next = stack.pop() as Nodes;
    if (next !== node) yield next;
    if ("children" in next) for (let i = next.children.length - 1; i >= 0; i--) stack.push(next.children[i] as Nodes);
  }
}

/** What every part of the body reader shares: the source, the problems found, and where each value was written. */
export class ReadContext {
  readonly lines = new PathLines();
  readonly issues: RecapMarkdownIssue[] = [];
  /** What is read, but maybe not as the writer meant: the recap is still valid. */
  readonly warnings: RecapMarkdownWarning[] = [];
  /**
   * The words of the headings the writer gave the article's sections ("## What we took home
   * {.takeaways}") and the sessions' takeaways (### …), with their lines: the page shows them,
   * unless they are the language's own label.
   */
  readonly headingWords: { field: "takeaways" | "outro" | "relatedReads" | "sessionTakeaways"; text: string; line: number | undefined }[] =
    [];

  constructor(readonly source: string) {}

  problem(path: string, line: number | undefined, message: string): void {
    this.issues.push({ path, line, message });
  }

  warn(path: string, line: number | undefined, message: string): void {
    this.warnings.push(line === undefined ? { path, message } : { path, line, message });
  }

  /** A paragraph as inline text for the field at `path`; an image in it is a warning, since it will not be shown. */
  inlineText(paragraph: Paragraph, path: string): string {
    for (const node of descendants(paragraph)) if (node.type === "image") this.warn(path, lineOf(node), IMAGE_IN_TEXT);
    return new Phrasing(this.source, paragraph).text("inline");
  }

  /** Warns when a heading read as a plain title holds markup, which the title will show as written. */
  plainTitle(heading: Heading, path: string): void {
    if (heading.children.some((child) => child.type !== "text")) this.warn(path, lineOf(heading), MARKUP_IN_TITLE);
  }

  unexpected(path: string, block: RootContent): void {
    this.problem(path, lineOf(block), describeBlock(block));
  }
}
