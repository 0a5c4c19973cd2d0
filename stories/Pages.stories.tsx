import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, within } from "storybook/test";
import { RecapArticle } from "../src/index.js";
import { cloudTage, kubecon, kubeconJson } from "./fixture.js";

const meta = {
  title: "Pages",
  component: RecapArticle,
  tags: ["autodocs"],
  parameters: { layout: "fullscreen" },
} satisfies Meta<typeof RecapArticle>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The real recap this project was born from, end to end, from its raw JSON. */
export const KubeConEurope2021: Story = {
  name: "KubeCon Europe 2021",
  args: { recap: kubeconJson as Record<string, unknown> },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getAllByRole("heading", { level: 1 })).toHaveLength(1);
    await expect(canvas.getByRole("heading", { level: 1 })).toHaveTextContent(kubecon.title);
    await expect(canvas.getAllByRole("article", { name: (name) => kubecon.sessions.some((s) => s.title === name) })).toHaveLength(7);
    const index = canvas.getByRole("navigation", { name: "Sessions in this recap" });
    await expect(within(index).getAllByRole("link")).toHaveLength(7);
    // Headings never skip a level.
    const levels = [...canvasElement.querySelectorAll("h1, h2, h3, h4, h5, h6")].map((h) => Number(h.tagName[1]));
    levels.forEach((level, i) => {
      if (i > 0) expect(level).toBeLessThanOrEqual((levels[i - 1] ?? 1) + 1);
    });
    const jsonLd = JSON.parse(canvasElement.querySelector('script[type="application/ld+json"]')?.textContent ?? "{}");
    await expect(jsonLd.about.subEvent).toHaveLength(7);
  },
};

/** A German recap over two days: sessions grouped under day headings, German labels, dates and joining words. */
export const CloudTageHamburg2024: Story = {
  name: "Cloud-Tage Hamburg 2024 (Deutsch)",
  args: { recap: cloudTage },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvasElement.querySelector("article")).toHaveAttribute("lang", "de");
    await expect(canvas.getByRole("heading", { level: 2, name: "Dienstag, 10. September 2024" })).toBeVisible();
    await expect(canvas.getByRole("heading", { level: 2, name: "Mittwoch, 11. September 2024" })).toBeVisible();
    await expect(
      canvas.getByRole("heading", { level: 3, name: "Podiumsdiskussion: Brauchen wir wirklich noch Kubernetes?" }),
    ).toBeVisible();
    await expect(canvas.getByRole("heading", { level: 2, name: "Unser Fazit" })).toBeVisible();
    await expect(canvas.getByRole("link", { name: "Gespräch vereinbaren" })).toHaveAttribute(
      "href",
      "https://beispiel-beratung.de/kontakt",
    );
  },
};

/** In development, an invalid document shows every problem with its path instead of a broken page. */
export const InvalidDocument: Story = {
  args: {
    recap: {
      title: "",
      event: { name: "KubeCon", startDate: "4 May 2021" },
      sessions: [{ title: "Hacking into Kubernetes Security", speakers: [{ name: "" }], format: "Talk" }],
    },
    whenInvalid: "show",
  },
  play: async ({ canvasElement }) => {
    const alert = within(canvasElement).getByRole("alert");
    await expect(alert).toHaveTextContent("sessions[0].speakers[0].name");
    await expect(alert).toHaveTextContent("event.startDate");
    await expect(alert.querySelectorAll("li")).toHaveLength(4);
  },
};
