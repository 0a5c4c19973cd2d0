import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, userEvent, within } from "storybook/test";
import { RelatedReads, toRecapDocument } from "../src/index.js";
import { ja } from "../src/labels/ja.js";
import { jsonControl, labelsControl, languageControl, mobileViewport, selectControl } from "./docs/controls.js";
import { LightAndDark } from "./docs/SideBySide.js";
import { kubecon, parsed, teasers } from "./fixture.js";

const meta = {
  title: "Components/RelatedReads",
  component: RelatedReads,
  // The docs page is RelatedReads.mdx.
  tags: ["!autodocs"],
  args: { relatedReads: kubecon.relatedReads },
  argTypes: {
    relatedReads: jsonControl(
      "RelatedRead[]",
      "The teasers, from parseRecap: { title?, url?, excerpt?, shortExcerpt?, linkText?, date?, dateText?, image? } each.",
    ),
    layout: selectControl(["grid", "list"], "Side by side where there is room, or one under the other."),
    headingLevel: { control: "select", options: [2, 3, 4, 5, 6] },
    heading: { control: "text" },
    language: languageControl,
    labels: labelsControl,
  },
} satisfies Meta<typeof RelatedReads>;

export default meta;
type Story = StoryObj<typeof meta>;

/**
 * The seed's teasers as published: no titles, no links, and a third excerpt that is a whole
 * article long. Leading nowhere, each is quoted across the column, set off by a rule, not a card
 * that looks as if it opened something, and shortened after a whole sentence: nothing cut mid-name.
 */
export const FromTheSeed: Story = {
  play: async ({ canvasElement }) => {
    const excerpts = canvasElement.querySelectorAll(".rk-RelatedReads-excerpt");
    await expect(excerpts).toHaveLength(3);
    for (const excerpt of excerpts) await expect(excerpt.textContent).toMatch(/[.!?]$/);
    await expect(within(canvasElement).queryByRole("link")).toBeNull();
    const list = (canvasElement.querySelector(".rk-RelatedReads-list") as HTMLElement).getBoundingClientRect();
    for (const teaser of canvasElement.querySelectorAll(".rk-RelatedReads-teaser"))
      await expect(teaser.getBoundingClientRect().width).toBeGreaterThan(0.9 * list.width);
  },
};

/** The seed's teasers with URLs, parsed: parseRecap names each link by the start of its excerpt. */
const linked = parsed({
  relatedReads: (toRecapDocument(kubecon).relatedReads ?? []).map((read, index) => ({
    ...read,
    url: `https://example.com/blog/${index + 1}`,
  })),
}).relatedReads;

/** Title-less teasers with URLs: each link is named by the start of its excerpt, never "Read more". */
export const TitleLessWithLinks: Story = {
  args: { relatedReads: linked },
  play: async ({ canvasElement }) => {
    const links = within(canvasElement).getAllByRole("link");
    await expect(links).toHaveLength(3);
    const names = links.map((link) => link.textContent);
    await expect(new Set(names).size).toBe(3);
    await expect(names[0]?.startsWith("CloudBrew has always been")).toBe(true);
    // A name, not the whole excerpt: at most about 80 characters.
    for (const name of names) await expect(name?.length).toBeLessThanOrEqual(81);
  },
};

/** Titles, dates and images with reserved size. */
export const WithTitlesDatesAndImages: Story = {
  args: {
    relatedReads: [
      { ...teasers[0], image: { src: "/assets/teaser.svg", alt: "A stylised landscape under a yellow sun", width: 640, height: 360 } },
      teasers[1] ?? {},
      { ...teasers[2], image: { src: "/assets/teaser.svg", alt: "" } },
    ],
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole("link", { name: "Istio Service Mesh in practice" })).toHaveAttribute(
      "href",
      "https://example.com/blog/istio",
    );
    await expect(canvasElement.querySelector("time")).toHaveAttribute("datetime", "2025-12-15");
    await expect(canvasElement.querySelector("img")).toHaveAttribute("width", "640");
  },
};

/** One under the other. */
export const ListLayout: Story = { args: { relatedReads: linked, layout: "list" } };

/** At most two teasers. */
export const AtMostTwo: Story = {
  args: { relatedReads: linked, max: 2 },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getAllByRole("listitem")).toHaveLength(2);
  },
};

export const CustomHeading: Story = { args: { heading: "Keep reading", relatedReads: linked } };

/** Japanese excerpts are shortened between characters, not at spaces they do not have (parseRecap with `excerptLength: 60`). */
export const Japanese: Story = {
  args: {
    language: "ja",
    labels: ja,
    relatedReads: parsed(
      {
        language: "ja",
        relatedReads: [
          {
            title: "KubeCon Japan 2025 参加レポート",
            url: "https://example.com/ja/kubecon-japan",
            excerpt:
              "初めて日本で開催された KubeCon に参加しました。基調講演からハンズオンまで、クラウドネイティブの最新動向を現地の熱気とともにお届けします。特にプラットフォームエンジニアリングのセッションは満員でした。",
            date: "2025-06-20",
          },
        ],
      },
      { excerptLength: 60 },
    ).relatedReads,
  },
  parameters: { lang: "ja" },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector(".rk-RelatedReads-heading")).toHaveTextContent(ja.relatedReads);
    const excerpt = canvasElement.querySelector(".rk-RelatedReads-excerpt")?.textContent ?? "";
    await expect(excerpt.endsWith("…")).toBe(true);
    await expect(excerpt.length).toBeLessThanOrEqual(61);
  },
};

/** An empty list renders nothing. */
export const Empty: Story = {
  args: { relatedReads: [] },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector(".rk-RelatedReads")).toBeNull();
  },
};

/** Two teasers fill the row: no empty third column. */
export const TwoFillTheRow: Story = {
  args: { relatedReads: teasers.slice(0, 2) },
  play: async ({ canvasElement }) => {
    const list = (canvasElement.querySelector(".rk-RelatedReads-list") as Element).getBoundingClientRect();
    const last = (canvasElement.querySelectorAll(".rk-RelatedReads-teaser")[1] as Element).getBoundingClientRect();
    await expect(Math.round(last.right)).toBe(Math.round(list.right));
  },
};

/** One teaser takes the whole row. */
export const OneFillsTheRow: Story = { args: { relatedReads: teasers.slice(0, 1) } };

/** Light and dark next to each other, with titles, dates and an image to the card's edge. */
export const LightAndDarkSideBySide: Story = {
  render: () => (
    <LightAndDark>
      {(theme) => (
        <RelatedReads
          id={`reads-${theme}`}
          heading={`Also read (${theme})`}
          relatedReads={[{ ...teasers[0], image: { src: "/assets/teaser.svg", alt: "", width: 640, height: 360 } }, teasers[1] ?? {}]}
        />
      )}
    </LightAndDark>
  ),
};

/** Keyboard focus on a teaser: the ring goes around the whole card. */
export const FocusedTeaser: Story = {
  args: { relatedReads: teasers },
  play: async ({ canvasElement }) => {
    await userEvent.tab();
    const teaser = canvasElement.querySelector(".rk-RelatedReads-teaser") as Element;
    await expect(getComputedStyle(teaser).outlineStyle).toBe("solid");
  },
};

/** On a phone (375 px): one column. */
export const OnAPhone: Story = { args: { relatedReads: teasers }, globals: mobileViewport };
