// @vitest-environment node
import { describe, expect, it } from "vitest";
import { RecapValidationError } from "../src/index.js";
import { renderRecapToHtml } from "../src/static/index.js";
import rawGerman from "./fixtures/cloudtage-hamburg-2024.de.recap.json" with { type: "json" };
import raw from "./fixtures/kubecon-eu-2021.recap.json" with { type: "json" };

describe("renderRecapToHtml", () => {
  const page = renderRecapToHtml(raw);

  it("returns a complete standalone document with inline CSS, structured data and no JavaScript", () => {
    expect(page.startsWith('<!doctype html>\n<html lang="en" dir="ltr">')).toBe(true);
    expect(page).toContain("<title>KubeCon + CloudNativeCon Europe 2021: our highlights and takeaways</title>");
    expect(page).toMatch(/<meta name="description" content="Did you miss KubeCon[^"]+">/);
    // Unlayered, as the only style sheet of the page.
    expect(page).toMatch(/<style>(?!@layer)[^<]*--rk-color-text:/);
    expect(page).toContain('<script type="application/ld+json">');
    // The only script is the structured data: no JavaScript runs on the page.
    expect(page.match(/<script/g)).toHaveLength(1);
    expect(page).not.toMatch(/\son[a-z]+=/i);
    expect(page).toContain('<h1 class="rk-Heading rk-RecapHeader-title">');
  });

  it("follows the document's language, or the one asked for", () => {
    expect(renderRecapToHtml(rawGerman)).toContain('<html lang="de" dir="ltr">');
    expect(renderRecapToHtml(rawGerman)).toContain(
      '<link rel="canonical" href="https://beispiel-beratung.de/blog/cloud-tage-hamburg-2024">',
    );
    // `lang` names a document's language only when the document does not.
    const { language: _, ...withoutLanguage } = raw;
    const japanese = renderRecapToHtml(withoutLanguage, { lang: "ja" });
    expect(japanese).toContain('<html lang="ja" dir="ltr">');
    expect(japanese).toContain("要点");
    expect(renderRecapToHtml(raw, { lang: "ja" })).toContain('<html lang="en" dir="ltr">');
  });

  it("renders only the article as a fragment", () => {
    const fragment = renderRecapToHtml(raw, { fragment: true });
    expect(fragment.startsWith('<article lang="en" dir="ltr" class="rk-RecapArticle">')).toBe(true);
    expect(fragment).not.toContain("<style>");
    expect(fragment).not.toContain("<html");
  });

  it("keeps hostile text inert in the head and the body", () => {
    const html = renderRecapToHtml({ ...raw, title: '</title><script>alert(1)</script>"><img src=x onerror=alert(1)>' });
    expect(html).not.toContain("<script>alert(1)</script>");
    expect(html).not.toContain("<img src=x");
    expect(html).toContain(
      "<title>&lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt;&quot;&gt;&lt;img src=x onerror=alert(1)&gt;</title>",
    );
  });

  it("throws one validation error listing every problem", () => {
    expect(() => renderRecapToHtml({ title: "x" })).toThrow(RecapValidationError);
    try {
      renderRecapToHtml({ title: "x" });
    } catch (error) {
      expect((error as RecapValidationError).issues.map((issue) => issue.path)).toEqual(["event", "sessions"]);
    }
  });
});
