import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, userEvent, within } from "storybook/test";
import { type Session, SessionCard } from "../src/index.js";
import { ar } from "../src/labels/ar.js";
import { ja } from "../src/labels/ja.js";
import {
  jsonControl,
  labelsControl,
  languageControl,
  mobileViewport,
  optionalBooleanControl,
  selectControl,
  textChildrenControl,
  textControl,
} from "./docs/controls.js";
import { LeftAndRight, LightAndDark } from "./docs/SideBySide.js";
import { kubecon } from "./fixture.js";
import { arabicSpeakers, japaneseSpeakers, longNames, panelOfTen } from "./people.js";

const [kuma, extend, dod, contour, containerd, gitops, hacking] = kubecon.sessions as [
  Session,
  Session,
  Session,
  Session,
  Session,
  Session,
  Session,
];

const meta = {
  title: "Components/SessionCard",
  component: SessionCard,
  // The docs page is SessionCard.mdx.
  tags: ["!autodocs"],
  args: { speakers: [], summary: [], takeaways: [], resources: [], tags: [] },
  argTypes: {
    format: selectControl(
      ["keynote", "talk", "panel", "workshop", "lightning", "other"],
      "The session's format, shown in the metadata line.",
    ),
    speakers: jsonControl("Person[]", "Who spoke: { name, affiliation?, role?, url?, avatar? } each, in order."),
    summary: jsonControl(
      "RichText[] | string[]",
      "The summary's paragraphs: parseRecap's rich text (inline markup read), or plain strings, shown as written.",
    ),
    takeaways: jsonControl("RichText[] | string[]", "What to remember, one sentence each: rich text from parseRecap, or plain strings."),
    resources: jsonControl("Resource[]", "Slides, recordings …: { kind, url, label? } each."),
    tags: jsonControl("string[]", "Tags, shown as '#words'."),
    variant: selectControl(["full", "compact"], "`full`: everything; `compact`: title, byline and first paragraph."),
    appearance: selectControl(["card", "section"], "`card`: a box of its own; `section`: an open section, as in an article."),
    bylineVariant: selectControl(
      ["inline", "list"],
      "The byline as a sentence or one row per person (default: a list from five people, or three with roles).",
    ),
    headingLevel: { control: "select", options: [2, 3, 4, 5, 6] },
    code: textControl('The programme\'s code for the session ("SEC204"), shown as a badge.'),
    date: textControl('When it took place: an ISO date ("2021-05-06") or date and time ("2021-05-06T16:55:00+02:00").'),
    dateText: textControl(
      "The date as written for readers (parseRecap writes it in the recap's language); leave empty to have it written.",
    ),
    timeText: textControl('The time as written for readers ("16:55"); parseRecap writes it from a date with a time.'),
    track: textControl("The track or co-located event, shown first in the metadata line."),
    showAvatars: optionalBooleanControl("Show the speakers' avatars: by default when one of them has a picture."),
    conjunction: selectControl(["and", "ampersand"], "How the byline joins the last names."),
    language: languageControl,
    labels: labelsControl,
    children: textChildrenControl,
  },
} satisfies Meta<typeof SessionCard>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A keynote at a co-located event: track and format as badges, a repository link. The parsed session is spread into the card. */
export const KeynoteAtColocatedEvent: Story = {
  args: { ...kuma },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const article = canvas.getByRole("article", { name: kuma.title });
    await expect(article).toHaveAttribute("id", kuma.id);
    await expect(canvas.getByRole("heading", { level: 2, name: kuma.title })).toBeVisible();
    await expect(canvas.getByRole("link", { name: `Link to this session: ${kuma.title}` })).toHaveAttribute("href", `#${kuma.id}`);
    await expect(canvas.getByText("ServiceMeshCon 2021").closest(".rk-Badge")).toHaveTextContent("Track: ServiceMeshCon 2021");
    // A resource with a label of its own also says, unseen, what its icon shows.
    await expect(canvas.getByRole("link", { name: `Repository: Kuma on GitHub for “${kuma.title}”` })).toBeVisible();
  },
};

/** Two speakers of one organisation, five paragraphs, three takeaways. */
export const SameOrganisation: Story = { args: { ...dod } };

/** Speakers of different organisations. */
export const DifferentOrganisations: Story = { args: { ...hacking } };

/** A quoted title and no resources. */
export const QuotedTitle: Story = { args: { ...extend } };

/** A summary with an inline link, and a resource to the same repository. */
export const InlineLinkInSummary: Story = { args: { ...gitops } };

export const TwoSpeakersFromJapan: Story = { args: { ...containerd } };

export const RateLimiting: Story = { args: { ...contour } };

