// Issue 20, item 1: nothing is trusted by what it says about itself. A parsed recap is recognised
// because parseRecap made it here, or because its shape and every value it carries were checked;
// a document's own "$recapKit" is an unknown field like any other.
import { render, screen } from "@testing-library/react";
import fc from "fast-check";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import {
  isParsedRecap,
  parseRecap,
  type Recap,
  RecapArticle,
  RecapValidationError,
  type RecapWarning,
  SessionCard,
  safeParseRecap,
} from "../src/index.js";
import { parseRecapMarkdown, type RecapMarkdownWarning, safeParseRecapMarkdown } from "../src/markdown/index.js";
import { renderRecapToHtml } from "../src/static/index.js";
import raw from "./fixtures/kubecon-eu-2021.recap.json" with { type: "json" };
import { fullDocument, parseHtml } from "./support/arbitraries.js";
import { cliSandbox } from "./support/cli.js";

const PAYLOAD = 'ltr"><script>alert(document.domain)</script><x y="';

/** The red team's document: it says it was parsed, and carries a direction that breaks out of `dir`. */
const forgedDocument = {
  $recapKit: 1,
  dir: PAYLOAD,
  lang: 'en"><script>alert(2)</script>',
  title: "Forged",
  event: { name: "PyCon" },
  sessions: [],
};

/** Scripts other than the structured data's. */
function scripts(html: string): string[] {
  return (html.match(/<script[^>]*>/g) ?? []).filter((tag) => tag !== '<script type="application/ld+json">');
}

/** The parsed recap as a server sends it to a client: JSON. */
const asJson = (recap: Recap): Record<string, unknown> => JSON.parse(JSON.stringify(recap));

describe("a document that says it was parsed", () => {
  it("is validated as a document: the mark and the forged fields are unknown fields, with warnings", () => {
    const result = safeParseRecap(forgedDocument);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.dir).toBe("ltr");
    expect(result.value.lang).toBe("en");
    const paths = result.warnings.map((warning) => warning.path);
    expect(paths).toEqual(expect.arrayContaining(["$recapKit", "dir", "lang"]));
    expect(result.warnings.find((warning) => warning.path === "$recapKit")?.message).toMatch(/parseRecap made, and this is not one/);
  });

  it("is refused in strict mode, so `check --strict` never calls it valid", () => {
    const result = safeParseRecap(forgedDocument, { strict: true });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues.map((issue) => issue.path)).toContain("$recapKit");
  });

  it("never writes script into the static page: the direction is derived, and every attribute escaped", () => {
    const page = renderRecapToHtml(forgedDocument);
    expect(page).toContain('<html lang="en" dir="ltr">');
    expect(scripts(page)).toEqual([]);
    expect(page).not.toContain("alert(");
    const document = parseHtml(page);
    expect(document.querySelectorAll("x, script:not([type='application/ld+json'])")).toHaveLength(0);
  });

  it("never writes script from Markdown front matter either (a tagged YAML number included)", () => {
    const text = `---\n$recapKit: !!int "1"\ndir: '${PAYLOAD}'\ntitle: Forged\nevent:\n  name: PyCon\n---\n\nHello.\n`;
    const result = safeParseRecapMarkdown(text, { strict: true });
    expect(result.ok).toBe(false);
    const warnings: RecapMarkdownWarning[] = [];
    const recap = parseRecapMarkdown(text, { warnings });
    expect(recap.dir).toBe("ltr");
    expect(warnings.map((warning) => warning.path)).toEqual(expect.arrayContaining(["$recapKit", "dir"]));
    expect(scripts(renderRecapToHtml(recap))).toEqual([]);
  });

  describe("on the command line", () => {
    const sandbox = cliSandbox("forged");

    it("render writes a page without the script, and says why with warnings", async () => {
      const input = sandbox.write("forged.json", JSON.stringify(forgedDocument));
      const { code, stdout, stderr } = await sandbox.cli(["render", input]);
      expect(code).toBe(0);
      expect(scripts(stdout)).toEqual([]);
      expect(stdout).toContain('<html lang="en" dir="ltr">');
      expect(stderr).toMatch(/\$recapKit/);
    });

    it("check --strict refuses it (exit 4) instead of saying there is nothing left to do", async () => {
      const input = sandbox.write("forged.json", JSON.stringify(forgedDocument));
      const { code, stderr } = await sandbox.cli(["check", input, "--strict"]);
      expect(code).toBe(4);
      expect(stderr).toMatch(/\$recapKit/);
    });
  });
});

