// @vitest-environment node
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { type SelectorComponent, transform } from "lightningcss";
import { describe, expect, it } from "vitest";
import { bundledCss, cssTargets, layeredCss } from "./support/stylesheet.js";

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

const shipped = bundledCss();

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

type Selector = SelectorComponent[];

/** Every selector of every style rule in `css`, as lightningcss parses it. */
function selectorsOf(css: string): Selector[] {
  const found: Selector[] = [];
  transform({
    filename: "styles.css",
    code: Buffer.from(css),
    visitor: {
      Rule: {
        style(rule) {
          found.push(...(rule.value.selectors as Selector[]));
          return undefined;
        },
      },
    },
  });
  return found;
}

function print(selector: Selector): string {
  return selector
    .map((part) => {
      switch (part.type) {
        case "class":
          return `.${part.name}`;
        case "type":
          return part.name;
        case "combinator":
          return part.value === "descendant" ? " " : ` ${part.value} `;
        case "pseudo-class":
          return `:${part.kind}${"selectors" in part ? "(…)" : ""}`;
        case "pseudo-element":
          return `::${part.kind}`;
        case "attribute":
          return `[${part.name}]`;
        default:
          return `<${part.type}>`;
      }
    })
    .join("");
}

const STATES = new Set(["hover", "focus-visible", "focus", "active"]);

/** Whether a part matches an element by its rk- class: `.rk-X`, or `[class^="rk-"]` and `[class*=" rk-"]` in the base rule. */
function isRecapKitClass(part: SelectorComponent): boolean {
  if (part.type === "class") return part.name.startsWith("rk-");
  if (part.type === "attribute" && part.name === "class" && part.operation) {
    const { operator, value } = part.operation;
    return (operator === "prefix" && value === "rk-") || (operator === "substring" && value === " rk-");
  }
  return false;
}

/**
 * What is wrong with a selector under recap-kit's rule: the weight of exactly one rk- class,
 * variants and conditions inside :where() (which weighs nothing), states as pseudo-classes, no
 * element names, ids or combinators. Tokens sit in selectors made of :where() alone.
 */
function problemWith(selector: Selector): string | undefined {
  const outside = selector.filter((part) => !(part.type === "pseudo-class" && part.kind === "where"));
  if (outside.length === 0) return undefined; // :where(:root), :where([data-rk-theme="dark"]): tokens, weightless.
  const classes = outside.filter(isRecapKitClass);
  if (classes.length !== 1) return `has ${classes.length} rk- classes outside :where(), not 1`;
  for (const part of outside) {
    if (part === classes[0] || part.type === "pseudo-element") continue;
    if (part.type === "pseudo-class" && STATES.has(part.kind)) continue;
    return `has ${print([part])} outside :where()`;
  }
  return undefined;
}

describe("recap-kit's CSS sources", () => {
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
    "%s is unlayered and has no !important: the build adds the layer",
    (_file, css) => {
      expect(css).not.toMatch(/@layer/);
      expect(css).not.toMatch(/!important/);
    },
  );

  it("detects a physical property when there is one", () => {
    const [pattern] = PHYSICAL[0] as [RegExp, string];
    expect(".x { margin-left: 1rem }").toMatch(pattern);
    expect(".x { margin-inline-start: 1rem }").not.toMatch(pattern);
  });
});

