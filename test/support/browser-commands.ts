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
  /** Where the text of each page lies, in millimetres from the sheet's left and top edges. */
  textBox: Array<{ left: number; right: number; top: number; bottom: number }>;
  /** The sheet's size in millimetres. */
  sheet: { width: number; height: number };
}

export interface PrintOptions {
  /**
   * The margins the printer adds around the page's own: 15 mm on every side (a print dialog's
   * default), or none, where only the page's `@page` margins keep text off the sheet's edge.
   * @default "15mm"
   */
  printerMargins?: "15mm" | "none";
}

/** Emulates media features for the page under test: forced colours, reduced motion, print. */
export const emulateMedia: BrowserCommand<[options: Record<string, string | null>]> = async (context, options) => {
  await (context as unknown as PlaywrightContext).page.emulateMedia(options);
};

/** What the browser's accessibility tree holds for an element of the page under test: what a screen reader reads. */
export const ariaSnapshot: BrowserCommand<[selector: string]> = async (context, selector) =>
  (context as unknown as PlaywrightContext).iframe.locator(selector).first().ariaSnapshot();

/** Prints a standalone HTML page to PDF in Chromium, the way a reader's "Save as PDF" does, and reads its text back. */
export const printToPdf: BrowserCommand<[html: string, options?: PrintOptions]> = async (
  context,
  html,
  options = {},
): Promise<PrintedPdf> => {
  const page = await (context as unknown as PlaywrightContext).context.newPage();
  try {
    await page.setContent(html, { waitUntil: "load" });
    await page.emulateMedia({ media: "print" });
    const pdf = await page.pdf({
      format: "A4",
      printBackground: false,
      ...(options.printerMargins === "none" ? {} : { margin: { top: "15mm", bottom: "15mm", left: "15mm", right: "15mm" } }),
    });
    const { getDocument } = await import("pdfjs-dist/legacy/build/pdf.mjs");
    const document = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: false, isEvalSupported: false }).promise;
    const text: string[] = [];
    const textBox: PrintedPdf["textBox"] = [];
    const mm = (points: number) => Math.round((points / 72) * 25.4 * 10) / 10;
    let sheet = { width: 0, height: 0 };
    for (let number = 1; number <= document.numPages; number++) {
      const page = await document.getPage(number);
      const [, , width, height] = page.view as [number, number, number, number];
      sheet = { width: mm(width), height: mm(height) };
      const content = await page.getTextContent();
      text.push(content.items.map((item) => ("str" in item ? item.str + (item.hasEOL ? "\n" : "") : "")).join(""));
      // Each run of text: its baseline's start (transform[4], [5], from the sheet's bottom), width and height.
      const runs = content.items.flatMap((item) => ("str" in item && item.str.trim() ? [item] : []));
      textBox.push({
        left: mm(Math.min(...runs.map((run) => run.transform[4] as number))),
        right: mm(width - Math.max(...runs.map((run) => (run.transform[4] as number) + run.width))),
        top: mm(height - Math.max(...runs.map((run) => (run.transform[5] as number) + run.height))),
        bottom: mm(Math.min(...runs.map((run) => run.transform[5] as number))),
      });
    }
    return { pages: document.numPages, text, textBox, sheet };
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
