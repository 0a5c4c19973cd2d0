import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { type RecapMarkdownWarning, safeParseRecapMarkdown, toRecapMarkdown } from "../src/markdown/index.js";
import { parseInline } from "../src/model/inline.js";
import type { RecapDocument as Recap } from "../src/model/types.js";
import { parseRecap } from "../src/parse/parseRecap.js";
import { toRecapDocument } from "../src/parse/toRecapDocument.js";
import { readMarkdown } from "./support/readMarkdown.js";

const FRONT_MATTER = ["---", "title: Our PyCon highlights", "event:", "  name: PyCon US", "---", ""];

/** A document with a minimal front matter: the body's first line is line 7. */
function doc(...body: string[]): string {
  return [...FRONT_MATTER, ...body].join("\n");
}

function sessionsOf(...body: string[]) {
  return readMarkdown(doc(...body)).sessions;
}

describe("front matter and intro", () => {
  it("reads the article's fields and the event from the front matter", () => {
    const recap = readMarkdown(
      [
        "---",
        'title: "KubeCon Europe 2021: our highlights"',
        "subtitle: Four days of service meshes",
        "url: https://acme.example/kubecon",
        "language: de",
        "publishedAt: 2021-05-12",
        "updatedAt: 2021-05-14T10:00:00+02:00",
        "authors:",
        "  - name: Jane Doe",
        "    role: Cloud engineer",
        "    affiliation: ACME",
        "publisher: { name: ACME, url: https://acme.example }",
        "image: { src: /hero.jpg, alt: The keynote stage, width: 1200, height: 630 }",
        "tags: [kubernetes, cloud native]",
        "event:",
        "  name: KubeCon + CloudNativeCon Europe",
        "  edition: 2021",
        "  startDate: 2021-05-04",
        "  endDate: 2021-05-07",
        "  location: Virtual",
        "layout: post",
        "---",
      ].join("\n"),
    );
    expect(recap).toStrictEqual({
      title: "KubeCon Europe 2021: our highlights",
      subtitle: "Four days of service meshes",
      url: "https://acme.example/kubecon",
      language: "de",
      publishedAt: "2021-05-12",
      updatedAt: "2021-05-14T10:00:00+02:00",
      authors: [{ name: "Jane Doe", role: "Cloud engineer", affiliation: "ACME" }],
      publisher: { name: "ACME", url: "https://acme.example" },
      image: { src: "/hero.jpg", alt: "The keynote stage", width: 1200, height: 630 },
      tags: ["kubernetes", "cloud native"],
      // A bare 2021 is the text the writer typed; "layout" is a site generator's key, ignored.
      event: {
        name: "KubeCon + CloudNativeCon Europe",
        edition: "2021",
        startDate: "2021-05-04",
        endDate: "2021-05-07",
        location: "Virtual",
      },
      sessions: [],
    });
  });

  it("takes the paragraphs before the first ## heading as the intro, a wrapped paragraph as one", () => {
    const recap = readMarkdown(doc("Did you miss KubeCon", "last week?", "", "We have your back.", "", "## A session"));
    expect(recap.intro).toEqual(["Did you miss KubeCon last week?", "We have your back."]);
  });

  it("keeps the model's inline markup exactly as written, escapes included", () => {
    const text = "See [the *Kuma* docs](https://kuma.io/docs), **really**, and `kumactl \\# x` with \\*stars\\* and &amp;.";
    expect(readMarkdown(doc(text)).intro).toEqual([text]);
  });

  it("keeps _emphasis_ and __strong__ as written, which the model reads as Markdown does", () => {
    const text = "An _important_ and __bold__ point about snake_case_names and `a_b_`.";
    const [intro] = readMarkdown(doc(text)).intro as string[];
    expect(intro).toBe(text);
    expect(parseInline(intro as string).map((node) => node.type)).toEqual(["text", "emphasis", "text", "strong", "text", "code", "text"]);
  });

  it("keeps emphasis inside emphasis as written: *_x_* is not bold", () => {
    const [intro] = readMarkdown(doc("A *_doubly emphasised_* word.")).intro as string[];
    expect(intro).toBe("A *_doubly emphasised_* word.");
    expect(parseInline(intro as string)[1]).toEqual({
      type: "emphasis",
      children: [{ type: "emphasis", children: [{ type: "text", value: "doubly emphasised" }] }],
    });
  });

  it("reads titled links and autolinks as links, in the model too", () => {
    const [intro] = readMarkdown(doc('See [the docs](https://x.y/docs "Kuma docs") or <https://x.y>.')).intro as string[];
    expect(parseInline(intro as string)).toEqual([
      { type: "text", value: "See " },
      { type: "link", url: "https://x.y/docs", title: "Kuma docs", children: [{ type: "text", value: "the docs" }] },
      { type: "text", value: " or " },
      { type: "link", url: "https://x.y", children: [{ type: "text", value: "https://x.y" }] },
      { type: "text", value: "." },
    ]);
  });

  it("warns that an image in text is not shown, and where", () => {
    const warnings: RecapMarkdownWarning[] = [];
    const recap = readMarkdown(doc("Intro.", "", "## A", "", "Look: ![the architecture](/arch.png)."), { warnings });
    expect(recap.sessions[0]?.summary).toEqual(["Look: ![the architecture](/arch.png)."]);
    expect(warnings).toEqual([
      { path: "sessions[0].summary[0]", line: 11, message: expect.stringMatching(/^An image in text is not shown, only its description/) },
    ]);
    expect(safeParseRecapMarkdown(doc("![x](/y.png)"))).toEqual({
      ok: true,
      value: expect.anything(),
      warnings: [expect.objectContaining({ path: "intro[0]" })],
      todos: [],
    });
  });

  it("warns that markup in a session's heading is shown as written", () => {
    const warnings: RecapMarkdownWarning[] = [];
    const recap = readMarkdown(doc("## Kuma and *Envoy*", "", "## Plain `kubectl` tips"), { warnings });
    expect(recap.sessions.map((session) => session.title)).toEqual(["Kuma and *Envoy*", "Plain `kubectl` tips"]);
    expect(warnings.map((warning) => `${warning.line} ${warning.path}`)).toEqual(["7 sessions[0].title", "9 sessions[1].title"]);
  });

  it("removes Markdown's own escapes, which a writer needs at the start of a line", () => {
    const recap = readMarkdown(doc("\\# is a hash", "", "2021\\. What a year", "", "\\- not a list, \\> not a quote"));
    expect(recap.intro).toEqual(["# is a hash", "2021. What a year", "- not a list, > not a quote"]);
  });

  it("ignores HTML comments and thematic breaks", () => {
    const recap = readMarkdown(doc("<!-- draft: check names -->", "", "Intro.", "", "---", "", "## A session"));
    expect(recap.intro).toEqual(["Intro."]);
    expect(recap.sessions.map((s) => s.title)).toEqual(["A session"]);
  });
});

