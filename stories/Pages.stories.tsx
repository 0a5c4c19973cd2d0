import type { Meta, StoryObj } from "@storybook/react-vite";
import type { CSSProperties } from "react";
import { expect, within } from "storybook/test";
import { CallToAction, InvalidRecap, parseRecap, RecapArticle, SessionCard, safeParseRecap, toJsonLd } from "../src/index.js";
import { ar } from "../src/labels/ar.js";
import { de } from "../src/labels/de.js";
import kubeconJson from "../test/fixtures/kubecon-eu-2021.recap.json" with { type: "json" };
import { BRAND } from "./docs/brand.js";
import { LightAndDark } from "./docs/SideBySide.js";
import { cloudArabia, cloudTage, kubecon } from "./fixture.js";

const BRAND_CSS = `:root {\n${Object.entries(BRAND)
  .map(([name, value]) => `  ${name}: ${value};`)
  .join("\n")}\n}`;

const meta = {
  title: "Pages",
  component: RecapArticle,
  tags: ["autodocs"],
  // On the docs page each whole page is a frame of its own, a screen high (see RecapArticle).
  parameters: { layout: "fullscreen", docs: { story: { inline: false, height: "40rem" } } },
} satisfies Meta<typeof RecapArticle>;

export default meta;
type Story = StoryObj<typeof meta>;

/**
 * The real recap this project was born from, end to end, imported as an app imports it
 * (`import recap from "./kubecon-eu-2021.recap.md"`, parsed at build time by `recap-kit/vite`, which
 * Storybook's Vite builder runs), with its structured data worked out beside it
 * (`structuredData={toJsonLd(recap)}`).
 */
export const KubeConEurope2021: Story = {
  name: "KubeCon Europe 2021",
  args: { recap: kubecon, structuredData: toJsonLd(kubecon) },
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

/**
 * The same real recap written as JSON (test/fixtures/kubecon-eu-2021.recap.json), parsed where it
 * enters with `parseRecap`, as a server that reads documents at run time does: the same page.
 */
export const KubeConEurope2021FromJson: Story = {
  name: "KubeCon Europe 2021 (from JSON)",
  args: { recap: parseRecap(kubeconJson) },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole("heading", { level: 1 })).toHaveTextContent(kubecon.title);
    await expect(canvas.getByText("Michael Medellin")).toBeVisible();
    await expect(canvas.getByRole("link", { name: "cncf/podtato-head" })).toHaveAttribute("href", "https://github.com/cncf/podtato-head");
  },
};

/**
 * A German recap over two days: sessions grouped under day headings, dates and joining words in
 * German from the document's language, and the German labels the page passes (`labels={de}`).
 */
