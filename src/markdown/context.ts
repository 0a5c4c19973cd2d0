import type { Nodes, RootContent } from "mdast";
import type { RecapMarkdownIssue } from "./errors.js";
import { PathLines } from "./pathLines.js";

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

/** What every part of the body reader shares: the source, the problems found, and where each value was written. */
export class ReadContext {
  readonly lines = new PathLines();
  readonly issues: RecapMarkdownIssue[] = [];

  constructor(readonly source: string) {}

  problem(path: string, line: number | undefined, message: string): void {
    this.issues.push({ path, line, message });
  }

  unexpected(path: string, block: RootContent): void {
    this.problem(path, lineOf(block), describeBlock(block));
  }
}
