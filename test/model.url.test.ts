import { describe, expect, it } from "vitest";
import { linkProps, safeHref, safeSrc } from "../src/model/url.js";

describe("safeHref: what may become a link", () => {
  it.each([
    ["https://github.com/kumahq/kuma", "https://github.com/kumahq/kuma"],
    ["http://example.com", "http://example.com"],
    ["  https://example.com/a b  ", "https://example.com/a b"],
    ["HTTPS://EXAMPLE.COM", "HTTPS://EXAMPLE.COM"],
    ["mailto:hello@example.com", "mailto:hello@example.com"],
    ["MailTo:hello@example.com", "MailTo:hello@example.com"],
    ["/blog/kubecon-2021", "/blog/kubecon-2021"],
    ["../other-recap", "../other-recap"],
    ["#hacking-into-kubernetes-security", "#hacking-into-kubernetes-security"],
    ["?page=2", "?page=2"],
    ["//cdn.example.com/x", "//cdn.example.com/x"],
    ["recap.html", "recap.html"],
    ["/search?q=a:b", "/search?q=a:b"],
    ["https://example.com/?a=1&amp;b=2", "https://example.com/?a=1&amp;b=2"],
  ])("allows %j", (input, expected) => {
    expect(safeHref(input)).toBe(expected);
  });

  it.each([
    // Without "//", a browser reads the rest as a host or as a path, depending on the page's own scheme.
    "https:evil.example",
    "http:evil.example/x",
    "HTTPS:evil.example",
    "javascript:alert(1)",
    "JavaScript:alert(1)",
    "JAVASCRIPT:alert(1)",
    "  javascript:alert(1)",
    "\u0001javascript:alert(1)",
    "java\tscript:alert(1)",
    "java\nscript:alert(1)",
    "java\rscript:alert(1)",
    "javascript\t:alert(1)",
    "jav\u0000ascript:alert(1)",
    "java\u200bscript:alert(1)",
    "javascript&colon;alert(1)",
    "javascript&#58;alert(1)",
    "javascript&#x3A;alert(1)",
    "&#106;avascript:alert(1)",
    "&#x6A;avascript:alert(1)",
    "javascript%3Aalert(1)",
    "%6Aavascript:alert(1)",
    "java%09script:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "DATA:image/svg+xml;base64,PHN2Zz4=",
    "vbscript:msgbox(1)",
    "file:///etc/passwd",
    "ftp://example.com",
    "blob:https://example.com/x",
    "localhost:8080",
    "",
    "   ",
  ])("refuses %j", (input) => {
    expect(safeHref(input)).toBeUndefined();
  });

  it("refuses what is not a string", () => {
    expect(safeHref(undefined)).toBeUndefined();
    expect(safeHref(null)).toBeUndefined();
    expect(safeHref(42 as unknown as string)).toBeUndefined();
  });
});

describe("safeSrc: what may be loaded as an image", () => {
  it("allows web and relative images", () => {
    expect(safeSrc("https://example.com/a.png")).toBe("https://example.com/a.png");
    expect(safeSrc("/avatars/ellen.jpg")).toBe("/avatars/ellen.jpg");
  });
  it("refuses mailto:, data: and javascript: images", () => {
    expect(safeSrc("mailto:a@example.com")).toBeUndefined();
    expect(safeSrc("data:image/png;base64,AAAA")).toBeUndefined();
    expect(safeSrc("javascript:alert(1)")).toBeUndefined();
  });
});

describe("linkProps", () => {
  it("marks absolute web links noopener noreferrer", () => {
    expect(linkProps("https://github.com/cncf/podtato-head")).toEqual({
      href: "https://github.com/cncf/podtato-head",
      rel: "noopener noreferrer",
    });
    expect(linkProps("//example.com")).toEqual({ href: "//example.com", rel: "noopener noreferrer" });
  });
  it("leaves relative and mail links alone", () => {
    expect(linkProps("/contact")).toEqual({ href: "/contact" });
    expect(linkProps("mailto:hello@example.com")).toEqual({ href: "mailto:hello@example.com" });
  });
  it("gives nothing for a refused URL", () => {
    expect(linkProps("javascript:alert(1)")).toBeUndefined();
  });
});
