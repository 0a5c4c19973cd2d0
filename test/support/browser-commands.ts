import type { BrowserCommand } from "vitest/node";

// Commands that run next to the browser, with Playwright's own page: what a test inside the
// page cannot do by itself (emulate forced colours, print to PDF, render in Node).

type PlaywrightContext = {
  iframe: { locator(selector: string): { first(): { ariaSnapshot(): Promise<string> } } };
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

/** What the browser's accessibility tree holds for an element of the page under test: what a screen reader reads. */
export const ariaSnapshot: BrowserCommand<[selector: string]> = async (context, selector) =>
  (context as unknown as PlaywrightContext).iframe.locator(selector).first().ariaSnapshot();

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

type ServerRender = typeof import("./server-render.js");

let serverRender: Promise<ServerRender> | undefined;

/** server-render.tsx compiled for Node (React stays external, as in an app's server), loaded once. */
function loadServerRender(): Promise<ServerRender> {
  serverRender ??= (async () => {
    const { build } = await import("esbuild");
    const { pathToFileURL, fileURLToPath } = await import("node:url");
    // Inside the project, so that the external React resolves from its node_modules.
    const outfile = fileURLToPath(new URL(`../../node_modules/.cache/recap-kit-ssr/server-render-${process.pid}.mjs`, import.meta.url));
    await build({
      entryPoints: [fileURLToPath(new URL("./server-render.tsx", import.meta.url))],
      outfile,
      bundle: true,
      platform: "node",
      format: "esm",
      jsx: "automatic",
      external: ["react", "react-dom", "react/*", "react-dom/*"],
      logLevel: "silent",
    });
    return (await import(pathToFileURL(outfile).href)) as ServerRender;
  })();
  return serverRender;
}

/**
 * Parses a fixture and renders its RecapArticle to HTML in Node, with Node's ICU, as an app's
 * server does; returns the HTML and the parsed recap (sent to the browser as data, as a page
 * sends it), which the browser test hydrates from with Chromium's ICU.
 */
export const renderInNode: BrowserCommand<[fixture: string, language?: string]> = async (_context, fixture, language) => {
  const module = await loadServerRender();
  const { html, recap } = module.renderDocument(fixture as Parameters<ServerRender["renderDocument"]>[0], language);
  return { html, recap, icu: process.versions.icu ?? "unknown" };
};
