import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, within } from "storybook/test";
import { de, ja, RecapHeader } from "../src/index.js";
import { cloudTage, kubecon } from "./fixture.js";

const meta = {
  title: "Components/RecapHeader",
  component: RecapHeader,
  tags: ["autodocs"],
} satisfies Meta<typeof RecapHeader>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The real recap's header: the event with its dates, the one `h1`, and a reading time. */
export const FromTheSeed: Story = {
  args: { title: kubecon.title, event: kubecon.event, readingMinutes: 9 },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole("heading", { level: 1 })).toHaveTextContent(kubecon.title);
    await expect([...canvasElement.querySelectorAll("time")].map((time) => time.getAttribute("datetime"))).toEqual([
      "2021-05-04",
      "2021-05-07",
    ]);
  },
};

/** Every field: subtitle, authors with roles and a profile link, published and updated dates, tags. */
export const Everything: Story = {
  args: {
    title: cloudTage.title,
    subtitle: cloudTage.subtitle,
    event: cloudTage.event,
    authors: cloudTage.authors,
    publishedAt: cloudTage.publishedAt,
    updatedAt: cloudTage.updatedAt,
    tags: cloudTage.tags,
    readingMinutes: 6,
    language: "de",
    labels: de,
  },
  parameters: { lang: "de" },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole("link", { name: "Jana Petersen" })).toHaveAttribute(
      "href",
      "https://beispiel-beratung.de/team/jana-petersen",
    );
    await expect(canvas.getByRole("list", { name: "Schlagwörter" })).toBeVisible();
    await expect(canvasElement).toHaveTextContent("10.–11. September 2024");
  },
};

/** A hero image with its size reserved, so nothing shifts while it loads. */
export const WithImage: Story = {
  args: {
    title: kubecon.title,
    event: kubecon.event,
    image: { src: "/assets/teaser.svg", alt: "A stylised landscape under a yellow sun", width: 640, height: 360 },
  },
};

/** A one-day event in Japanese: one date, Japanese labels. */
export const Japanese: Story = {
  args: {
    title: "KubeCon Japan 2025 参加レポート",
    event: { name: "KubeCon + CloudNativeCon Japan", edition: "2025", startDate: "2025-06-16", endDate: "2025-06-16", location: "東京" },
    publishedAt: "2025-06-20",
    readingMinutes: 4,
    language: "ja",
    labels: ja,
  },
  parameters: { lang: "ja" },
};

/** Only what is required: the title and the event's name. */
export const Minimal: Story = { args: { title: "Notes from a meetup", event: { name: "Cloud Native Meetup" } } };
