import { render, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { parseRecap, RecapArticle } from "../src/index.js";
import { renderRecapToHtml } from "../src/static/index.js";
import raw from "./fixtures/kubecon-eu-2021.recap.json" with { type: "json" };

const recap = parseRecap(raw);
// Two days, so that the day headings are part of the outline too.
const twoDays = parseRecap({
  ...raw,
  sessions: raw.sessions.map((session, index) => ({ ...session, date: index < 3 ? "2021-05-04" : "2021-05-05" })),
});

/** The levels of the article's headings, in order. */
const levels = (container: HTMLElement) =>
  [...container.querySelectorAll("h1, h2, h3, h4, h5, h6")].map((heading) => Number(heading.localName[1]));

describe("RecapArticle's outline", () => {
  it("is h1 for the title, then h2 for each section, by default", () => {
    const { container } = render(<RecapArticle recap={recap} />);
    expect(screen.getByRole("heading", { level: 1 })).toHaveTextContent(recap.title);
    expect(levels(container)[0]).toBe(1);
    expect(Math.max(...levels(container))).toBe(3);
    for (const session of recap.sessions) expect(screen.getByRole("heading", { name: session.title }).localName).toBe("h2");
  });

  it("starts at headingLevel and shifts everything under it: days, sessions, takeaways, related reads, the call to action", () => {
    const { container } = render(<RecapArticle recap={twoDays} headingLevel={2} />);
    expect(container.querySelector("h1")).toBeNull();
    expect(screen.getByRole("heading", { level: 2, name: recap.title })).toBeInTheDocument();
    const days = container.querySelectorAll(".rk-RecapArticle-dayHeading");
    expect(days.length).toBe(2);
    for (const day of days) expect(day.localName).toBe("h3");
    for (const session of recap.sessions) expect(screen.getByRole("heading", { name: session.title }).localName).toBe("h4");
    for (const heading of container.querySelectorAll(".rk-SessionCard .rk-TakeawayList-heading")) expect(heading.localName).toBe("h5");
    expect(container.querySelector(".rk-RelatedReads-heading")?.localName).toBe("h3");
    expect(container.querySelector(".rk-CallToAction-title")?.localName).toBe("h3");
    // Never a skipped level.
    const outline = levels(container);
    for (let i = 1; i < outline.length; i++) expect(outline[i]).toBeLessThanOrEqual((outline[i - 1] as number) + 1);
  });

  it("never goes deeper than h6", () => {
    const { container } = render(<RecapArticle recap={twoDays} headingLevel={5} />);
    expect(Math.min(...levels(container))).toBe(5);
    expect(Math.max(...levels(container))).toBe(6);
  });

  it("leaves the title out with showTitle={false}, keeping the event, its dates and the reading time", () => {
    const { container } = render(<RecapArticle recap={recap} headingLevel={2} showTitle={false} />);
    expect(screen.queryByRole("heading", { name: recap.title })).toBeNull();
    const header = container.querySelector("header") as HTMLElement;
    expect(within(header).getByText(/min read/)).toBeInTheDocument();
    expect(header.querySelector(".rk-RecapHeader-event time")).not.toBeNull();
    // The sessions keep the level below the (hidden) title: the page's own h1 › h2 … › h3.
    expect(screen.getByRole("heading", { name: recap.sessions[0]?.title as string }).localName).toBe("h3");
  });
});

describe("recap-kit/static's outline options", () => {
  it("renders the fragment under the page's headings", () => {
    const html = renderRecapToHtml(recap, { fragment: true, headingLevel: 2, showTitle: false });
    expect(html).not.toMatch(/<h1|<h2 class="rk-Heading rk-RecapHeader-title/);
    expect(html).toMatch(/<h3 class="rk-Heading rk-SessionCard-title"/);
    expect(html).toMatch(/min read/);
  });

  it("keeps h1 for the title of a standalone page by default", () => {
    expect(renderRecapToHtml(recap)).toMatch(/<h1 class="rk-Heading rk-RecapHeader-title">/);
  });
});
