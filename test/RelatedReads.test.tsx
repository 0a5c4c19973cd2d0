import { render, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { parseRecap, RelatedReads } from "../src/index.js";
import raw from "./fixtures/kubecon-eu-2021.recap.json" with { type: "json" };

const seed = parseRecap(raw).relatedReads ?? [];
const linked =
  parseRecap({ ...raw, relatedReads: raw.relatedReads.map((read, index) => ({ ...read, url: `https://example.com/${index}` })) })
    .relatedReads ?? [];

describe("RelatedReads", () => {
  it("is a section with a heading and a list of teasers", () => {
    render(<RelatedReads relatedReads={seed} />);
    expect(screen.getByRole("heading", { level: 2, name: "What others have also read" })).toBeInTheDocument();
    expect(screen.getAllByRole("listitem")).toHaveLength(3);
  });

  it("shows a teaser without URL as plain text, not a dead link", () => {
    render(<RelatedReads relatedReads={seed} />);
    expect(screen.queryByRole("link")).toBeNull();
  });

  it("names each title-less teaser's link by the start of its excerpt, never 'Read more'", () => {
    render(<RelatedReads relatedReads={linked} />);
    const links = screen.getAllByRole("link");
    expect(links).toHaveLength(3);
    const names = links.map((link) => link.textContent ?? "");
    expect(new Set(names).size).toBe(3);
    expect(names[0]).toMatch(/^CloudBrew has always been a highlight/);
    for (const name of names) {
      expect(name.length).toBeLessThanOrEqual(81);
      expect(name).not.toMatch(/read more/i);
    }
  });

  it("names a titled teaser's one link by its title", () => {
    render(<RelatedReads relatedReads={[{ title: "Istio in practice", url: "/istio", excerpt: seed[2]?.excerpt }]} headingLevel={3} />);
    const teaser = screen.getByRole("listitem");
    expect(within(teaser).getAllByRole("link")).toHaveLength(1);
    expect(within(teaser).getByRole("link", { name: "Istio in practice" })).toHaveAttribute("href", "/istio");
    expect(within(teaser).getByRole("heading", { level: 4 })).toHaveTextContent("Istio in practice");
  });

  it("shows a linked whole-article excerpt shortened by parseRecap at a word, and leaves the data whole", () => {
    const before = structuredClone(linked);
    render(<RelatedReads relatedReads={linked} />);
    const excerpt = document.querySelectorAll(".rk-RelatedReads-excerpt")[2]?.textContent ?? "";
    expect(excerpt.length).toBeLessThanOrEqual(181);
    expect(excerpt.endsWith("…")).toBe(true);
    expect(excerpt).toMatch(/^In the complex world of modern software development/);
    // Cut at a word boundary: the word before the ellipsis is a whole word of the original.
    const lastWord = excerpt.slice(0, -1).split(" ").at(-1) ?? "";
    expect(linked[2]?.excerpt?.text.split(/[\s,.]+/)).toContain(lastWord);
    expect(linked).toEqual(before);
    expect(linked[2]?.excerpt?.text).toBe(raw.relatedReads[2]?.excerpt);
  });

  it("shows an excerpt that leads nowhere in whole sentences: never cut inside a name", () => {
    render(<RelatedReads relatedReads={seed} />);
    const excerpts = [...document.querySelectorAll(".rk-RelatedReads-excerpt")].map((excerpt) => excerpt.textContent ?? "");
    expect(excerpts).toEqual([
      "CloudBrew has always been a highlight on our calendar, but the 2025 edition felt different. Perhaps it was the timing. Just the month prior, November 2025, the Azure Belgium Central region finally opened its doors.",
      "Better uptime, lower costs, and avoiding vendor lock-in. These are three of the reasons why our customers opt for a multicloud strategy.",
      "In the complex world of modern software development, companies are faced with the challenge of seamlessly integrating diverse applications developed and managed by different teams. An invaluable asset in overcoming this challenge is the Service Mesh.",
    ]);
    for (const [index, excerpt] of excerpts.entries()) expect(raw.relatedReads[index]?.excerpt.startsWith(excerpt)).toBe(true);
  });

  it("shows the date in a time element and the image with its alt text and reserved size", () => {
    render(
      <RelatedReads
        relatedReads={[
          {
            title: "CloudBrew 2025",
            url: "/cloudbrew",
            date: "2025-12-15",
            image: { src: "/cloudbrew.jpg", alt: "The main stage", width: 640, height: 360 },
          },
        ]}
      />,
    );
    expect(document.querySelector("time")).toHaveAttribute("datetime", "2025-12-15");
    expect(document.querySelector("time")).toHaveTextContent("December 15, 2025");
    const image = screen.getByRole("img", { name: "The main stage" });
    expect(image).toHaveAttribute("width", "640");
    expect(image).toHaveAttribute("height", "360");
    expect(image).toHaveAttribute("loading", "lazy");
  });

  it("shows at most `max` teasers, in a list or a grid", () => {
    const { container } = render(<RelatedReads relatedReads={linked} max={2} layout="list" heading="Keep reading" />);
    expect(screen.getAllByRole("listitem")).toHaveLength(2);
    expect(container.firstElementChild).toHaveAttribute("data-layout", "list");
    expect(screen.getByRole("heading", { name: "Keep reading" })).toBeInTheDocument();
  });

  it("never links a teaser or loads an image from a refused URL", () => {
    render(
      <RelatedReads
        relatedReads={[{ title: "Free prize", url: "javascript:alert(1)", image: { src: "data:image/svg+xml,<svg/>", alt: "x" } }]}
      />,
    );
    expect(screen.queryByRole("link")).toBeNull();
    expect(screen.queryByRole("img")).toBeNull();
    expect(screen.getByRole("heading", { name: "Free prize" })).toBeInTheDocument();
  });

  it("renders nothing for an empty list", () => {
    expect(render(<RelatedReads relatedReads={[]} />).container).toBeEmptyDOMElement();
  });

  it("labels the section by its heading when given an id", () => {
    render(<RelatedReads relatedReads={seed} id="more" />);
    expect(screen.getByRole("region", { name: "What others have also read" })).toHaveAttribute("id", "more");
  });

  it("marks a teaser with neither title nor link, which is shown as a quoted excerpt rather than a card", () => {
    const { container } = render(<RelatedReads relatedReads={[seed[0] ?? {}, { ...linked[1], title: "Titled" }]} />);
    const [bare, titled] = [...container.querySelectorAll(".rk-RelatedReads-teaser")];
    expect(bare).toHaveAttribute("data-linked", "false");
    expect(bare).toHaveAttribute("data-titled", "false");
    expect(titled).toHaveAttribute("data-linked", "true");
    expect(titled).toHaveAttribute("data-titled", "true");
  });
});