describe("sessions", () => {
  it("reads a session's details, summary and takeaways", () => {
    const [session] = sessionsOf(
      "## Multi-Cloud and Multi-Cluster with CNCF’s Kuma",
      "",
      "- Speaker: Marco Palladino, Kong",
      "- Track: ServiceMeshCon 2021",
      "- format: keynote",
      "- Code: SMC-01",
      "- Date: 2021-05-04T14:30:00+02:00",
      "- Tags: service mesh, kuma",
      "- Repo: [Kuma on GitHub](https://github.com/kumahq/kuma)",
      "- Slides: https://example.com/kuma.pdf",
      "- Recording: <https://youtu.be/abc>",
      "- Link: [The blog post](/blog/kuma)",
      "",
      "The first session we followed.",
      "",
      "A good introduction.",
      "",
      "### Key takeaways",
      "",
      "- Meshes go *multi-cluster*.",
      "- Spread load by percentage.",
    );
    expect(session).toStrictEqual({
      id: "multi-cloud-and-multi-cluster-with-cncf-s-kuma",
      title: "Multi-Cloud and Multi-Cluster with CNCF’s Kuma",
      code: "SMC-01",
      date: "2021-05-04T14:30:00+02:00",
      speakers: [{ name: "Marco Palladino", affiliation: "Kong" }],
      track: "ServiceMeshCon 2021",
      format: "keynote",
      summary: ["The first session we followed.", "A good introduction."],
      takeaways: ["Meshes go *multi-cluster*.", "Spread load by percentage."],
      resources: [
        { kind: "repo", url: "https://github.com/kumahq/kuma", label: "Kuma on GitHub" },
        { kind: "slides", url: "https://example.com/kuma.pdf" },
        { kind: "recording", url: "https://youtu.be/abc" },
        { kind: "other", url: "/blog/kuma", label: "The blog post" },
      ],
      tags: ["service mesh", "kuma"],
    });
  });

  it("reads a session with no speakers: no details at all", () => {
    const [session] = sessionsOf("## Opening keynotes", "", "Three keynotes opened the day.");
    expect(session?.speakers).toEqual([]);
    expect(session?.summary).toEqual(["Three keynotes opened the day."]);
  });

  it("reads a session without a summary", () => {
    const [session] = sessionsOf("## Lightning talks", "", "- Format: lightning", "", "### Key takeaways", "", "- Short is hard.");
    expect(session).toStrictEqual({
      id: "lightning-talks",
      title: "Lightning talks",
      speakers: [],
      format: "lightning",
      takeaways: ["Short is hard."],
    });
  });

  it("reads a heading alone as a session with only a title", () => {
    expect(sessionsOf("## Hallway track")).toStrictEqual([{ id: "hallway-track", title: "Hallway track", speakers: [] }]);
  });

  it("keeps an id written as {#id}, and derives the others", () => {
    const sessions = sessionsOf("## Kuma keynote {#kuma}", "", "## Kuma keynote", "", "## Kuma keynote");
    expect(sessions.map((s) => [s.title, s.id])).toEqual([
      ["Kuma keynote", "kuma"],
      ["Kuma keynote", "kuma-keynote"],
      ["Kuma keynote", "kuma-keynote-2"],
    ]);
  });
});