describe("a parsed recap sent as data (JSON from a server)", () => {
  const recap = parseRecap(raw);

  it("is recognised after its every value is checked, and renders as the recap it was", () => {
    const json = asJson(recap);
    expect(isParsedRecap(json)).toBe(true);
    expect(renderToStaticMarkup(<RecapArticle recap={json as unknown as Recap} />)).toBe(
      renderToStaticMarkup(<RecapArticle recap={recap} />),
    );
  });

  it("is taken by parseRecap as a frozen copy, so that changing the data afterwards changes nothing", () => {
    const json = asJson(recap);
    const parsed = parseRecap(json);
    expect(parsed).not.toBe(json);
    expect(parsed).toEqual(json);
    expect(Object.isFrozen(parsed.sessions[0])).toBe(true);
    (json as { title: string }).title = "Changed";
    expect(parsed.title).toBe(recap.title);
    // The static page and the command line take it too.
    expect(renderRecapToHtml(asJson(recap))).toBe(renderRecapToHtml(recap));
  });

  it("is returned as it is when parseRecap made it here", () => {
    expect(parseRecap(recap)).toBe(recap);
  });

  it.each([
    ["a direction that is not ltr or rtl", (json: Record<string, unknown>) => Object.assign(json, { dir: PAYLOAD })],
    ["a language that is not a tag", (json: Record<string, unknown>) => Object.assign(json, { lang: 'en" onload="x' })],
    [
      "a session id that is not one",
      (json: Record<string, unknown>) => Object.assign((json.sessions as object[])[0] as object, { id: 'a"b' }),
    ],
    [
      "a field the parsed form does not have, holding more than text",
      (json: Record<string, unknown>) => Object.assign(json, { dangerouslySetInnerHTML: { __html: "<b>x</b>" } }),
    ],
    ["another version of the parsed form", (json: Record<string, unknown>) => Object.assign(json, { $recapKit: 2 })],
    [
      "a day that names a session that is not there",
      (json: Record<string, unknown>) => Object.assign(json, { days: [{ sessions: [999] }] }),
    ],
    [
      "inline markup that is not a list",
      (json: Record<string, unknown>) =>
        Object.assign(((json.sessions as { summary: object[] }[])[0] as { summary: object[] }).summary[0] as object, { nodes: "x" }),
    ],
    [
      "inline markup of a kind Object has as a property",
      (json: Record<string, unknown>) =>
        Object.assign(
          ((json.sessions as { summary: { nodes: unknown[] }[] }[])[0] as { summary: { nodes: unknown[] }[] }).summary[0] as object,
          {
            nodes: [{ type: "constructor" }],
          },
        ),
    ],
    ["a reading time that is not a number", (json: Record<string, unknown>) => Object.assign(json, { readingMinutes: "5" })],
  ])("with %s is not a parsed recap: RecapArticle says to call parseRecap, the static page validates it", (_, tamper) => {
    const json = asJson(recap);
    tamper(json);
    expect(isParsedRecap(json)).toBe(false);
    expect(() => renderToStaticMarkup(<RecapArticle recap={json as unknown as Recap} />)).toThrow(/parseRecap/);
    expect(() => renderRecapToHtml(json)).toThrow(RecapValidationError);
  });

  it("with a text field it does not know renders as it is: text is inert, and no component reads it", () => {
    const json = asJson(recap);
    Object.assign(json, { html: "<b>x</b>" });
    Object.assign((json.sessions as object[])[0] as object, { note: "<script>alert(1)</script>" });
    expect(isParsedRecap(json)).toBe(true);
    const html = renderToStaticMarkup(<RecapArticle recap={json as unknown as Recap} />);
    expect(html).toBe(renderToStaticMarkup(<RecapArticle recap={recap} />));
  });

  it("nested ten thousand levels deep is refused, not a stack overflow", () => {
    const json = asJson(recap);
    let node: unknown = "deep";
    for (let depth = 0; depth < 10_000; depth++) node = { type: "strong", children: [node] };
    (json as { intro: unknown }).intro = [{ text: "deep", nodes: [node] }];
    expect(isParsedRecap(json)).toBe(false);
  });

  it("changed anywhere, in any way, either renders or is refused with the one clear error: never a crash, never script", () => {
    // Every place in the parsed recap, as a path of keys.
    const paths: (string | number)[][] = [];
    const walk = (value: unknown, path: (string | number)[]) => {
      paths.push(path);
      if (Array.isArray(value)) for (const [index, item] of value.entries()) walk(item, [...path, index]);
      else if (value && typeof value === "object") for (const [key, item] of Object.entries(value)) walk(item, [...path, key]);
    };
    walk(asJson(parseRecap(fullDocument())), []);
    const junk = fc.oneof(
      fc.constantFrom(null, 0, -1, 1.5, true, "", [], {}, [null], { type: "link" }, { type: "x", children: "y" }, PAYLOAD, "rtl"),
      fc.string(),
      fc.jsonValue({ maxDepth: 2 }),
    );
    fc.assert(
      fc.property(fc.constantFrom(...paths.filter((path) => path.length > 0)), junk, (path, value) => {
        const json = asJson(parseRecap(fullDocument()));
        let parent = json as Record<string | number, unknown>;
        for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
        parent[path.at(-1) as string | number] = value;
        let html: string;
        try {
          html = renderToStaticMarkup(<RecapArticle recap={json as unknown as Recap} />);
        } catch (error) {
          expect(error).toBeInstanceOf(TypeError);
          expect((error as Error).message).toMatch(/^RecapArticle renders a parsed recap: pass it parseRecap/);
          return;
        }
        expect(scripts(html)).toEqual([]);
        try {
          html = renderRecapToHtml(json);
        } catch (error) {
          expect(error).toBeInstanceOf(RecapValidationError);
          return;
        }
        expect(scripts(html)).toEqual([]);
        expect(html).toMatch(/^<!doctype html>\n<html lang="[a-zA-Z0-9-]+" dir="(ltr|rtl)">/);
      }),
      { numRuns: 400 },
    );
  });

  it("is rendered again when it changes: only a recap parseRecap made (and froze) is kept", () => {
    const json = asJson(recap) as { title: string };
    const first = renderToStaticMarkup(<RecapArticle recap={json as unknown as Recap} />);
    json.title = "A new title";
    const second = renderToStaticMarkup(<RecapArticle recap={json as unknown as Recap} />);
    expect(first).toContain(recap.title);
    expect(second).toContain("A new title");
    expect(second).not.toContain(`>${recap.title}<`);
  });
});

