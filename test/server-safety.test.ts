import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";

// Presentational components must render on the server and as React Server Components:
// no hooks, no browser globals, no CSS imports. This reads the source as a reviewer would: the
// components, and everything they render with (formatting, labels, the model, structured data).
const root = resolve(process.cwd(), "src");
const RENDERED_WITH = ["components", "format", "labels", "model", "parse", "jsonld"];

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

const files = RENDERED_WITH.flatMap((dir) => sources(join(root, dir))).map((path) => ({
  path: path.slice(root.length + 1),
  code: readFileSync(path, "utf8").replace(/\/\/.*$|\/\*[\s\S]*?\*\//gm, ""),
}));

describe("components stay server-safe", () => {
  it("finds the components and what they render with", () => {
    expect(files.map((file) => file.path)).toEqual(
      expect.arrayContaining([
        "components/SessionCard/SessionCard.tsx",
        "components/RecapHeader/DateRange.tsx",
        "components/Prose/RichText.tsx",
        "parse/richText.ts",
      ]),
    );
  });

  it.each(files.map((file) => [file.path, file.code]))("%s uses no hooks, browser globals or CSS imports", (path, code) => {
    expect(code).not.toMatch(/\buse[A-Z]\w*\s*\(/);
    expect(code).not.toMatch(/\b(window|document|localStorage|sessionStorage|navigator|location)\s*\./);
    expect(code).not.toMatch(/import\s+["'][^"']+\.css["']/);
    // The structured data's escaped JSON is the one raw script content recap-kit writes.
    if (!path.endsWith("JsonLdScript.tsx")) expect(code).not.toMatch(/dangerouslySetInnerHTML/);
  });
});
