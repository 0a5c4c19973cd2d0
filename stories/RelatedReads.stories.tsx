import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, within } from "storybook/test";
import { RelatedReads } from "../src/index.js";
import { kubecon } from "./fixture.js";

const meta = {
  title: "Components/RelatedReads",
  component: RelatedReads,
  tags: ["autodocs"],
  args: { relatedReads: kubecon.relatedReads },
} satisfies Meta<typeof RelatedReads>;

export default meta;
type Story = StoryObj<typeof meta>;

/**
 * The seed's teasers as published: no titles, no links, and a third excerpt that is a whole
 * article long, shortened for display at a word boundary and clamped.
 */
export const FromTheSeed: Story = {
  play: async ({ canvasElement }) => {
    const excerpts = canvasElement.querySelectorAll(".rk-RelatedReads-excerpt");
    await expect(excerpts).toHaveLength(3);
    await expect(excerpts[2]?.textContent?.endsWith("…")).toBe(true);
    await expect(within(canvasElement).queryByRole("link")).toBeNull();
  },
};

const linked = (kubecon.relatedReads ?? []).map((read, index) => ({
  ...read,
  url: `https://example.com/blog/${index + 1}`,
}));

/** Title-less teasers with URLs: each link is named by the start of its excerpt, never "Read more". */
export const TitleLessWithLinks: Story = {
  args: { relatedReads: linked },
  play: async ({ canvasElement }) => {
    const links = within(canvasElement).getAllByRole("link");
    await expect(links).toHaveLength(3);
    const names = links.map((link) => link.textContent);
    await expect(new Set(names).size).toBe(3);
    await expect(names[0]?.startsWith("CloudBrew has always been")).toBe(true);
  },
};

/** Titles, dates and images with reserved size. */
export const WithTitlesDatesAndImages: Story = {
  args: {
    relatedReads: [
      {
        title: "CloudBrew 2025: our highlights",
        url: "https://example.com/blog/cloudbrew-2025",
        excerpt: kubecon.relatedReads?.[0]?.excerpt,
        date: "2025-12-15",
        image: { src: "/assets/teaser.svg", alt: "A stylised landscape under a yellow sun", width: 640, height: 360 },
      },
      {
        title: "Why a multicloud strategy, and why Google Cloud",
        url: "https://example.com/blog/multicloud",
        excerpt: kubecon.relatedReads?.[1]?.excerpt,
        date: "2024-03-02",
      },
      {
        title: "Istio Service Mesh in practice",
        url: "https://example.com/blog/istio",
        excerpt: kubecon.relatedReads?.[2]?.excerpt,
        image: { src: "/assets/teaser.svg", alt: "" },
      },
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

/** Japanese excerpts are shortened between characters, not at spaces they do not have. */
export const Japanese: Story = {
  args: {
    language: "ja",
    excerptLength: 60,
    heading: "こちらの記事も読まれています",
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
  parameters: { lang: "ja" },
};

/** An empty list renders nothing. */
export const Empty: Story = {
  args: { relatedReads: [] },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector(".rk-RelatedReads")).toBeNull();
  },
};
