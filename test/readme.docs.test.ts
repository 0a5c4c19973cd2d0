import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { safeParseRecapMarkdown } from "../src/markdown/index.js";

const root = process.cwd();
const readme = readFileSync(resolve(root, "README.md"), "utf8");
const exportsMap = JSON.parse(readFileSync(resolve(root, "package.json"), "utf8")).exports as Record<string, unknown>;

describe("the README a newcomer reads", () => {
  it("shows publishers a Markdown recap that reads without a problem or a warning", () => {
    const example = /```md\n([\s\S]*?)\n```/.exec(readme)?.[1];
    expect(example).toBeDefined();
    const result = safeParseRecapMarkdown(example ?? "");
    expect(result.ok ? [] : result.issues).toEqual([]);
    expect(result.warnings).toEqual([]);
    if (!result.ok) return;
    expect(result.value.sessions[0]?.speakers).toEqual([
      { name: "Ellen Körbes", affiliation: "Tilt" },
      { name: "Tabitha Sable", affiliation: "Datadog" },
    ]);
  });

  it("links to Storybook pages that exist, each by the title Storybook shows", () => {
    const links = [...readme.matchAll(/\[\*([^*]+)\*\]\((stories\/[^)]+\.mdx)\)/g)];
    expect(links.length).toBeGreaterThanOrEqual(10);
    for (const [, name, file] of links) {
      expect(existsSync(resolve(root, file as string)), file).toBe(true);
      const title = /<Meta title="([^"]+)"/.exec(readFileSync(resolve(root, file as string), "utf8"))?.[1];
      expect(title?.split("/").at(-1), file).toBe(name);
    }
  });

  it("lists every entry point of package.json, and none that is not one", () => {
    const table = readme.slice(readme.indexOf("## Entry points"), readme.indexOf("\n## ", readme.indexOf("## Entry points") + 1));
    const named = new Set(
      [...table.matchAll(/^\| (.+?) \|/gm)].flatMap(([, cell]) => [...(cell as string).matchAll(/`(recap-kit[^`]*)`/g)].map((m) => m[1])),
    );
    const entries = Object.keys(exportsMap)
      .filter((key) => key !== "./package.json")
      .map((key) => (key === "." ? "recap-kit" : `recap-kit${key.slice(1)}`));
    const languages = entries.filter((entry) => /^recap-kit\/labels\/\w+$/.test(entry));
    expect(languages.length).toBeGreaterThan(0);
    for (const entry of entries) {
      if (languages.includes(entry)) continue;
      expect(named, entry).toContain(entry);
    }
    expect(named).toContain("recap-kit/labels/<language>");
    const codes = /one: ([a-z, ]+) \|/.exec(table)?.[1]?.split(", ");
    expect(codes?.map((code) => `recap-kit/labels/${code}`).sort()).toEqual([...languages].sort());
    for (const name of named) {
      if (name === "recap-kit/labels/<language>") continue;
      expect(entries, name).toContain(name);
    }
  });
});