describe("bylines", () => {
  const speakers = (line: string) => sessionsOf("## A session", "", line)[0]?.speakers;

  it("reads one speaker and their organisation", () => {
    expect(speakers("- Speaker: Marco Palladino, Kong")).toEqual([{ name: "Marco Palladino", affiliation: "Kong" }]);
  });

  it("gives speakers of the same organisation the affiliation written once after them", () => {
    expect(speakers("- Speakers: Michael Medellin & Gordon Tillman, Department of Defense")).toEqual([
      { name: "Michael Medellin", affiliation: "Department of Defense" },
      { name: "Gordon Tillman", affiliation: "Department of Defense" },
    ]);
  });

  it("reads several organisations", () => {
    expect(speakers("- Speakers: Ellen Körbes, Tilt & Tabitha Sable, Datadog & Akihiro Suda")).toEqual([
      { name: "Ellen Körbes", affiliation: "Tilt" },
      { name: "Tabitha Sable", affiliation: "Datadog" },
      { name: "Akihiro Suda" },
    ]);
  });

  it("reads a role in parentheses, also when the affiliation is shared", () => {
    expect(speakers("- Speakers: Jane Doe (Moderator), ACME & John Roe (Host) & Kim Lee, Initech")).toEqual([
      { name: "Jane Doe", role: "Moderator", affiliation: "ACME" },
      { name: "John Roe", role: "Host", affiliation: "Initech" },
      { name: "Kim Lee", affiliation: "Initech" },
    ]);
  });

  it("reads a linked name as the speaker's profile page", () => {
    expect(speakers("- Speaker: [Jane Doe](https://jane.example) (Host), ACME")).toEqual([
      { name: "Jane Doe", role: "Host", url: "https://jane.example", affiliation: "ACME" },
    ]);
  });

  it("splits only at the first comma and at an & between spaces; backslashes escape the rest", () => {
    expect(speakers("- Speakers: Doe\\, Jr. \\(JD\\), AT&T, Inc. & Kim, Procter \\& Gamble")).toEqual([
      { name: "Doe, Jr. (JD)", affiliation: "AT&T, Inc." },
      { name: "Kim", affiliation: "Procter & Gamble" },
    ]);
  });

  it("adds up several Speaker lines, for someone without an affiliation before someone with one", () => {
    const [session] = sessionsOf("## Panel", "", "- Speaker: Jane Roe", "- Speaker: John Doe, ACME");
    expect(session?.speakers).toEqual([{ name: "Jane Roe" }, { name: "John Doe", affiliation: "ACME" }]);
  });
});

