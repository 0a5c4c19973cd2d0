import { render, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { parseRecap, SessionCard, SessionIndex, toJsonLd } from "../src/index.js";

// One anchor scheme (src/model/slug.ts) for parsed recaps, hand-placed cards, the index and JSON-LD.
const sessions = [
  { title: "Opening keynote", speakers: [] },
  { title: "Ceph at scale: what broke", speakers: [] },
  { title: "🎉", speakers: [] },
  { title: "ライトニングトーク", speakers: [] },
];

/** Every link of the index points at an element of the page, and each at a different one. */
function expectIndexLinksUp(container: HTMLElement) {
  const links = within(screen.getByRole("navigation")).getAllByRole("link");
  const targets = links.map((link) => decodeURIComponent((link.getAttribute("href") ?? "").slice(1)));
  expect(new Set(targets).size).toBe(links.length);
  for (const target of targets) expect(container.querySelector(`[id="${CSS.escape(target)}"]`), target).not.toBeNull();
}

describe("anchors", () => {
  it("link a hand-placed index to hand-placed cards, titles without letters included", () => {
    const { container } = render(
      <>
        <SessionIndex sessions={sessions} />
        {sessions.map((session) => (
          <SessionCard key={session.title} {...session} />
        ))}
      </>,
    );
    expectIndexLinksUp(container);
  });

  it("are the same for parsed sessions placed by hand, and in the structured data", () => {
    const recap = parseRecap({ title: "T", url: "https://example.com/recap", event: { name: "E" }, sessions });
    const { container } = render(
      <>
        <SessionIndex sessions={sessions} />
        {recap.sessions.map((session) => (
          <SessionCard key={session.id} {...session} />
        ))}
      </>,
    );
    expectIndexLinksUp(container);
    const urls = JSON.stringify(toJsonLd(recap));
    for (const session of recap.sessions) expect(urls).toContain(`https://example.com/recap#${session.id}`);
  });
});
