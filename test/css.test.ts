import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";

// The rules recap-kit's CSS keeps, checked over every style sheet that ships.
const root = resolve(process.cwd(), "src");

function cssFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return cssFiles(path);
    return name.endsWith(".css") ? [path] : [];
  });
}

const sheets = cssFiles(root)
  .filter((path) => !path.endsWith("src/styles.css"))
  .map((path) => ({ file: relative(root, path), css: readFileSync(path, "utf8").replace(/\/\*[\s\S]*?\*\//g, "") }));

// Physical properties and values, each with the logical one to use instead.
const PHYSICAL: Array<[RegExp, string]> = [
  [/(?<![\w-])(margin|padding|border)-(left|right|top|bottom)(?![\w-]*radius)(?=[\w-]*\s*:)/, "margin/padding/border-inline-* or -block-*"],
  [/(?<![\w-])border-(top|bottom)-(left|right)-radius\s*:/, "border-start-start-radius …"],
  [/(?<![\w-])(left|right|top|bottom)\s*:/, "inset-inline-* / inset-block-*"],
  [/(?<![\w-])(min-|max-)?(width|height)\s*:/, "inline-size / block-size"],
  [/(?<![\w-])(text-align|float|clear)\s*:\s*(left|right)/, "start / end"],
  [/(?<![\w-])resize\s*:\s*(horizontal|vertical)/, "inline / block"],
  [/\(\s*(min-|max-)?(width|height)\s*[:<>=]/, "inline-size / block-size in container and media queries"],
  [/(?<![\w-])overflow-(x|y)\s*:/, "overflow-inline / overflow-block"],
];

describe("recap-kit's CSS", () => {
  it("has style sheets to check", () => {
    expect(sheets.length).toBeGreaterThan(10);
  });

  it.each(sheets.map((sheet) => [sheet.file, sheet.css]))("%s uses logical properties only, for right-to-left", (_file, css) => {
    const found = PHYSICAL.flatMap(([pattern, instead]) => {
      const match = css.match(pattern);
      return match ? [`"${match[0]}" (use ${instead})`] : [];
    });
    expect(found).toEqual([]);
  });

  it.each(sheets.map((sheet) => [sheet.file, sheet.css]))(
    "%s keeps everything in the recap-kit layer, without !important",
    (_file, css) => {
      const body = css.trim();
      expect(body.startsWith("@layer recap-kit {")).toBe(true);
      expect(body.endsWith("}")).toBe(true);
      // The layer block closes only at the very end: nothing sits outside it.
      let depth = 0;
      for (let i = 0; i < body.length; i++) {
        if (body[i] === "{") depth++;
        if (body[i] === "}") {
          depth--;
          if (depth === 0) expect(i).toBe(body.length - 1);
        }
      }
      expect(css).not.toMatch(/!important/);
    },
  );

  it("detects a physical property when there is one", () => {
    const [pattern] = PHYSICAL[0] as [RegExp, string];
    expect(".x { margin-left: 1rem }").toMatch(pattern);
    expect(".x { margin-inline-start: 1rem }").not.toMatch(pattern);
  });
});