describe("the article's own sections", () => {
  const closing = [
    "## Our takeaways {.takeaways}",
    "",
    "- GitOps is *everywhere*.",
    "",
    "## In closing {.outro}",
    "",
    "See you in Valencia!",
    "",
    "## Related reads {.related-reads}",
    "",
    "- [Istio in practice](https://acme.example/istio) (2023-10-02)",
    "",
    "  Why a service mesh like Istio is a smart move.",
    "- **[Multicloud](https://acme.example/multi)**",
    "- **An offline talk**",
    "- <https://acme.example/untitled>",
    "",
    "  A teaser with a link and no title.",
    "- A teaser with no title is just its excerpt.",
    "",
    "## Want to dive deeper? {.call-to-action}",
    "",
    "Get in touch with our experts.",
    "",
    "- Button: [Get in touch](https://acme.example/contact)",
  ];

  it("reads the takeaways, outro, related reads and call to action", () => {
    const recap = readMarkdown(doc("## A session", "", ...closing));
    expect(recap.sessions.map((s) => s.title)).toEqual(["A session"]);
    expect(recap.takeaways).toEqual(["GitOps is *everywhere*."]);
    expect(recap.outro).toEqual(["See you in Valencia!"]);
    expect(recap.relatedReads).toEqual([
      {
        title: "Istio in practice",
        url: "https://acme.example/istio",
        date: "2023-10-02",
        excerpt: "Why a service mesh like Istio is a smart move.",
      },
      { title: "Multicloud", url: "https://acme.example/multi" },
      { title: "An offline talk" },
      { url: "https://acme.example/untitled", excerpt: "A teaser with a link and no title." },
      { excerpt: "A teaser with no title is just its excerpt." },
    ]);
    expect(recap.callToAction).toEqual({
      title: "Want to dive deeper?",
      body: ["Get in touch with our experts."],
      label: "Get in touch",
      url: "https://acme.example/contact",
    });
  });

  it("reads a button with a label only, or a link only", () => {
    const cta = (button: string) => readMarkdown(doc("## Talk to us {.call-to-action}", "", button)).callToAction;
    expect(cta("- Button: Get in touch")).toEqual({ title: "Talk to us", label: "Get in touch" });
    expect(cta("- Button: <https://acme.example/contact>")).toEqual({ title: "Talk to us", url: "https://acme.example/contact" });
  });

  it("keeps a session titled like a section a session: only the marker makes a section", () => {
    const recap = readMarkdown(doc("## Takeaways", "", "- Speaker: Jane Doe", "", "## Templating with \\{.takeaways}"));
    expect(recap.takeaways).toBeUndefined();
    expect(recap.sessions.map((s) => s.title)).toEqual(["Takeaways", "Templating with {.takeaways}"]);
  });
});

