// @vitest-environment node
import { build } from "esbuild";
import { describe, expect, it } from "vitest";
import { COMPONENT_FOLDERS } from "../src/components/manifest.js";

// What an app's bundler keeps when it imports one component: that component's code and what it
// uses, nothing of the others. Proven here on the source; `npm run size` checks the built package.
const root = process.cwd();
/** Every component an app can bundle alone (the component manifest). */
const COMPONENTS = COMPONENT_FOLDERS.flatMap(({ alone }) => alone);

async function bundleOf(name: string): Promise<string> {
  const result = await build({
    stdin: { contents: `export { ${name} } from "./src/index.ts";`, resolveDir: root, loader: "ts" },
    bundle: true,
    minify: true,
    format: "esm",
    write: false,
    external: ["react", "react-dom", "react/jsx-runtime"],
    jsx: "automatic",
    logLevel: "error",
  });
  return result.outputFiles[0]?.text ?? "";
}

describe("tree-shaking", () => {
  it.each(["SpeakerByline", "TakeawayList", "ResourceLinks", "SessionIndex", "CallToAction"])(
    "%s alone holds no other component",
    async (name) => {
      const code = await bundleOf(name);
      expect(code).toContain(`rk-${name}`);
      const others = COMPONENTS.filter((other) => other !== name && code.includes(`"rk-${other}`));
      expect(others).toEqual([]);
      // Nor the validator, the structured data, or the other languages' labels.
      expect(code).not.toContain("is not a language tag");
      expect(code).not.toContain("application/ld+json");
      expect(code).not.toContain("Das Wichtigste");
    },
  );

  it("keeps what a SessionCard really uses, and nothing of the article around it", async () => {
    const code = await bundleOf("SessionCard");
    for (const part of ["rk-SpeakerByline", "rk-TakeawayList", "rk-ResourceLinks", "rk-Badge"]) expect(code).toContain(part);
    for (const other of ["rk-RecapArticle", "rk-RelatedReads", "rk-RecapHeader", "application/ld+json"]) expect(code).not.toContain(other);
  });

  it("keeps the validator, the inline-markup parser, JSON-LD and other languages out of a page that renders a parsed recap", async () => {
    const code = await bundleOf("RecapArticle");
    expect(code).toContain("rk-RecapArticle");
    // Only what the article renders: the checks happened where the recap was parsed.
    expect(code).not.toContain("is not a language tag");
    expect(code).not.toContain("schema.org");
    for (const word of ["Das Wichtigste", "Diapositivas", "المتحدثون"]) expect(code).not.toContain(word);
    // Passing structured data in is a script element, nothing more.
    expect(code).toContain("application/ld+json");
    // Nor what parseRecap worked out already: dates in words and anchors from titles.
    expect(code).not.toContain("DateTimeFormat");
    expect(code).not.toContain("NFKD");
  });

  it("keeps a SessionCard able to write the date and anchor of a session written by hand", async () => {
    const code = await bundleOf("SessionCard");
    expect(code).toContain("DateTimeFormat");
    expect(code).toContain("NFKD");
  });
});
