import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, within } from "storybook/test";
import { RecapArticle, RelatedReads, ResourceLinks, type Session, SessionCard, SpeakerByline, TakeawayList } from "../src/index.js";
import { parsed } from "./fixture.js";

/**
 * Components used directly with odd but possible props: empty lists, missing optional props,
 * huge strings, unusual but valid URLs, and hostile text that must stay text. Each story also
 * runs as a test in Chromium with axe, light and dark.
 */
const meta = {
  title: "Testing/Edge cases",
  tags: ["autodocs"],
} satisfies Meta;

export default meta;
type Story = StoryObj<typeof meta>;

const WORD_10K = "Kubernetes".repeat(1_000);
const HOSTILE = '<script>alert("x")</script><img src=x onerror=alert(1)>';

/** A SessionCard with nothing but what it needs: a title and an empty list of speakers. */
export const BareSession: Story = {
  render: () => <SessionCard title="Lightning talks" speakers={[]} />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole("heading", { level: 2, name: "Lightning talks" })).toBeVisible();
    await expect(canvas.queryByRole("list")).toBeNull();
  },
};

/** A 10,000-character word in a title, a byline, a summary and a takeaway: it wraps, nothing overflows. */
export const TenThousandCharacterWord: Story = {
  render: () => (
    <SessionCard
      title={WORD_10K.slice(0, 300)}
      speakers={[{ name: WORD_10K.slice(0, 200), affiliation: WORD_10K.slice(0, 120) }]}
      summary={[WORD_10K]}
      takeaways={[WORD_10K.slice(0, 500)]}
      track={WORD_10K.slice(0, 80)}
      resources={[{ kind: "other", url: `https://example.com/${WORD_10K.slice(0, 300)}`, label: WORD_10K.slice(0, 100) }]}
    />
  ),
  play: async ({ canvasElement }) => {
    const article = canvasElement.querySelector("article") as HTMLElement;
    await expect(article.scrollWidth).toBeLessThanOrEqual(article.clientWidth + 1);
  },
};

/** A session with script and markup in every text field, parsed as a document would be. */
const hostile = parsed({
  sessions: [
    {
      title: HOSTILE,
      speakers: [{ name: HOSTILE, affiliation: HOSTILE, role: HOSTILE }],
      summary: [HOSTILE, `**${HOSTILE}**`],
      takeaways: [HOSTILE],
      track: HOSTILE,
      code: HOSTILE,
      resources: [{ kind: "slides", url: "javascript:alert(1)", label: HOSTILE }],
    },
  ],
}).sessions[0] as Session;

/** Script and markup in every text field, through parseRecap: shown as text, never run; only its inline markup is read. */
export const MarkupIsText: Story = {
  render: () => <SessionCard {...hostile} />,
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelectorAll("script, img")).toHaveLength(0);
    await expect(within(canvasElement).getByRole("heading", { level: 2 })).toHaveTextContent(HOSTILE);
    // The one piece of markup recap-kit reads: **…** is strong, with the HTML inside it as text.
    await expect(canvasElement.querySelector(".rk-Prose strong")).toHaveTextContent(HOSTILE);
    // The only link is the card's own anchor; the refused slides URL stays text.
    const hrefs = within(canvasElement)
      .getAllByRole("link")
      .map((link) => link.getAttribute("href"));
    await expect(hrefs).toEqual(["#script-alert-x-script-img-src-x-onerror-alert-1"]);
    await expect(canvasElement).toHaveTextContent("javascript:alert(1)");
  },
};

/** Unusual but valid URLs: they become links exactly as written. */
export const UnusualValidUrls: Story = {
  render: () => (
    <ResourceLinks
      sessionTitle="Unusual links"
      resources={[
        { kind: "other", url: "mailto:talks@example.com?subject=Recap%20question&cc=team@example.com", label: "Mail with a subject" },
        { kind: "docs", url: "//cdn.example.com/docs/v1.2/", label: "Protocol-relative" },
        { kind: "article", url: "?session=42#takeaways", label: "Query and fragment" },
        { kind: "other", url: "#hacking-into-kubernetes-security", label: "On this page" },
        { kind: "repo", url: "https://bücher.example/repo", label: "Internationalised host" },
        { kind: "article", url: "https://en.wikipedia.org/wiki/Kubernetes_(software)", label: "Parentheses" },
      ]}
    />
  ),
  play: async ({ canvasElement }) => {
    const links = within(canvasElement).getAllByRole("link");
    await expect(links.map((link) => link.getAttribute("href"))).toEqual([
      "mailto:talks@example.com?subject=Recap%20question&cc=team@example.com",
      "//cdn.example.com/docs/v1.2/",
      "?session=42#takeaways",
      "#hacking-into-kubernetes-security",
      "https://bücher.example/repo",
      "https://en.wikipedia.org/wiki/Kubernetes_(software)",
    ]);
  },
};

/** Right-to-left override and zero-width characters in names: each name stays isolated in its own `<bdi>`. */
export const BidiTricksInNames: Story = {
  render: () => (
    <SpeakerByline
      speakers={[
        { name: "Mallory \u202Eevil\u202C", affiliation: "Tilt" },
        { name: "Zero\u200BWidth\u200DName", affiliation: "Data\u200Bdog" },
        { name: "Ellen Körbes", affiliation: "Tilt" },
      ]}
    />
  ),
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelectorAll("bdi.rk-SpeakerByline-name")).toHaveLength(3);
    await expect(canvasElement.querySelector("p")).toHaveTextContent("Ellen Körbes, Tilt");
  },
};

/** Empty lists everywhere: nothing empty is rendered (no orphan headings, no empty lists). */
export const EmptyLists: Story = {
  render: () => (
    <>
      <SpeakerByline speakers={[]} />
      <TakeawayList takeaways={[]} />
      <RelatedReads relatedReads={[]} />
      <ResourceLinks resources={[]} />
      <p>Only this paragraph is on the page.</p>
    </>
  ),
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelectorAll("h2, h3, ul, ol")).toHaveLength(0);
  },
};

/** A teaser with neither title nor URL, and one with a refused URL: plain text, never a dead link. */
export const TeasersWithoutLinks: Story = {
  render: () => (
    <RelatedReads
      relatedReads={
        parsed({
          relatedReads: [
            { excerpt: WORD_10K.slice(0, 2000) },
            { title: "A teaser whose URL is refused", url: "vbscript:msgbox(1)", excerpt: "It shows as text." },
          ],
        }).relatedReads
      }
    />
  ),
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).queryByRole("link")).toBeNull();
  },
};

/** A whole recap with the least a document can have: a title, an event's name, no sessions. */
export const MinimalRecap: Story = {
  render: () => <RecapArticle recap={parsed({ title: "Notes from a meetup", event: { name: "Cloud Native Meetup" } })} />,
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole("heading", { level: 1 })).toHaveTextContent("Notes from a meetup");
    await expect(within(canvasElement).queryByRole("navigation")).toBeNull();
  },
};
