import { cleanup, render } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { commands } from "vitest/browser";
import { parseRecap, RecapArticle } from "../../src/index.js";
import { renderRecapToHtml } from "../../src/static/index.js";
import "../../src/styles.css";
import raw from "../fixtures/kubecon-eu-2021.recap.json" with { type: "json" };

afterEach(async () => {
  cleanup();
  await commands.emulateMedia({ media: null });
});

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
    const bare = await commands.printToPdf(renderRecapToHtml(raw), { printerMargins: "none" });
    console.log(`editorial: print pages ${JSON.stringify({ printer15mm: pdf.pages, printerNone: bare.pages })}`);
    expect(pdf.pages).toBeLessThanOrEqual(6);
    expect(bare.pages).toBeLessThanOrEqual(6);
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

  it("keeps text 15 mm or more from every edge of the sheet by its own @page margins, when the printer adds none", async () => {
    const pdf = await commands.printToPdf(renderRecapToHtml(raw), { printerMargins: "none" });
    const nearest = {
      left: Math.min(...pdf.textBox.map((box) => box.left)),
      right: Math.min(...pdf.textBox.map((box) => box.right)),
      top: Math.min(...pdf.textBox.map((box) => box.top)),
      bottom: Math.min(...pdf.textBox.map((box) => box.bottom)),
    };
    console.log(`editorial: print margins in mm ${JSON.stringify({ sheet: pdf.sheet, nearest })}`);
    // A4 (Chromium's is 8.27 × 11.7 in: a few tenths of a millimetre over).
    expect(pdf.sheet.width).toBeCloseTo(210, 0);
    expect(pdf.sheet.height).toBeCloseTo(297, 0);
    for (const [edge, distance] of Object.entries(nearest)) expect(distance, edge).toBeGreaterThanOrEqual(15);
  });

  it("lays the article out in blocks on paper, where widows and orphans are kept, not in flex boxes, where they are not", async () => {
    const { container } = render(<RecapArticle recap={parseRecap(raw)} />);
    await commands.emulateMedia({ media: "print" });
    const display = (selector: string) => getComputedStyle(container.querySelector(selector) as Element).display;
    // Around running text; a session's header (title, meta, byline) holds none and stays whole.
    for (const selector of [".rk-RecapArticle", ".rk-RecapArticle-sessions", ".rk-SessionCard"])
      expect(display(selector), selector).toBe("block");
    expect(getComputedStyle(container.querySelector(".rk-SessionCard-header") as Element).breakInside).toBe("avoid");
    const paragraph = getComputedStyle(container.querySelector(".rk-SessionCard .rk-Prose-paragraph") as Element);
    expect(Number(paragraph.orphans)).toBeGreaterThanOrEqual(2);
    expect(Number(paragraph.widows)).toBeGreaterThanOrEqual(2);
    // The space between the parts stays: margins where the gaps were.
    const header = container.querySelector(".rk-SessionCard-header") as Element;
    const summary = container.querySelector(".rk-SessionCard-summary") as Element;
    expect(summary.getBoundingClientRect().top - header.getBoundingClientRect().bottom).toBeGreaterThanOrEqual(8);
  });
});
