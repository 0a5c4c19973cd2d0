import { hydrateRoot } from "react-dom/client";
import { afterEach, describe, expect, it, vi } from "vitest";
import { commands } from "vitest/browser";
import { parseRecap, type Recap } from "../../src/index.js";
import { Article, documentOf, type FixtureName } from "../support/server-render.js";

afterEach(() => {
  vi.restoreAllMocks();
  document.body.innerHTML = "";
});

/**
 * What the client hydrates from:
 * - `server`: the recap the server parsed, as it reached the browser (the test runner sends it as
 *   data, as a page does);
 * - `json`: the same after JSON.stringify and JSON.parse, which is what a Server Component hands
 *   to a Client Component, or a page embeds for its client: no longer the frozen object parseRecap made;
 * - `again`: the document, parsed again in the browser with Chromium's ICU (an app that ships the
 *   document instead of the parsed recap).
 */
type ClientRecap = "server" | "json" | "again";

/**
 * Hydrates, in Chromium, the HTML that Node rendered for the same document: the two carry
 * different ICU versions, which write dates, ranges and lists with different spaces. Any text
 * that differs is a hydration error (React #418), caught here.
 */
async function hydrateServerHtml(fixture: FixtureName, client: ClientRecap, language?: string) {
  const messages: string[] = [];
  for (const level of ["error", "warn"] as const) {
    vi.spyOn(console, level).mockImplementation((...args: unknown[]) => {
      messages.push(`${level}: ${args.map(String).join(" ")}`);
    });
  }
  const server = await commands.renderInNode(fixture, language);
  const container = document.createElement("div");
  container.innerHTML = server.html;
  document.body.append(container);
  // The DOM as the browser parsed the server's HTML, before React touches it.
  const asParsed = container.innerHTML;

  const recap: Recap =
    client === "server"
      ? server.recap
      : client === "json"
        ? JSON.parse(JSON.stringify(server.recap))
        : parseRecap(documentOf(fixture, language));
  const problems: unknown[] = [];
  const root = hydrateRoot(container, <Article recap={recap} />, {
    onRecoverableError: (error) => problems.push(error),
    onCaughtError: (error) => problems.push(error),
    onUncaughtError: (error) => problems.push(error),
  });
  await new Promise((resolve) => setTimeout(resolve, 200));
  const after = container.innerHTML;
  root.unmount();
  return { problems, messages, asParsed, after, server };
}

describe.each([
  ["the real KubeCon recap", "kubecon"],
  ["the German recap over two days", "german"],
  ["the Arabic recap", "arabic"],
] as const)("hydrating Node's server HTML of %s in Chromium", (_name, fixture) => {
  it.each([
    ["the recap the server parsed", "server"],
    ["the server's recap sent as JSON, as a Server Component sends it to a Client Component", "json"],
    ["the document parsed again in the browser", "again"],
  ] as const)("from %s: no hydration errors or warnings, the markup left as the server wrote it", async (_how, client) => {
    const result = await hydrateServerHtml(fixture, client);
    expect(result.problems).toEqual([]);
    expect(result.messages).toEqual([]);
    expect(result.after).toBe(result.asParsed);
    expect(result.after).toContain('class="rk-SessionCard"');
  });
});

describe("dates, ranges and lists written by Node's ICU and by Chromium's", () => {
  // Languages whose dates and ranges come out with different spaces from different ICU versions
  // (thin and narrow no-break spaces, a spaced or a tight range separator), and those recap-kit has labels for.
  // From the server's recap, dates are Node's and only lists are written in the browser; parsed
  // again in the browser, dates are Chromium's too, and must still come out the same.
  describe.each(["json", "again"] as const)("hydrating from %s", (client) => {
    it.each(["en", "de", "fr", "nl", "es", "ja", "ar", "pt-BR", "ru", "ko", "pl", "cs", "tr"])("match in %s", async (language) => {
      const result = await hydrateServerHtml("german", client, language);
      expect(result.problems, `Node ICU ${result.server.icu}`).toEqual([]);
      expect(result.messages).toEqual([]);
      // The event's range is in the page, as two dates.
      const container = document.createElement("div");
      container.innerHTML = result.server.html;
      expect(container.querySelectorAll(".rk-RecapHeader-eventDates time")).toHaveLength(2);
    });
  });
});
