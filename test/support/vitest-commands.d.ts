import type { Recap } from "../../src/index.js";
import type { PrintedPdf, PrintOptions } from "./browser-commands.js";

declare module "vitest/internal/browser" {
  interface BrowserCommands {
    emulateMedia: (options: Record<string, string | null>) => Promise<void>;
    printToPdf: (html: string, options?: PrintOptions) => Promise<PrintedPdf>;
    ariaSnapshot: (selector: string) => Promise<string>;
    renderInNode: (fixture: "kubecon" | "german" | "arabic", language?: string) => Promise<{ html: string; recap: Recap; icu: string }>;
  }
}
