import { describe, expect, it } from "vitest";
import { commands } from "vitest/browser";
import { renderRecapToHtml } from "../../src/static/index.js";
import raw from "../fixtures/kubecon-eu-2021.recap.json" with { type: "json" };

describe("printing the real recap to PDF in Chromium", () => {
  const recap = {
    ...raw,
    callToAction: { ...raw.callToAction, url: "https://example.com/contact" },
    relatedReads: raw.relatedReads.map((read, index) => ({ ...read, url: `https://example.com/read-${index + 1}` })),
  };

  it("prints the article without the call to action, with link URLs after their links", async () => {
    const pdf = await commands.printToPdf(renderRecapToHtml(recap));
    const text = pdf.text.join("\n").replace(/\s+/g, " ");
    expect(pdf.pages).toBeGreaterThan(1);
    expect(text).toContain("KubeCon + CloudNativeCon Europe 2021: our highlights and takeaways");
    for (const session of raw.sessions) expect(text).toContain(session.title);
    // Links show where they go.
    expect(text).toContain("Kuma on GitHub (https://github.com/kumahq/kuma)");
    expect(text).toContain("cncf/podtato-head (https://github.com/cncf/podtato-head)");
    expect(text).toContain("(https://example.com/read-1)");
    // Nothing to click on paper.
    expect(text).not.toContain(raw.callToAction.title);
    expect(text).not.toContain("Sessions in this recap");
  });

  it("prints the seed recap on at most six A4 pages, sessions flowing from page to page", async () => {
    const pdf = await commands.printToPdf(renderRecapToHtml(raw));
    expect(pdf.pages).toBeLessThanOrEqual(6);
    // Flowing: no page is left mostly empty before the last one (page 1 held ten lines when every session started a page).
    const lines = pdf.text.map((page) => page.split("\n").length);
    expect(Math.min(...lines.slice(0, -1))).toBeGreaterThan(20);
  });

  it("never leaves a session's title alone at the foot of a page: it shares its page with the summary's start", async () => {
    const pdf = await commands.printToPdf(renderRecapToHtml(raw));
    const pages = pdf.text.map((page) => page.replace(/\s+/g, " "));
    for (const session of raw.sessions) {
      const page = pages.findIndex((text) => text.includes(session.title));
      expect(page, session.title).toBeGreaterThanOrEqual(0);
      expect(pages[page], session.title).toContain((session.summary[0] as string).slice(0, 30));
    }
  });

  it("keeps a call to action that gives a mail address, with the address", async () => {
    const pdf = await commands.printToPdf(
      renderRecapToHtml({ ...raw, callToAction: { ...raw.callToAction, label: "Write to us", url: "mailto:recaps@example.com" } }),
    );
    const text = pdf.text.join("\n").replace(/\s+/g, " ");
    expect(text).toContain(raw.callToAction.title);
    expect(text).toContain("Write to us (recaps@example.com)");
  });
});
