// A server keeps the article of a recap parseRecap made and renders it flattened (recap-kit's own
// parts replaced by what they render: renderCache.tsx, flatten.tsx). Whatever it saves, a reader
// must get the same page: the flattened markup is checked here against React's own render of the
// same recap, for the real recaps, every option that changes the tree, and generated documents.
// The benchmark's hand-written twin (test/bench/ssr.tsx) then only measures speed.

import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { isParsedRecap, parseRecap, type Recap, RecapArticle, type RecapArticleProps } from "../src/index.js";
import { toJsonLd } from "../src/jsonld/toJsonLd.js";
import { labelsFor } from "../src/labels/index.js";
import { recap as recapDocument } from "./support/arbitraries.js";

const fixture = (name: string) =>
  JSON.parse(readFileSync(join(dirname(fileURLToPath(import.meta.url)), "fixtures", name), "utf8")) as unknown;
const FIXTURES = ["kubecon-eu-2021.recap.json", "cloudtage-hamburg-2024.de.recap.json", "cloud-arabia-2025.ar.recap.json"];

type Options = Omit<RecapArticleProps, "recap">;

/**
 * The article as the server's cache writes it (the second render of a recap parseRecap made, from
 * the kept, flattened tree) and as React writes it (the same recap received as data: checked,
 * copied, rendered part by part, never kept).
 */
function bothWays(recap: Recap, options: Options) {
  renderToStaticMarkup(<RecapArticle recap={recap} {...options} />);
  const flattened = renderToStaticMarkup(<RecapArticle recap={recap} {...options} />);
  const asData: unknown = JSON.parse(JSON.stringify(recap));
  expect(isParsedRecap(asData)).toBe(true);
  const byReact = renderToStaticMarkup(<RecapArticle recap={asData as Recap} {...options} />);
  return { flattened, byReact };
}

const OPTIONS: Array<[string, (recap: Recap) => Options]> = [
  ["the defaults", () => ({})],
  ["sessions as cards, without the index", () => ({ sessionAppearance: "card", showIndex: false })],
  ["under a page's own h1, title hidden", () => ({ headingLevel: 1, showTitle: false })],
  ["as a section (h2)", () => ({ headingLevel: 2 })],
  [
    'with structured data, German labels and "&" between names',
    (recap) => ({
      structuredData: toJsonLd(recap),
      labels: labelsFor("de"),
      conjunction: "ampersand",
    }),
  ],
  [
    "with className, id, aria and data attributes on the root",
    () => ({
      className: "post-recap",
      id: "recap",
      "aria-label": "Recap",
      "data-testid": "recap",
    }),
  ],
];

describe("the flattened article a server keeps", () => {
  for (const name of FIXTURES) {
    it.each(OPTIONS)(`writes the same markup as React for ${name}, %s`, (_label, options) => {
      const recap = parseRecap(fixture(name));
      const { flattened, byReact } = bothWays(recap, options(recap));
      expect(flattened).toContain("rk-RecapArticle");
      expect(flattened).toBe(byReact);
    });
  }

  it("writes the same markup as React for generated documents, hostile text and links included", () => {
    fc.assert(
      fc.property(recapDocument, fc.constantFrom(...OPTIONS), (document, [, options]) => {
        const recap = parseRecap(document);
        const { flattened, byReact } = bothWays(recap, options(recap));
        expect(flattened).toBe(byReact);
      }),
      { numRuns: 60 },
    );
  });

  it("compares a kept tree: the same recap made by parseRecap gives the same tree again, as data never", () => {
    // The control of the tests above: were nothing kept and flattened, they would compare React with React.
    const recap = parseRecap(fixture("kubecon-eu-2021.recap.json"));
    const asData = JSON.parse(JSON.stringify(recap)) as Recap;
    expect(RecapArticle({ recap })).toBe(RecapArticle({ recap }));
    expect(RecapArticle({ recap: asData })).not.toBe(RecapArticle({ recap: asData }));
  });
});