describe("text in every script", () => {
  it("reads a Japanese recap", () => {
    const recap = readMarkdown(
      [
        "---",
        "title: KubeCon 2024 日本 参加レポート",
        "language: ja",
        "event: { name: KubeCon + CloudNativeCon Japan, edition: 2025 }",
        "---",
        "",
        "東京で開催された KubeCon に参加しました。",
        "",
        "## 基調講演：クラウドネイティブの未来",
        "",
        "- Speaker: 山田 太郎 (司会), 株式会社エヌ・ティ・ティ",
      ].join("\n"),
    );
    expect(recap.title).toBe("KubeCon 2024 日本 参加レポート");
    expect(recap.intro).toEqual(["東京で開催された KubeCon に参加しました。"]);
    expect(recap.sessions[0]?.speakers).toEqual([{ name: "山田 太郎", role: "司会", affiliation: "株式会社エヌ・ティ・ティ" }]);
    // Detail keys are the convention's own words, in English, whatever the recap's language.
    const result = safeParseRecapMarkdown(doc("## 基調講演", "", "- 登壇者: 山田 太郎"));
    expect(result.warnings.map((warning) => warning.message)).toEqual([
      expect.stringContaining('"登壇者" is not a session detail, so this line is left out. The details are: Speakers,'),
    ]);
  });

  it("reads Japanese and Arabic titles, names and takeaways, and derives ids that keep their letters", () => {
    const [japanese, arabic] = sessionsOf(
      "## 基調講演：クラウドネイティブの未来",
      "",
      "- Speakers: 山田 太郎 (司会), 株式会社エヌ・ティ・ティ & 佐藤 花子",
      "",
      "### 要点",
      "",
      "- **Kubernetes** はどこでも動く。",
      "",
      "## الحوسبة السحابية في العالم العربي",
      "",
      "- Speaker: أحمد علي, شركة المستقبل",
      "",
      "ناقش المتحدث مستقبل [Kubernetes](https://kubernetes.io) في المنطقة.",
    );
    expect(japanese).toStrictEqual({
      id: "基調講演-クラウドネイティブの未来",
      title: "基調講演：クラウドネイティブの未来",
      speakers: [{ name: "山田 太郎", role: "司会", affiliation: "株式会社エヌ・ティ・ティ" }, { name: "佐藤 花子" }],
      takeaways: ["**Kubernetes** はどこでも動く。"],
    });
    expect(arabic).toStrictEqual({
      id: "الحوسبة-السحابية-في-العالم-العربي",
      title: "الحوسبة السحابية في العالم العربي",
      speakers: [{ name: "أحمد علي", affiliation: "شركة المستقبل" }],
      summary: ["ناقش المتحدث مستقبل [Kubernetes](https://kubernetes.io) في المنطقة."],
    });
  });
});