describe("the shipped styles.css", () => {
  const selectors = selectorsOf(shipped);

  it("selects every element by one rk- class, so element resets lose to it and a site's classes win", () => {
    expect(selectors.length).toBeGreaterThan(100);
    const wrong = selectors.flatMap((selector) => {
      const problem = problemWith(selector);
      return problem ? [`${print(selector)} ${problem}`] : [];
    });
    expect(wrong).toEqual([]);
  });

  it("the rule catches what it should", () => {
    const problems = selectorsOf(
      ".rk-A .rk-B{} a.rk-A{} .rk-A[data-x]{} .rk-A:where([data-x]){} .rk-A:hover{} :where(:root){} .site{}",
    ).map(problemWith);
    expect(problems).toEqual([
      "has 2 rk- classes outside :where(), not 1",
      "has a outside :where()",
      "has [data-x] outside :where()",
      undefined,
      undefined,
      undefined,
      "has 0 rk- classes outside :where(), not 1",
    ]);
  });

  it("is not in a cascade layer and uses no light-dark(), which CSS minifiers lower into variables that break theming", () => {
    expect(shipped).not.toMatch(/@layer/);
    expect(shipped).not.toMatch(/light-dark\(/);
  });

  it("comes through a consumer's lightningcss pass with Vite's default targets unchanged", () => {
    const again = new TextDecoder().decode(
      transform({ filename: "styles.css", code: Buffer.from(shipped), minify: true, targets: cssTargets }).code,
    );
    expect(again).not.toMatch(/--lightningcss-/);
    expect(again).toBe(shipped);
  });

  it("has a layered twin with the same rules inside @layer recap-kit", () => {
    const layered = layeredCss(shipped);
    expect(layered.startsWith("@layer recap-kit{")).toBe(true);
    expect(selectorsOf(layered).map(print)).toEqual(selectors.map(print));
  });
});

describe("each component's variables", () => {
  const components = sheets.filter((sheet) => sheet.file.startsWith("components/"));
  const raw = (file: string) => readFileSync(join(root, file), "utf8");

  it.each(components.map((sheet) => [sheet.file]))(
    "%s says at its top what each variable its rule declares controls (the Storybook token tables read it)",
    (file) => {
      const name = /components\/(\w+)\//.exec(file)?.[1] as string;
      const css = raw(file);
      const documented = [...(/^\/\*([\s\S]*?)\*\//.exec(css)?.[1] ?? "").matchAll(/^\s*\*\s*(--rk-[\w-]+):/gm)].map((m) => m[1]);
      const rule = new RegExp(`\\.rk-${name}\\s*\\{([^}]*)\\}`).exec(css.replace(/\/\*[\s\S]*?\*\//g, ""))?.[1] ?? "";
      const declared = [...rule.matchAll(new RegExp(`(--rk-${name}-[\\w-]+)\\s*:`, "g"))].map((m) => m[1]);
      expect(declared.filter((variable) => !documented.includes(variable))).toEqual([]);
      // And nothing documented that the sheet does not use.
      const body = css.slice(css.indexOf("*/") + 2);
      expect(documented.filter((variable) => !body.includes(variable as string))).toEqual([]);
    },
  );
});

describe("generated punctuation", () => {
  /** Every `content` declaration of the shipped sheet, with what screen media it applies under. */
  function contents(css: string): Array<{ selector: string; value: string; print: boolean }> {
    const found: Array<{ selector: string; value: string; print: boolean }> = [];
    const walk = (code: string, print: boolean) => {
      for (const match of code.matchAll(/([^{}]+)\{([^{}]*)\}/g)) {
        for (const declaration of (match[2] as string).matchAll(/(?:^|;)content:([^;]+)/g)) {
          found.push({ selector: (match[1] as string).trim(), value: (declaration[1] as string).trim(), print });
        }
      }
    };
    const print = /@media print\{((?:[^{}]*\{[^{}]*\})*)\}/.exec(css);
    walk(css.replace(print?.[0] ?? "", ""), false);
    walk(print?.[1] ?? "", true);
    return found;
  }

  const visible = contents(shipped).filter(({ value, print }) => !print && /^"[^"]+"/.test(value));

  it("is never read out: every visible character that CSS draws on screen has empty alternative text", () => {
    expect(visible.length).toBeGreaterThan(2);
    // A browser without alternative text for generated content takes the plain declaration before it.
    const withoutAlt = visible.filter(({ value }) => !/\/\s*""$/.test(value));
    const withAlt = new Set(visible.filter(({ value }) => /\/\s*""$/.test(value)).map(({ selector }) => selector));
    expect(withoutAlt.filter(({ selector }) => !withAlt.has(selector))).toEqual([]);
  });

  it("keeps its alternative text through a consumer's minifier", () => {
    const again = new TextDecoder().decode(
      transform({ filename: "styles.css", code: Buffer.from(shipped), minify: true, targets: cssTargets }).code,
    );
    expect(contents(again).filter(({ value }) => /\/\s*""$/.test(value)).length).toBe(
      visible.filter(({ value }) => /\/\s*""$/.test(value)).length,
    );
  });
});

describe("the colour tokens", () => {
  const tokens = readFileSync(join(root, "styles/tokens.css"), "utf8");

  function block(selector: string, from = 0): Record<string, string> {
    const start = tokens.indexOf(`${selector} {`, from);
    expect(start, `a block for ${selector}`).toBeGreaterThanOrEqual(0);
    const body = tokens.slice(start, tokens.indexOf("}", start));
    // As written on one line (the formatter breaks the long ones).
    const oneLine = (value: string) => value.replace(/\s+/g, " ").replace(/\( /g, "(").replace(/ \)/g, ")");
    return Object.fromEntries(
      [...body.matchAll(/(--rk-color-[\w-]+)\s*:\s*([^;]+);/g)].map((match) => [match[1], oneLine(match[2] as string)]),
    );
  }

  /** `var(--rk-color-text-light, #1f2328)`: the value without the site's input around it. */
  const value = (declaration: string, name: string, mode: string) =>
    new RegExp(`var\\(${name}-${mode}, ([^)]+\\)?)\\)`).exec(declaration)?.[1];

  const supports = tokens.indexOf("@supports (");
  const selected = block(":where(:root, :host, [data-rk-theme])", supports);
  const fallback = block(":where(:root, :host, [data-rk-theme])", tokens.indexOf("@supports not ("));
  const pairs = (values: Record<string, string>, mode: string) =>
    Object.fromEntries(Object.entries(values).map(([name, declaration]) => [name, value(declaration, name, mode)]));

  it("are one palette: without relative colours, the light values apply everywhere, data-rk-theme included", () => {
    expect(Object.keys(selected).length).toBeGreaterThanOrEqual(15);
    expect(Object.keys(fallback).sort()).toEqual(Object.keys(selected).sort());
    // Tokens made of colour tokens are declared once, after both branches, where themed containers
    // declare them too.
    const derived = /\n:where\(:root, :host, \[data-rk-theme\]\) \{[^}]*\}/.exec(tokens)?.[0] ?? "";
    expect(derived).toMatch(/--rk-shadow-card: 0 1px 2px var\(--rk-color-shadow\);/);
    expect(pairs(fallback, "light")).toEqual(pairs(selected, "light"));
    expect(Object.values(pairs(selected, "dark")).every(Boolean)).toBe(true);
  });

  it("pick each colour from the page's text colour, each from the site's -light or -dark input when it sets one", () => {
    for (const [name, declaration] of Object.entries(selected)) {
      expect(declaration, name).toMatch(
        new RegExp(`^rgb\\(from color-mix\\(in srgb, rgb\\(from color-mix\\(in srgb, var\\(${name}-light, `),
      );
      expect(declaration, name).toContain(`var(${name}-dark, `);
      expect(declaration, name).toContain("var(--rk-on-light)");
      expect(declaration, name).toContain("var(--rk-on-dark)");
    }
  });

  it("never follow the reader's OS alone: no rule depends on prefers-color-scheme", () => {
    expect(shipped).not.toMatch(/prefers-color-scheme/);
  });
});