/** Everything a session can have: code, date, every resource kind, tags. */
export const EverythingFilledIn: Story = {
  args: {
    ...hacking,
    code: "SEC204",
    date: "2021-05-06T16:55:00+02:00",
    resources: [
      { kind: "slides", url: "https://static.sched.com/hosted_files/kccnceu2021/hacking.pdf" },
      { kind: "recording", url: "https://www.youtube.com/watch?v=GtrkIuq5T3M" },
      { kind: "repo", url: "https://github.com/kubernetes/kubernetes" },
      { kind: "docs", url: "https://kubernetes.io/docs/concepts/security/" },
    ],
    tags: ["security", "rbac", "cve"],
  },
};

/** No speakers ("Opening keynotes"): no empty byline. */
export const NoSpeakers: Story = {
  args: { ...gitops, title: "Opening keynotes", id: "opening-keynotes", speakers: [] },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector(".rk-SpeakerByline")).toBeNull();
  },
};

/** A panel of ten speakers, with a moderator: from five people on, the byline is a list. */
export const PanelOfTen: Story = {
  args: { ...kuma, id: "panel", title: "Panel: the future of service meshes", format: "panel", speakers: panelOfTen },
};

/** A 120-character title and speakers with very long names: everything wraps. */
export const LongTitle: Story = {
  args: {
    ...dod,
    id: "long",
    title: "How the Department of Defense Uses Kubernetes, Flux and Cluster API to Achieve Compliance and Deployment Consistency at Scale",
    speakers: longNames,
    track: "Cloud Native Security Day and Kubernetes Policy Working Group Joint Session",
  },
};

/** Only what an index or a sidebar needs: title, byline and the first paragraph. */
export const Compact: Story = {
  args: { ...dod, variant: "compact" },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.queryByRole("heading", { name: "Key takeaways" })).toBeNull();
    await expect(canvasElement.querySelectorAll(".rk-SessionCard-summary p")).toHaveLength(1);
  },
};

/** `children` replace the summary, for composing in JSX. */
export const ComposedChildren: Story = {
  args: {
    ...contour,
    children: (
      <figure style={{ margin: 0 }}>
        <blockquote style={{ margin: 0 }}>“Rate limiting was the feature everyone asked about.”</blockquote>
        <figcaption>— our team, after the session</figcaption>
      </figure>
    ),
  },
};

/** Empty lists: no takeaways, no resources, no summary. Nothing empty is rendered. */
export const EmptyLists: Story = {
  args: { id: "bare", title: "Lightning talks", speakers: [], takeaways: [], resources: [] },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).queryByRole("list")).toBeNull();
  },
};

/** A resource URL that may not be a link is shown as text. */
export const RefusedResourceUrl: Story = {
  args: { ...contour, resources: [{ kind: "slides", url: "javascript:alert(1)" }] },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).queryByRole("link", { name: /^Slides/ })).toBeNull();
  },
};

/** A right-to-left session: Arabic text, one left-to-right name and a URL isolated inside it. */
export const RightToLeft: Story = {
  args: {
    id: "arabic",
    title: "أمن Kubernetes: كيف تحمي عنقودك",
    speakers: arabicSpeakers,
    track: "يوم الأمن السحابي",
    format: "talk",
    summary: ["عرض المتحدثون كيف يمكن اختراق عنقود Kubernetes غير المحمي، ثم كيف تمنع RBAC وسياسات الشبكة ذلك."],
    takeaways: ["فعّل RBAC بالكامل.", "اشترك في قائمة CVE الخاصة بـ Kubernetes."],
    resources: [{ kind: "repo", url: "https://github.com/kubernetes/kubernetes", label: "المستودع" }],
    language: "ar",
    labels: ar,
  },
  parameters: { direction: "rtl", lang: "ar" },
};

/** A Japanese recap's session, with Japanese labels and joining words. */
export const Japanese: Story = {
  args: {
    id: "containerd-ja",
    title: "containerd 入門とディープダイブ",
    speakers: japaneseSpeakers,
    format: "talk",
    track: "コンテナランタイム",
    summary: [
      "containerd の概要と最新の更新、そして Kubernetes や Docker からどのように使われているかが紹介されました。",
      "リモートスナップショッターによる遅延プルでは、イメージ全体の取得を待たずにコンテナを起動できます。",
    ],
    takeaways: ["Kubernetes は containerd と直接やり取りする。", "containerd 1.5 で zstd 圧縮に対応した。"],
    resources: [{ kind: "repo", url: "https://github.com/containerd/nerdctl" }],
    language: "ja",
    labels: ja,
  },
  parameters: { lang: "ja" },
};

/** The two appearances: a card for a session shown alone, open sections with a rule between them for a long read (as RecapArticle sets them). */
export const CardAndSections: Story = {
  args: { ...kuma },
  render: () => (
    <div style={{ display: "grid", gap: "2rem" }}>
      <SessionCard {...kuma} id="card" appearance="card" />
      <div style={{ display: "flex", flexDirection: "column", gap: "2rem" }}>
        <SessionCard {...extend} id="section-1" appearance="section" />
        <SessionCard {...hacking} id="section-2" appearance="section" />
      </div>
    </div>
  ),
  play: async ({ canvasElement }) => {
    const card = getComputedStyle(canvasElement.querySelector("#card") as Element);
    const second = getComputedStyle(canvasElement.querySelector("#section-2") as Element);
    await expect(card.borderTopWidth).toBe("1px");
    await expect(card.borderLeftWidth).toBe("1px");
    await expect(second.borderTopWidth).toBe("1px");
    await expect(second.borderLeftWidth).toBe("0px");
  },
};

