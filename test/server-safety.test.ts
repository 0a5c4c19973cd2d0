import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";

// Presentational components must render on the server and as React Server Components:
// no hooks, no browser globals, no CSS imports. This reads the source as a reviewer would.
const root = resolve(process.cwd(), "src/components");

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

const files = sources(root).map((path) => ({
  path: path.slice(root.length + 1),
  code: readFileSync(path, "utf8").replace(/\/\/.*$|\/\*[\s\S]*?\*\//gm, ""),
}));

describe("components stay server-safe", () => {
  it("finds the components", () => {
    expect(files.length).toBeGreaterThan(10);
  });

  it.each(files.map((file) => [file.path, file.code]))("%s uses no hooks, browser globals or CSS imports", (path, code) => {
    expect(code).not.toMatch(/\buse[A-Z]\w*\s*\(/);
    expect(code).not.toMatch(/\b(window|document|localStorage|sessionStorage|navigator|location)\s*\./);
    expect(code).not.toMatch(/import\s+["'][^"']+\.css["']/);
    // The structured data's escaped JSON is the one raw script content recap-kit writes.
    if (!path.endsWith("RecapJsonLd.tsx")) expect(code).not.toMatch(/dangerouslySetInnerHTML/);
  });
});
