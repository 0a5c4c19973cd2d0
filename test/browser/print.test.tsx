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

  it("does not split a session across pages where it fits on one", async () => {
    const pdf = await commands.printToPdf(renderRecapToHtml(recap));
    // Each short session starts and ends on the same page: its title and its last takeaway are together.
    for (const session of raw.sessions.filter((s) => s.summary.join(" ").length < 1500)) {
      const last = session.takeaways.at(-1) as string;
      const page = pdf.text.findIndex((pageText) => pageText.replace(/\s+/g, " ").includes(session.title));
      expect(page, session.title).toBeGreaterThanOrEqual(0);
      expect(pdf.text[page]?.replace(/\s+/g, " "), session.title).toContain(last.slice(0, 40));
    }
  });
});