/** Every piece of metadata in one place: track, format, code, date and time, tags, every resource kind. */
export const AllMetadata: Story = {
  args: {
    ...hacking,
    format: "workshop",
    code: "SEC204",
    date: "2021-05-06T16:55:00+02:00",
    track: "Cloud Native Security Day",
    resources: [
      { kind: "slides", url: "https://example.com/s.pdf" },
      { kind: "recording", url: "https://example.com/r" },
      { kind: "repo", url: "https://example.com/g" },
      { kind: "article", url: "https://example.com/a" },
      { kind: "docs", url: "https://example.com/d" },
      { kind: "other", url: "https://example.com/o", label: "Workshop notes" },
      { kind: "slides", url: "javascript:alert(1)", label: "A refused URL, shown as text" },
    ],
    tags: ["security", "rbac", "cve"],
  },
};

/** Light and dark next to each other, whatever the toolbar's theme. */
export const LightAndDarkSideBySide: Story = {
  args: { ...dod, format: "talk", code: "GIT101", tags: ["gitops", "compliance"] },
  render: (args) => <LightAndDark>{(theme) => <SessionCard {...args} id={`dod-${theme}`} />}</LightAndDark>,
};

/** Left to right and right to left next to each other: the self-link, the rule of the takeaways and the metadata mirror. */
export const LeftToRightAndRightToLeft: Story = {
  args: { ...hacking },
  render: () => (
    <LeftAndRight
      rtlLang="ar"
      ltr={<SessionCard {...hacking} id="ltr" />}
      rtl={
        <SessionCard
          id="rtl"
          title="أمن Kubernetes: كيف تحمي عنقودك"
          speakers={arabicSpeakers}
          track="يوم الأمن السحابي"
          format="talk"
          summary={["عرض المتحدثون كيف يمكن اختراق عنقود Kubernetes غير المحمي، ثم كيف تمنع RBAC وسياسات الشبكة ذلك."]}
          takeaways={["فعّل RBAC بالكامل.", "اشترك في قائمة CVE الخاصة بـ Kubernetes."]}
          resources={[{ kind: "repo", url: "https://github.com/kubernetes/kubernetes" }]}
          language="ar"
          labels={ar}
        />
      }
    />
  ),
};

/** On a phone (375 px): the title wraps, the self-link follows its last word, names move to the next line whole. */
export const OnAPhone: Story = {
  args: { ...hacking, code: "SEC204", date: "2021-05-06T16:55:00+02:00", track: "Cloud Native Security Day" },
  globals: mobileViewport,
};

/** Keyboard focus on the self-link: a visible ring on a target of at least 24 × 24 px. */
export const FocusedSelfLink: Story = {
  args: { ...contour },
  play: async ({ canvasElement }) => {
    const link = within(canvasElement).getByRole("link", { name: `Link to this session: ${contour.title}` });
    await userEvent.tab();
    await expect(link).toHaveFocus();
    const style = getComputedStyle(link);
    await expect(style.outlineStyle).toBe("solid");
    const box = link.getBoundingClientRect();
    await expect(box.width).toBeGreaterThanOrEqual(24);
    await expect(box.height).toBeGreaterThanOrEqual(24);
  },
};

/**
 * Hovering a resource underlines its label; the pointer over the self-link gives it the link's
 * colour. Point at them to see it: a play function sends synthetic events, which CSS :hover does
 * not see, so test/browser/design.test.tsx checks the hovered look with a real pointer.
 */
export const HoveredResource: Story = {
  args: { ...kuma },
  play: async ({ canvasElement }) => {
    const link = within(canvasElement).getByRole("link", { name: /^Repository: Kuma on GitHub/ });
    await userEvent.hover(link);
    await expect(link).toBeVisible();
  },
};

/**
 * A summary as Controls shows it: `{ text, nodes }`. A designer edits `text`; the card renders what
 * it now says (read again, inline markup too), not the `nodes` parsed before the edit.
 */
export const EditedSummaryText: Story = {
  args: { ...dod, summary: [{ text: "Edited in **Controls**: the card shows it.", nodes: ["The summary before the edit."] }] },
  play: async ({ canvasElement }) => {
    const summary = canvasElement.querySelector(".rk-SessionCard-summary") as HTMLElement;
    await expect(summary).toHaveTextContent("Edited in Controls: the card shows it.");
    await expect(summary.querySelector("strong")).toHaveTextContent("Controls");
    await expect(summary).not.toHaveTextContent("before the edit");
  },
};
