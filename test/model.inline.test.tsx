import { render } from "@testing-library/react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { inlineToText, parseInline } from "../src/index.js";
import { renderInline } from "./support/renderInline.js";

/** The markup, without the rk- classes every element carries (a test of its own checks those). */
function html(source: string): string {
  return renderToStaticMarkup(<p>{renderInline(source)}</p>)
    .replace(/^<p>|<\/p>$/g, "")
    .replace(/ class="rk-[^"]*"/g, "");
}

describe("inline markup", () => {
  it.each([
    ["plain text", "plain text"],
    ["*emphasis*", "<em>emphasis</em>"],
    ["**strong**", "<strong>strong</strong>"],
    ["`code`", "<code>code</code>"],
    ["``code with ` inside``", "<code>code with ` inside</code>"],
    ["a *b* c **d** e `f`", "a <em>b</em> c <strong>d</strong> e <code>f</code>"],
    ["**bold *and italic***", "<strong>bold <em>and italic</em></strong>"],
    ["*italic **and bold***", "<em>italic <strong>and bold</strong></em>"],
    ["`*not emphasis*`", "<code>*not emphasis*</code>"],
    [
      "[cncf/podtato-head](https://github.com/cncf/podtato-head)",
      '<a href="https://github.com/cncf/podtato-head" rel="noopener noreferrer">cncf/podtato-head</a>',
    ],
    ["[**strong** link](/relative)", '<a href="/relative"><strong>strong</strong> link</a>'],
    ["[mail us](mailto:hi@example.com)", '<a href="mailto:hi@example.com">mail us</a>'],
    [
      "[Wikipedia](https://en.wikipedia.org/wiki/Kuma_(software))",
      '<a href="https://en.wikipedia.org/wiki/Kuma_(software)" rel="noopener noreferrer">Wikipedia</a>',
    ],
    ["escaped \\*stars\\*", "escaped *stars*"],
    ["_emphasis_ and __strong__", "<em>emphasis</em> and <strong>strong</strong>"],
    ["*_nested_*, as written", "<em><em>nested</em></em>, as written"],
    ["**_bold italic_**", "<strong><em>bold italic</em></strong>"],
    ['[titled](https://x.y/a "The title")', '<a href="https://x.y/a" rel="noopener noreferrer" title="The title">titled</a>'],
    ["[spaced](<https://x.y/a b>)", '<a href="https://x.y/a b" rel="noopener noreferrer">spaced</a>'],
    ["see <https://x.y/a?b=1>.", 'see <a href="https://x.y/a?b=1" rel="noopener noreferrer"><bdi>https://x.y/a?b=1</bdi></a>.'],
    ["mail <jane@example.com>", 'mail <a href="mailto:jane@example.com">jane@example.com</a>'],
    ["a ![diagram of the mesh](/mesh.png) here", "a diagram of the mesh here"],
    ["[![badge](/b.svg)](https://x.y)", '<a href="https://x.y" rel="noopener noreferrer">badge</a>'],
  ])("renders %j", (source, expected) => {
    expect(html(source)).toBe(expected);
  });

  it.each([
    ["*unclosed emphasis", "*unclosed emphasis"],
    ["**unclosed strong", "**unclosed strong"],
    ["`unclosed code", "`unclosed code"],
    ["[unclosed link](/docs", "[unclosed link](/docs"],
    ["[no url]", "[no url]"],
    ["[text] (space before url)", "[text] (space before url)"],
    ["2 * 3 * 4 = 24", "2 * 3 * 4 = 24"],
    ["spreading load 20% on VMs, 30% on-premise", "spreading load 20% on VMs, 30% on-premise"],
    ["** not strong **", "** not strong **"],
    ["a ** b", "a ** b"],
    ["****", "****"],
    ["snake_case_name and my__dunder__name", "snake_case_name and my__dunder__name"],
    ["<b>not a tag</b> and <no-scheme>", "&lt;b&gt;not a tag&lt;/b&gt; and &lt;no-scheme&gt;"],
    ["\\<x:y> and \\![x](y)", '&lt;x:y&gt; and !<a href="y">x</a>'],
    ['[title never closed](/a "oops)', "[title never closed](/a &quot;oops)"],
  ])("leaves %j literal", (source, expected) => {
    expect(html(source)).toBe(expected);
  });

  it.each([
    ["<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"],
    ['<img src=x onerror="alert(1)">', "&lt;img src=x onerror=&quot;alert(1)&quot;&gt;"],
    ["[click](javascript:alert(1))", "click"],
    ["[click](JaVaScRiPt:alert(1))", "click"],
    ["[click](data:text/html,x)", "click"],
    ["[click](vbscript:x)", "click"],
    ["[click](javascript&#58;alert(1))", "click"],
    [
      '[x](https://example.com/"onmouseover="alert(1))',
      '<a href="https://example.com/&quot;onmouseover=&quot;alert(1)" rel="noopener noreferrer">x</a>',
    ],
    ["**<b>bold</b>**", "<strong>&lt;b&gt;bold&lt;/b&gt;</strong>"],
  ])("keeps hostile %j inert", (source, expected) => {
    expect(html(source)).toBe(expected);
  });

  it("gives every element a class, so a site's element resets cannot strip its look", () => {
    const { container } = render(<p>{renderInline("*a* **b** `c` [d](https://example.com)")}</p>);
    expect([...container.querySelectorAll("p *")].map((element) => `${element.tagName} ${element.className}`)).toEqual([
      "EM rk-Prose-emphasis",
      "STRONG rk-Prose-strong",
      "CODE rk-Prose-code",
      "A rk-Link rk-Prose-link",
    ]);
  });

  it("renders React elements, never raw HTML", () => {
    const { container } = render(<p>{renderInline("**a** <em>b</em>")}</p>);
    expect(container.querySelectorAll("strong")).toHaveLength(1);
    expect(container.querySelectorAll("em")).toHaveLength(0);
    expect(container.textContent).toBe("a <em>b</em>");
  });

  it("does not nest links", () => {
    expect(parseInline("[a [b](https://b) c](https://a)")).toEqual([
      { type: "text", value: "[a " },
      { type: "link", url: "https://b", children: [{ type: "text", value: "b" }] },
      { type: "text", value: " c](https://a)" },
    ]);
  });

  it("parses pathological input without blowing up, keeping every character", () => {
    // Unclosed markup must not make the parser quadratic or exhaust the stack; the test's
    // timeout is the guard (timings themselves are for \`npm run bench\`, not for tests).
    for (const source of ["*".repeat(10_000), "[".repeat(5_000), "*a ".repeat(3_000), "`".repeat(10_000), "[a](".repeat(2_000)]) {
      expect(inlineToText(source)).toBe(source);
    }
    // "**a**a**a…" really is strong text, alternating: every "a" survives.
    expect(inlineToText("**a".repeat(3_000)).replace(/\*/g, "")).toBe("a".repeat(3_000));
  });

  it("keeps nesting deeper than 16 levels as the text it was written as, so walking the tree stays shallow", () => {
    const deep = `${"*a ".repeat(40)}b${" c*".repeat(40)}`;
    expect(inlineToText(deep)).toBe(`${"a ".repeat(16)}${"*a ".repeat(24)}b${" c*".repeat(24)}${" c".repeat(16)}`);
    expect(html(deep).match(/<em>/g)).toHaveLength(16);
    expect(parseInline(`${"[".repeat(3000)}x${"](/u)".repeat(3000)}`)).toHaveLength(3);
  });

  it("gives link titles and images' descriptions to the plain text only where a reader sees them", () => {
    expect(inlineToText('[a](/u "title") ![the alt](/i.png "t") <https://x.y>')).toBe("a the alt https://x.y");
    expect(parseInline('![alt *em*](/i.png "t")')).toEqual([{ type: "image", url: "/i.png", alt: "alt em", title: "t" }]);
  });

  it("gives the plain text a reader sees", () => {
    expect(inlineToText("In the [cncf/podtato-head](https://github.com/cncf/podtato-head) repo, **see** `demo`")).toBe(
      "In the cncf/podtato-head repo, see demo",
    );
  });
});

describe("bare URLs in text", () => {
  it("are isolated, not linked, and keep the sentence's punctuation outside", () => {
    expect(html("Read https://kubernetes.io/docs/. Or www.cncf.io, then")).toBe(
      "Read <bdi>https://kubernetes.io/docs/</bdi>. Or <bdi>www.cncf.io</bdi>, then",
    );
  });

  it("leave a javascript: URL as plain text", () => {
    expect(html("javascript:alert(1) is not a link")).toBe("javascript:alert(1) is not a link");
  });
});