describe("code blocks, line endings and byte-order marks", () => {
  it("does not take a heading inside a fenced code block for a session", () => {
    const result = safeParseRecapMarkdown(
      doc("Intro.", "", "```sh", "## not a session", "kubectl get pods", "```", "", "## A real session"),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    // The code block is reported where it starts, and no session was made of its heading.
    expect(result.issues).toEqual([expect.objectContaining({ path: "intro", line: 9 })]);
    expect(result.issues[0]?.message).toMatch(/code block/);
  });

  it("keeps headings inside a ```yaml recap block as text of the session", () => {
    const [session, ...rest] = sessionsOf("## A session", "", "```yaml recap", "summary:", "  - |-", "    ## Not a session", "```");
    expect(rest).toEqual([]);
    expect(session?.summary).toEqual(["## Not a session"]);
  });

  it("reads Windows line endings", () => {
    const text = doc(
      "Intro",
      "wrapped.",
      "",
      "## A session",
      "",
      "- Speakers: Ellen Körbes, Tilt & Tabitha Sable, Datadog",
      "",
      "Summary.",
    );
    const windows = text.replace(/\n/g, "\r\n");
    expect(windows).toContain("\r\n");
    expect(readMarkdown(windows)).toStrictEqual(readMarkdown(text));
    expect(readMarkdown(windows).intro).toEqual(["Intro wrapped."]);
  });

  it("reads a document that starts with a byte-order mark", () => {
    const text = doc("Intro.", "", "## A session");
    expect(readMarkdown(`\uFEFF${text}`)).toStrictEqual(readMarkdown(text));
    expect(readMarkdown(`\uFEFF${text}`).title).toBe("Our PyCon highlights");
  });

  it("reports a Windows document's problems on the same lines", () => {
    const result = safeParseRecapMarkdown(doc("## A session", "", "- Format: Keynote").replace(/\n/g, "\r\n"));
    expect(result.ok ? [] : result.issues.map((issue) => [issue.path, issue.line])).toEqual([["sessions[0].format", 9]]);
  });
});

describe("the explicit YAML form", () => {
  it("takes session fields that prose cannot say from a ```yaml recap block", () => {
    const [session] = sessionsOf(
      "## Panel: the future of GitOps",
      "",
      "- Track: GitOps Con",
      "",
      "```yaml recap",
      "speakers:",
      "  - name: Doe, Jane",
      "    avatar: https://acme.example/jane.jpg",
      "```",
      "",
      "A lively panel.",
    );
    expect(session).toStrictEqual({
      id: "panel-the-future-of-gitops",
      title: "Panel: the future of GitOps",
      speakers: [{ name: "Doe, Jane", avatar: "https://acme.example/jane.jpg" }],
      track: "GitOps Con",
      summary: ["A lively panel."],
    });
  });

  it("takes a title with a line break from the block under an empty heading", () => {
    const [session] = sessionsOf("##", "", "```yaml recap", 'title: "Part one\\nPart two"', "```");
    expect(session?.title).toBe("Part one\nPart two");
  });

  it("takes the article's sections from the front matter instead", () => {
    const recap = readMarkdown(
      [
        "---",
        "title: Highlights",
        "event: { name: PyCon US }",
        "relatedReads:",
        "  - title: Our PyCon 2023 recap",
        "    image: { src: /2023.jpg, alt: '' }",
        "---",
      ].join("\n"),
    );
    expect(recap.relatedReads).toEqual([{ title: "Our PyCon 2023 recap", image: { src: "/2023.jpg", alt: "" } }]);
  });
});

describe('the documented convention ("Authoring a recap", The Markdown convention in full)', () => {
  const documentation = readFileSync(join(dirname(fileURLToPath(import.meta.url)), "../stories/AuthoringARecap.mdx"), "utf8");
  const example = /~~~markdown\n([\s\S]*?)\n~~~/.exec(documentation)?.[1] ?? "";

  it("has a complete example that is a valid recap using every part of the convention", () => {
    const recap = readMarkdown(example);
    expect(recap.title).toBe("KubeCon + CloudNativeCon Europe 2021: our highlights");
    expect(recap.event.edition).toBe("2021");
    expect(recap.sessions.map((s) => [s.id, s.speakers.length, s.summary?.length ?? 0, s.takeaways?.length ?? 0])).toEqual([
      ["kuma", 1, 2, 2],
      ["hacking-into-kubernetes-security", 2, 1, 0],
      ["opening-keynotes", 1, 1, 0],
    ]);
    expect(recap.sessions[2]?.speakers).toEqual([{ name: "Doe, Jane", avatar: "https://acme.example/jane.jpg" }]);
    expect(recap.takeaways).toEqual(["GitOps is everywhere."]);
    expect(recap.outro).toEqual(["See you in Valencia!"]);
    expect(recap.relatedReads).toHaveLength(2);
    expect(recap.callToAction).toEqual({
      title: "Want to dive deeper?",
      body: ["Get in touch with our experts today."],
      label: "Get in touch",
      url: "https://acme.example/contact",
    });
  });

  it("shows the error message that a broken version of the example really gets", () => {
    const broken = example
      .replace("- Format: keynote", "- Format: Keynote")
      .replace("- Speaker: Marco Palladino, Kong", "- Speaker: Marco Palladino,");
    const documented = /\n```\n(This Markdown recap[\s\S]*?)\n```/.exec(documentation)?.[1];
    expect(documented).toMatch(/^This Markdown recap has 2 problems:\n- line 26, sessions\[0\]\.speakers/);
    expect(() => readMarkdown(broken)).toThrow(documented);
  });

  it("reads the example back the same after toRecapMarkdown", () => {
    const recap: Recap = readMarkdown(example);
    expect(readMarkdown(toRecapMarkdown(recap))).toStrictEqual(toRecapDocument(parseRecap(recap)));
  });
});