export const CloudTageHamburg2024: Story = {
  name: "Cloud-Tage Hamburg 2024 (Deutsch)",
  args: { recap: cloudTage, labels: de, structuredData: toJsonLd(cloudTage, de) },
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

/**
 * A right-to-left page: the article is `dir="rtl"` from its language, and every left-to-right
 * name, product and URL inside it is isolated, so it cannot scramble the Arabic around it.
 */
export const CloudNativeArabia2025: Story = {
  name: "Cloud Native Arabia 2025 (العربية)",
  args: { recap: cloudArabia, labels: ar },
  parameters: { direction: "rtl", lang: "ar" },
  play: async ({ canvasElement }) => {
    const article = canvasElement.querySelector("article");
    await expect(article).toHaveAttribute("dir", "rtl");
    await expect(article).toHaveAttribute("lang", "ar");
    const names = [...canvasElement.querySelectorAll("bdi.rk-SpeakerByline-name")].map((bdi) => bdi.textContent);
    await expect(names).toContain("Ellen Körbes");
    await expect(within(canvasElement).getByRole("heading", { level: 2, name: "خلاصتنا" })).toBeVisible();
  },
};

/**
 * A site's brand in five custom properties on `:root`, in the site's own (unlayered) CSS and without
 * `!important`: the accent in light and dark (links, focus, badges, the takeaways' label and the
 * button follow it), a serif for headings in a bold weight, rounder corners. They win everywhere,
 * inside themed containers too; running text keeps the site's face.
 */
export const BrandedInFiveLines: Story = {
  name: "Branded in five lines",
  args: { recap: kubecon },
  decorators: [
    (Story) => (
      <>
        <style>{BRAND_CSS}</style>
        <Story />
      </>
    ),
  ],
  play: async ({ canvasElement, globals }) => {
    for (const selector of [".rk-RecapHeader-title", ".rk-SessionCard-title", ".rk-TakeawayList-heading"]) {
      const heading = getComputedStyle(canvasElement.querySelector(selector) as HTMLElement);
      await expect(heading.fontFamily).toContain("Georgia");
      await expect(heading.fontWeight).toBe("700");
    }
    await expect(getComputedStyle(canvasElement.querySelector(".rk-Prose-paragraph") as HTMLElement).fontFamily).not.toContain("Georgia");
    const index = canvasElement.querySelector(".rk-SessionIndex") as HTMLElement;
    await expect(getComputedStyle(index).borderTopLeftRadius).toBe("16px");
    const accent = globals.theme === "dark" ? "rgb(220, 178, 242)" : "rgb(106, 27, 154)";
    for (const selector of [".rk-RecapHeader-event .rk-Link", ".rk-TakeawayList-heading", ".rk-Badge[data-kind='track']"])
      await expect(asRgb(getComputedStyle(canvasElement.querySelector(selector) as HTMLElement).color)).toBe(accent);
  },
};

/**
 * The same brand on a session and a call to action, in the light and the dark theme side by side:
 * what the five properties change, at a glance.
 */
export const BrandLightAndDark: Story = {
  name: "Brand: light and dark",
  args: { recap: kubecon },
  // Shown whole on the Design tokens page.
  parameters: { docs: { story: { inline: true } } },
  render: () => {
    const session = kubecon.sessions[0];
    return (
      <div style={BRAND as CSSProperties}>
        <LightAndDark>
          {(theme) => (
            <div style={{ display: "grid", gap: "1.5rem" }}>
              {session ? <SessionCard {...session} id={`brand-${theme}`} headingLevel={2} /> : null}
              <CallToAction
                title="Want to know more?"
                body={["Write to us about service meshes."]}
                label="Get in touch"
                url="mailto:hello@example.com"
                headingLevel={2}
              />
            </div>
          )}
        </LightAndDark>
      </div>
    );
  },
  play: async ({ canvasElement }) => {
    const [light, dark] = [...canvasElement.querySelectorAll("[data-rk-theme] [data-rk-theme]")];
    for (const [pane, accent] of [
      [light, "rgb(106, 27, 154)"],
      [dark, "rgb(220, 178, 242)"],
    ] as const) {
      const color = (selector: string, property: "color" | "backgroundColor" = "color") =>
        asRgb(getComputedStyle(pane?.querySelector(selector) as HTMLElement)[property]);
      await expect(color(".rk-Badge[data-kind='track']")).toBe(accent);
      await expect(color(".rk-TakeawayList-heading")).toBe(accent);
      await expect(color(".rk-CallToAction-action", "backgroundColor")).toBe(accent);
      await expect(getComputedStyle(pane?.querySelector(".rk-SessionCard-title") as HTMLElement).fontFamily).toContain("Georgia");
    }
  },
};

/** A computed colour as `rgb(r, g, b)`, whether the browser writes it so or as `color(srgb …)` (a relative colour's). */
function asRgb(value: string): string {
  const srgb = /^color\(srgb ([\d.e-]+) ([\d.e-]+) ([\d.e-]+)\)$/.exec(value);
  return srgb ? `rgb(${[srgb[1], srgb[2], srgb[3]].map((channel) => Math.round(Number(channel) * 255)).join(", ")})` : value;
}

/** A document with mistakes, as a CMS might send it. */
const invalidDocument: unknown = {
  title: "",
  event: { name: "KubeCon", startDate: "4 May 2021" },
  sessions: [{ title: "Hacking into Kubernetes Security", speakers: [{ name: "" }], format: "Talk" }],
};

/**
 * An invalid document, where it is parsed: `safeParseRecap` returns every problem with its path,
 * and the page shows them in `InvalidRecap` (in development) instead of the article.
 */
export const InvalidDocument: StoryObj = {
  render: () => {
    const result = safeParseRecap(invalidDocument);
    return result.ok ? <RecapArticle recap={result.value} /> : <InvalidRecap issues={result.issues} />;
  },
  play: async ({ canvasElement }) => {
    const alert = within(canvasElement).getByRole("alert");
    await expect(alert).toHaveTextContent("sessions[0].speakers[0].name");
    await expect(alert).toHaveTextContent("event.startDate");
    await expect(alert.querySelectorAll("li")).toHaveLength(4);
    await expect(canvasElement.querySelector("article")).toBeNull();
  },
};
