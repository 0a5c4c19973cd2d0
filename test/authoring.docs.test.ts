import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { safeParseRecapMarkdown } from "../src/markdown/index.js";

const page = readFileSync(resolve(process.cwd(), "stories/AuthoringARecap.mdx"), "utf8");
/** The Markdown examples of the "Authoring a recap" page, in order: together they are one recap. */
const examples = [...page.matchAll(/```md\n([\s\S]*?)\n```/g)].map((match) => match[1] as string);

describe('the "Authoring a recap" page documents every section by an example that reads as it says', () => {
  const result = safeParseRecapMarkdown(examples.join("\n\n"));

  it("has the front matter, a session and the article's sections, which read without a problem or a warning", () => {
    expect(examples).toHaveLength(3);
    expect(result.ok ? [] : result.issues).toEqual([]);
    expect(result.warnings).toEqual([]);
  });

  it("reads the session's details, roles and links, and keeps the writer's headings", () => {
    if (!result.ok) throw new Error("the examples should read");
    const [session] = result.value.sessions;
    expect(session?.speakers).toEqual([
      { name: "Ellen Körbes", affiliation: "Tilt" },
      { name: "Tabitha Sable", affiliation: "Datadog" },
      { name: "Jane Doe", affiliation: "ACME", role: "Moderator" },
    ]);
    expect(session?.resources?.map((resource) => resource.kind)).toEqual(["slides", "recording", "repo"]);
    expect(result.value.headings).toEqual({
      sessionIndex: "All the talks",
      sessionTakeaways: "What we took home",
      takeaways: "What we took home",
      outro: "Until next time",
      relatedReads: "More from our blog",
    });
    expect(result.value.relatedReads?.map(({ title, url, excerpt }) => [title, url, excerpt?.text])).toEqual([
      ["Istio in practice", "https://acme.example/istio", "Why investing in a service mesh like Istio is a smart move."],
      ["Kuma on every cluster", "https://acme.example/kuma", "one line, title and excerpt."],
      ["A title without a link", undefined, undefined],
      [undefined, undefined, "A teaser with no title is just its excerpt."],
    ]);
    expect(result.value.callToAction).toMatchObject({
      title: "Want to dive deeper?",
      label: "Get in touch",
      url: "https://acme.example/contact",
    });
  });
});
