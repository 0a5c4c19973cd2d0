import { hydrateRoot } from "react-dom/client";
import { afterEach, describe, expect, it, vi } from "vitest";
import { commands } from "vitest/browser";
import { parseRecap, RecapArticle } from "../../src/index.js";
import { documentOf, type FixtureName } from "../support/server-render.js";

afterEach(() => {
  vi.restoreAllMocks();
  document.body.innerHTML = "";
});

/**
 * Hydrates, in Chromium, the HTML that Node rendered for the same document: the two carry
 * different ICU versions, which write dates, ranges and lists with different spaces. Any text
 * that differs is a hydration error (React #418), caught here.
 */
async function hydrateServerHtml(fixture: FixtureName, language?: string) {
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

  const problems: unknown[] = [];
  const root = hydrateRoot(container, <RecapArticle recap={parseRecap(documentOf(fixture, language))} />, {
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
  it("gives no hydration errors or warnings, and leaves the markup as the server wrote it", async () => {
    const result = await hydrateServerHtml(fixture);
    expect(result.problems).toEqual([]);
    expect(result.messages).toEqual([]);
    expect(result.after).toBe(result.asParsed);
    expect(result.after).toContain('class="rk-SessionCard"');
  });
});

describe("dates, ranges and lists written by Node's ICU and by Chromium's", () => {
  // Languages whose dates and ranges come out with different spaces from different ICU versions
  // (thin and narrow no-break spaces, a spaced or a tight range separator), and those recap-kit has labels for.
  it.each(["en", "de", "fr", "nl", "es", "ja", "ar", "pt-BR", "ru", "ko", "pl", "cs", "tr"])("match in %s", async (language) => {
    const result = await hydrateServerHtml("german", language);
    expect(result.problems, `Node ICU ${result.server.icu}`).toEqual([]);
    expect(result.messages).toEqual([]);
    // The event's range is in the page, as two dates.
    const container = document.createElement("div");
    container.innerHTML = result.server.html;
    expect(container.querySelectorAll(".rk-RecapHeader-eventDates time")).toHaveLength(2);
  });
});
