import type { BrowserCommand } from "vitest/node";

// Commands that run next to the browser, with Playwright's own page: what a test inside the
// page cannot do by itself (emulate forced colours, print to PDF).

type PlaywrightContext = {
  page: { emulateMedia(options: Record<string, unknown>): Promise<void> };
  context: {
    newPage(): Promise<{
      setContent(html: string, options?: { waitUntil?: string }): Promise<void>;
      emulateMedia(options: Record<string, unknown>): Promise<void>;
      pdf(options: Record<string, unknown>): Promise<Uint8Array>;
      close(): Promise<void>;
    }>;
  };
};

export interface PrintedPdf {
  pages: number;
  /** The text of each page, as a PDF reader extracts it. */
  text: string[];
}

/** Emulates media features for the page under test: forced colours, reduced motion, print. */
export const emulateMedia: BrowserCommand<[options: Record<string, string | null>]> = async (context, options) => {
  await (context as unknown as PlaywrightContext).page.emulateMedia(options);
};

/** Prints a standalone HTML page to PDF in Chromium, the way a reader's "Save as PDF" does, and reads its text back. */
export const printToPdf: BrowserCommand<[html: string]> = async (context, html): Promise<PrintedPdf> => {
  const page = await (context as unknown as PlaywrightContext).context.newPage();
  try {
    await page.setContent(html, { waitUntil: "load" });
    await page.emulateMedia({ media: "print" });
    const pdf = await page.pdf({
      format: "A4",
      printBackground: false,
      margin: { top: "15mm", bottom: "15mm", left: "15mm", right: "15mm" },
    });
    const { getDocument } = await import("pdfjs-dist/legacy/build/pdf.mjs");
    const document = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: false, isEvalSupported: false }).promise;
    const text: string[] = [];
    for (let number = 1; number <= document.numPages; number++) {
      const content = await (await document.getPage(number)).getTextContent();
      text.push(content.items.map((item) => ("str" in item ? item.str + (item.hasEOL ? "\n" : "") : "")).join(""));
    }
    return { pages: document.numPages, text };
  } finally {
    await page.close();
  }
};
