// @vitest-environment node
import { build } from "esbuild";
import { describe, expect, it } from "vitest";

const root = process.cwd();

async function bundle(entry: string) {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format: "esm",
    platform: "neutral",
    write: false,
    metafile: true,
    // What a bundler would have to find outside recap-kit's own source stays an import, to be seen.
    packages: "external",
    jsx: "automatic",
    logLevel: "error",
    absWorkingDir: root,
  });
  return { code: result.outputFiles[0]?.text ?? "", inputs: Object.keys(result.metafile.inputs), imports: result.metafile.outputs };
}

describe("the recap-kit/import entry", () => {
  it("is not in the main entry: a page that renders a recap downloads none of it", async () => {
    const { code, inputs } = await bundle("src/index.ts");
    expect(inputs.filter((input) => input.startsWith("src/import/"))).toEqual([]);
    expect(code).not.toContain("Sessionize");
    expect(code).not.toContain("what did you take away");
  });

  it("needs nothing beyond its own source and the model: no React, no component, no Markdown parser, no Node built-in", async () => {
    const { inputs, imports } = await bundle("src/import/index.ts");
    // Its own source, the model, and recap-kit's one cache module (pure, no imports): it bounds the time-zone formatters.
    const own = (input: string) => input.startsWith("src/import/") || input.startsWith("src/model/") || input === "src/format/cache.ts";
    expect(inputs.filter((input) => !own(input))).toEqual([]);
    const external = Object.values(imports).flatMap((output) => output.imports.map((entry) => entry.path));
    expect(external).toEqual([]);
  });
});
