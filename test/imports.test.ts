// @vitest-environment node
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { findCycles, importGraph, importsOf, spreadCalls } from "./support/importGraph.js";

// Layers point down (model < format < parse < components < static, cli): two modules that import
// each other, however far round, can be neither read nor changed one without the other.

const folder = (path: string) => fileURLToPath(new URL(path, import.meta.url));

describe("the import graph of src/", () => {
  it("has no cycle, type-only imports and dynamic import() included", () => {
    const graph = importGraph(folder("../src"));
    // The checker reads the real graph: the command line's dispatcher and its helpers are in it.
    expect(graph.get("cli/run.ts")).toEqual(expect.arrayContaining(["cli/messages.ts", "cli/parseArgs.ts"]));
    expect(graph.get("cli/readRecap.ts")).toContain("markdown/index.ts");
    expect(findCycles(graph)).toEqual([]);
  });

  it("finds the cycle of a fixture, through a type-only import, and names it in order", () => {
    const graph = importGraph(folder("fixtures/import-cycle"));
    expect(graph.get("c.ts")).toEqual(["a.types.ts", "leaf/index.ts"]);
    expect(findCycles(graph)).toEqual([["a.ts", "b.ts", "c.ts", "a.types.ts", "a.ts"]]);
  });

  it("finds a module that imports itself, and every separate cycle", () => {
    const graph = new Map([
      ["self.ts", ["self.ts"]],
      ["x.ts", ["y.ts"]],
      ["y.ts", ["x.ts", "leaf.ts"]],
      ["leaf.ts", []],
    ]);
    expect(findCycles(graph)).toEqual([
      ["self.ts", "self.ts"],
      ["x.ts", "y.ts", "x.ts"],
    ]);
  });

  it("follows a chain of 20,000 imports without overflowing the stack", () => {
    const size = 20_000;
    const graph = new Map(Array.from({ length: size }, (_, index) => [`m${index}.ts`, [`m${(index + 1) % size}.ts`]]));
    const [cycle] = findCycles(graph);
    expect(cycle).toHaveLength(size + 1);
  });
});

describe("importsOf", () => {
  it("reads every form of import and re-export, and which are types only", () => {
    const source = `
      import a from "./a.js";
      import { b, type B } from "./b.js";
      import type { C } from "./c.js";
      import { type D } from "./d.js";
      import * as e from "./e.js";
      import "./f.css";
      export { g } from "./g.js";
      export * from "./h.js";
      export type { I } from "./i.js";
      const j = await import("./j.js");
      export const k = 1;
    `;
    expect(importsOf(source)).toEqual([
      { specifier: "./a.js", typeOnly: false, dynamic: false },
      { specifier: "./b.js", typeOnly: false, dynamic: false },
      { specifier: "./c.js", typeOnly: true, dynamic: false },
      { specifier: "./d.js", typeOnly: true, dynamic: false },
      { specifier: "./e.js", typeOnly: false, dynamic: false },
      { specifier: "./f.css", typeOnly: false, dynamic: false },
      { specifier: "./g.js", typeOnly: false, dynamic: false },
      { specifier: "./h.js", typeOnly: false, dynamic: false },
      { specifier: "./i.js", typeOnly: true, dynamic: false },
      { specifier: "./j.js", typeOnly: false, dynamic: true },
    ]);
  });

  it("ignores what only looks like an import: comments, strings, templates, regular expressions, JSX text", () => {
    const source = [
      '// import { x } from "./comment.js";',
      '/* import "./block.js"; */',
      "const s = \"import x from './string.js'\";",
      // biome-ignore lint/suspicious/noTemplateCurlyInString: a template literal in the source read.
      "const t = `import ${'x'} from \"./template.js\"`;",
      'const r = /import "\\.\\/regex.js"/;',
      'const jsx = <p>Don\'t import from "./jsx.js"</p>;',
      'const o = { import: "./key.js" };',
      'import { real } from "./real.js";',
    ].join("\n");
    expect(importsOf(source).map((edge) => edge.specifier)).toEqual(["./real.js"]);
  });
});

describe("spread into calls", () => {
  it("is found in calls, not in literals, rest parameters or JSX props", () => {
    const source = `
      list.push(...big);
      Math.max(...values);
      f(a, ...rest);
      const copy = [...big];
      const merged = { ...a, ...b };
      function g(...args) {}
      const h = (...args) => args;
      class K { m(first, ...more) { return more; } }
      const el = <C {...props} />;
    `;
    expect(spreadCalls(source)).toEqual(["list.push(...big", "Math.max(...values", "f(a, ...rest"]);
  });

  it("passes a spread whose line says why its list is bounded", () => {
    expect(spreadCalls("clone(node, undefined, ...few); // bounded: at most 64\nf(...many);")).toEqual(["f(...many"]);
  });

  it("is nowhere in src/: a valid recap of 100,000 sessions, or 130,000 warnings, must not overflow the stack", () => {
    const graph = importGraph(folder("../src"));
    const found = [...graph.keys()].flatMap((file) =>
      spreadCalls(readFileSync(folder(`../src/${file}`), "utf8")).map((call) => `${file}: ${call}`),
    );
    expect(found).toEqual([]);
  });
});
