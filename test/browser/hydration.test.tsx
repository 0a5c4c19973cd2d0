import { hydrateRoot } from "react-dom/client";
import { renderToString } from "react-dom/server";
import { afterEach, describe, expect, it, vi } from "vitest";
import { parseRecap, RecapArticle } from "../../src/index.js";
import rawGerman from "../fixtures/cloudtage-hamburg-2024.de.recap.json" with { type: "json" };
import raw from "../fixtures/kubecon-eu-2021.recap.json" with { type: "json" };

afterEach(() => {
  vi.restoreAllMocks();
  document.body.innerHTML = "";
});

describe.each([
  ["the real KubeCon recap", raw],
  ["the German recap over two days", rawGerman],
])("hydrating the server HTML of %s", (_name, document_) => {
  it("gives no hydration errors or warnings, and leaves the markup as the server wrote it", async () => {
    const messages: string[] = [];
    for (const level of ["error", "warn"] as const) {
      vi.spyOn(console, level).mockImplementation((...args: unknown[]) => {
        messages.push(`${level}: ${args.map(String).join(" ")}`);
      });
    }
    const recap = parseRecap(document_);
    const serverHtml = renderToString(<RecapArticle recap={recap} />);
    const container = document.createElement("div");
    container.innerHTML = serverHtml;
    document.body.append(container);
    // The DOM as the browser parsed the server's HTML, before React touches it.
    const asParsed = container.innerHTML;

    const problems: unknown[] = [];
    const root = hydrateRoot(container, <RecapArticle recap={parseRecap(document_)} />, {
      onRecoverableError: (error) => problems.push(error),
      onCaughtError: (error) => problems.push(error),
      onUncaughtError: (error) => problems.push(error),
    });
    await new Promise((resolve) => setTimeout(resolve, 200));

    expect(problems).toEqual([]);
    expect(messages).toEqual([]);
    expect(container.innerHTML).toBe(asParsed);
    expect(container.querySelectorAll("article.rk-SessionCard").length).toBe(recap.sessions.length);
    root.unmount();
  });
});
