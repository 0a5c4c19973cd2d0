import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { parseRecap } from "../src/index.js";
import { renderRecapEmbed } from "../src/static/index.js";
import raw from "./fixtures/kubecon-eu-2021.recap.json" with { type: "json" };

const recap = parseRecap(raw);
const fragment = renderRecapEmbed(recap, { headingLevel: 1, showTitle: false });

describe("renderRecapEmbed", () => {
  it("is one <recap-kit-embed> whose declarative shadow root holds recap-kit's styles and the article", () => {
    expect(fragment).toMatch(/^<recap-kit-embed><template shadowrootmode="open"><style>[^<]*--rk-color-text:/);
    expect(fragment).toMatch(/<div class="rk-Embed"><article [^>]*class="rk-RecapArticle"/);
    expect(fragment.trimEnd().endsWith("</template></recap-kit-embed>")).toBe(true);
    // Nothing runs: the only script is the structured data.
    expect(fragment.match(/<script/g)).toHaveLength(1);
    expect(fragment).toContain('<script type="application/ld+json">');
  });

  it("takes the outline options", () => {
    expect(fragment).not.toMatch(/<h\d class="rk-Heading rk-RecapHeader-title"/);
    expect(fragment).toMatch(/<h2 class="rk-Heading rk-SessionCard-title"/);
    expect(fragment).toMatch(/min read/);
  });
});

describe("<recap-kit-embed src> (recap-kit/embed)", () => {
  beforeAll(async () => {
    await import("../src/embed/index.js");
  });

  afterEach(() => {
    vi.unstubAllGlobals();
    document.body.replaceChildren();
  });

  function serve(body: string, status = 200) {
    const fetched: string[] = [];
    vi.stubGlobal(
      "fetch",
      vi.fn(async (url: URL) => {
        fetched.push(String(url));
        return new Response(body, { status, headers: { "content-type": "text/html" } });
      }),
    );
    return fetched;
  }

  async function embed(src: string) {
    const element = document.createElement("recap-kit-embed");
    element.innerHTML = '<a href="https://example.com/recap">Read the recap</a>';
    element.setAttribute("src", src);
    document.body.append(element);
    await vi.waitFor(() => expect(element.dataset.state).toMatch(/ready|error/));
    return element;
  }

  it("is defined by importing the script", () => {
    expect(customElements.get("recap-kit-embed")).toBeDefined();
  });

  it("fetches the fragment from src and shows the recap in an open shadow root", async () => {
    const fetched = serve(fragment);
    const element = await embed("/recaps/kubecon.html");
    expect(fetched).toEqual([new URL("/recaps/kubecon.html", document.baseURI).href]);
    expect(element.dataset.state).toBe("ready");
    const root = element.shadowRoot as ShadowRoot;
    expect(root.querySelector(".rk-RecapArticle")).not.toBeNull();
    expect(root.querySelector("style")?.textContent).toContain("--rk-color-text");
    expect(root.querySelectorAll(".rk-SessionCard")).toHaveLength(recap.sessions.length);
  });

  it("shows nothing that could run from what it fetched, and makes its relative addresses absolute", async () => {
    const hostile = fragment.replace(
      '<div class="rk-Embed">',
      '<div class="rk-Embed"><script>window.ran = true</script><img src="pic.png" onerror="window.ran = true"><a href="javascript:alert(1)">x</a><a href="notes.html">notes</a><iframe src="https://example.com"></iframe>',
    );
    serve(hostile);
    const element = await embed("https://recaps.example.org/2021/kubecon.html");
    const root = element.shadowRoot as ShadowRoot;
    expect(root.querySelector("script:not([type='application/ld+json'])")).toBeNull();
    expect(root.querySelector("iframe")).toBeNull();
    expect(root.querySelector("img")?.getAttribute("onerror")).toBeNull();
    expect(root.querySelector("img")?.getAttribute("src")).toBe("https://recaps.example.org/2021/pic.png");
    expect(root.querySelector("a[href^='javascript']")).toBeNull();
    expect(root.querySelector("a[href$='notes.html']")?.getAttribute("href")).toBe("https://recaps.example.org/2021/notes.html");
    // The session index keeps its in-page links.
    expect(root.querySelector(".rk-SessionIndex a")?.getAttribute("href")).toMatch(/^#/);
  });

  it("keeps its own content and says why when the recap cannot be fetched", async () => {
    serve("not found", 404);
    const error = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const element = await embed("/missing.html");
    expect(element.dataset.state).toBe("error");
    expect(element.shadowRoot).toBeNull();
    expect(element.textContent).toContain("Read the recap");
    expect(error).toHaveBeenCalledWith(expect.stringContaining('<recap-kit-embed src="/missing.html">: the recap could not be shown: 404'));
    error.mockRestore();
  });

  it("refuses a page that holds no embed", async () => {
    serve("<!doctype html><p>Hello</p>");
    const error = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const element = await embed("/page.html");
    expect(element.dataset.state).toBe("error");
    expect(error).toHaveBeenCalledWith(expect.stringContaining("recap-kit render --embed"));
    error.mockRestore();
  });
});
