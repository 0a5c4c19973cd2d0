// The component manifest (src/components/manifest.ts) against what the package really holds: a
// component added without its re-export, its stylesheet or its place among the flattened parts
// fails here, by name, instead of shipping without its CSS or silently rendering slower.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { isValidElement, type ReactNode } from "react";
import { describe, expect, it } from "vitest";
import { COMPONENT_FOLDERS } from "../src/components/manifest.js";
import * as recapKit from "../src/index.js";
import { parseRecap, RecapArticle } from "../src/index.js";

const src = join(dirname(fileURLToPath(import.meta.url)), "..", "src");
const folders = COMPONENT_FOLDERS.map(({ folder }) => folder);
const fixture = JSON.parse(readFileSync(join(src, "../test/fixtures/kubecon-eu-2021.recap.json"), "utf8")) as unknown;

describe("the component manifest", () => {
  it("names every folder under src/components/, once", () => {
    const onDisk = readdirSync(join(src, "components")).filter((name) => statSync(join(src, "components", name)).isDirectory());
    expect([...folders].sort()).toEqual(onDisk.sort());
    expect(new Set(folders).size).toBe(folders.length);
  });

  it("is what src/index.ts re-exports, folder by folder, and each export is a component of the package", () => {
    const index = readFileSync(join(src, "index.ts"), "utf8");
    const reexported = [...index.matchAll(/^export \* from "\.\/components\/([^/]+)\/index\.js";$/gm)].map((match) => match[1]);
    expect(reexported.sort()).toEqual([...folders].sort());
    for (const { exports } of COMPONENT_FOLDERS)
      for (const name of exports) expect(typeof (recapKit as Record<string, unknown>)[name], name).toBe("function");
  });

  it("is the order of styles.css, and a folder has a stylesheet exactly when the manifest says so", () => {
    const sheet = readFileSync(join(src, "styles.css"), "utf8");
    const imported = [...sheet.matchAll(/@import "\.\/components\/([^/]+)\/\1\.css";/g)].map((match) => match[1]);
    expect(imported).toEqual(COMPONENT_FOLDERS.filter(({ stylesheet }) => stylesheet).map(({ folder }) => folder));
    for (const { folder, stylesheet } of COMPONENT_FOLDERS)
      expect(existsSync(join(src, "components", folder, `${folder}.css`)), folder).toBe(stylesheet);
  });

  it("lists what a component renders by folders it knows, and measures alone only what it exports", () => {
    for (const { folder, renders, alone, exports } of COMPONENT_FOLDERS) {
      for (const part of renders) expect(folders, `${folder} renders ${part}`).toContain(part);
      for (const name of alone) expect(exports, `${folder} measures ${name} alone`).toContain(name);
    }
  });
});

/** Every component function the package exports, by name (its parts included: Parsed* twins, TagList …). */
function ownComponents(): Map<unknown, string> {
  const found = new Map<unknown, string>();
  for (const folder of folders) {
    for (const file of readdirSync(join(src, "components", folder)).filter((name) => name.endsWith(".tsx"))) {
      const code = readFileSync(join(src, "components", folder, file), "utf8");
      for (const [, name] of code.matchAll(/^export function ([A-Z]\w*)\(/gm)) found.set(name, `${folder}/${file}: ${name}`);
    }
  }
  return found;
}

describe("the article a server keeps", () => {
  it("is flattened to the last of recap-kit's own parts: none is left for React to call", async () => {
    const names = ownComponents();
    // The modules themselves, to compare the tree's functions with.
    const byFunction = new Map<unknown, string>();
    for (const folder of folders) {
      for (const file of readdirSync(join(src, "components", folder)).filter((name) => name.endsWith(".tsx"))) {
        const module = (await import(`../src/components/${folder}/${file.replace(/\.tsx$/, ".js")}`)) as Record<string, unknown>;
        for (const [name, value] of Object.entries(module))
          if (names.has(name) && typeof value === "function") byFunction.set(value, names.get(name) as string);
      }
    }
    expect(byFunction.size).toBeGreaterThan(15);
    const recap = parseRecap(fixture);
    const left = new Set<string>();
    const walk = (node: ReactNode): void => {
      if (Array.isArray(node)) for (const child of node) walk(child as ReactNode);
      else if (isValidElement<{ children?: ReactNode }>(node)) {
        const own = byFunction.get(node.type);
        if (own) left.add(own);
        walk(node.props.children);
      }
    };
    walk(RecapArticle({ recap, structuredData: recapKit.toJsonLd(recap) }));
    // RecapArticle itself is what was called; everything under it must be host elements.
    expect([...left]).toEqual([]);
  });
});