describe("rich text made by hand", () => {
  it("shows the words of an element of a kind this version does not know, and the text of a paragraph without its tree", () => {
    render(
      <SessionCard
        title="Hand-made"
        speakers={[]}
        summary={[
          { text: "ignored", nodes: ["Before ", { type: "mark", text: "marked words" } as never, " after."] },
          { text: "A paragraph without its tree.", nodes: "oops" as never },
          { text: "ignored", nodes: [{ type: "underline", children: ["kept inside"] } as never] },
        ]}
      />,
    );
    expect(screen.getByText(/marked words/)).toBeInTheDocument();
    expect(screen.getByText("A paragraph without its tree.")).toBeInTheDocument();
    expect(screen.getByText(/kept inside/)).toBeInTheDocument();
  });
});

describe("the language to assume", () => {
  it("must be a language tag: it is written into the page", () => {
    const result = safeParseRecap({ title: "T", event: { name: "E" }, sessions: [] }, { language: 'en"><script>' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues[0]?.message).toMatch(/is not a language tag/);
    expect(parseRecap({ title: "T", event: { name: "E" }, sessions: [] }, { language: "pt-br" }).lang).toBe("pt-BR");
  });
});

describe("big valid documents (issue 20, item 6)", () => {
  it("give 130,000 warnings through parseRecap's list without a stack overflow", () => {
    const document: Record<string, unknown> = { title: "T", event: { name: "E" }, sessions: [] };
    for (let index = 0; index < 130_000; index++) document[`unknown${index}`] = index;
    const warnings: RecapWarning[] = [];
    expect(() => parseRecap(document, { warnings })).not.toThrow();
    expect(warnings).toHaveLength(130_000);
  });
});
