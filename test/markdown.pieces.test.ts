/**
 * The recap read from a Markdown body in bounded pieces (src/markdown/blocks.ts) is the recap read
 * from the body whole: the same value, and every warning, to-do and problem at the same line.
 * Pieces are made tiny here, so that the body is cut everywhere it may be.
 */
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { describe, expect, it, vi } from "vitest";
import type { BlockWindow } from "../src/markdown/blocks.js";

const reading = vi.hoisted(() => ({ whole: false, window: undefined as BlockWindow | undefined }));

vi.mock("../src/markdown/blocks.js", async (importOriginal) => {
  const real = await importOriginal<typeof import("../src/markdown/blocks.js")>();
  return {
    ...real,
    readBlocks: (source: string) => (reading.whole ? { root: real.readBlocksWhole(source) } : real.readBlocks(source, reading.window)),
  };
});

const { safeParseRecapMarkdown, toRecapMarkdown } = await import("../src/markdown/index.js");
const { recap } = await import("./support/arbitraries.js");

function readBoth(text: string, window?: BlockWindow) {
  reading.whole = true;
  const whole = safeParseRecapMarkdown(text);
  reading.whole = false;
  reading.window = window;
  const pieces = safeParseRecapMarkdown(text);
  return { whole, pieces };
}

const WINDOWS: BlockWindow[] = [
  { bytes: 1, opens: 1 },
  { bytes: 60, opens: 2 },
  { bytes: 400, opens: 6 },
  { bytes: 4_096, opens: 64 },
];

/** Lines a writer might put anywhere in a recap, right or wrong. */
const STRAY_LINES = [
  "",
  "- Track: Main",
  "- Speakers: Ann Lee, Acme",
  "- a stray item",
  "  indented on",
  "lazy line",
  "## Another session",
  "## Reads {.related-reads}",
  "## {.outro}",
  "### Key takeaways",
  "> quoted",
  "```yaml recap",
  "```",
  "    indented code",
  "<!-- a comment",
  "-->",
  "[a]: https://acme.example",
  "[link][a]",
  "-",
  "2. second",
  "***",
  "Title underlined",
  "===",
  "TODO: write this",
] as const;

const edits = fc.array(fc.tuple(fc.nat(), fc.constantFrom(...STRAY_LINES), fc.boolean()), { maxLength: 8 });

function edit(text: string, changes: readonly [number, string, boolean][]): string {
  const lines = text.split("\n");
  for (const [at, line, replace] of changes) {
    // Never inside the front matter: that is YAML, read apart.
    const close = lines.indexOf("---", 1);
    const index = close + 1 + (at % Math.max(1, lines.length - close));
    lines.splice(index, replace ? 1 : 0, line);
  }
  return lines.join("\n");
}

describe("a Markdown recap read in pieces reads as the whole body does", () => {
  it("the real recap, in pieces of every size", () => {
    const text = readFileSync(join(dirname(fileURLToPath(import.meta.url)), "fixtures/kubecon-eu-2021.recap.md"), "utf8");
    for (const window of WINDOWS) {
      const { whole, pieces } = readBoth(text, window);
      expect(whole.ok).toBe(true);
      expect(pieces).toEqual(whole);
    }
  });

  it("generated recaps, written by toRecapMarkdown and then edited by hand, in pieces of every size", () => {
    fc.assert(
      fc.property(recap, fc.array(edits, { minLength: 2, maxLength: 2 }), (document, [first, second]) => {
        let written: string;
        try {
          written = toRecapMarkdown(document);
        } catch {
          return;
        }
        for (const text of [written, edit(written, first ?? []), edit(written, second ?? [])])
          for (const window of WINDOWS.slice(1, 3)) {
            const { whole, pieces } = readBoth(text, window);
            expect(pieces).toEqual(whole);
          }
      }),
      { numRuns: Number(process.env.PIECES_RUNS ?? 8) },
    );
  }, 180_000);

  it("a recap of many sessions, with mistakes in some, in the default pieces", () => {
    const sessions = Array.from(
      { length: 120 },
      (_, i) =>
        `## Session ${i}\n\n- Speakers: Ann Lee ${i}, Acme\n- Track: Main\n${i % 7 === 0 ? "- Trak: typo\n" : ""}\nA summary of session ${i}.\n${i % 11 === 0 ? "lazy line\n- stray\n" : ""}\n### Key takeaways\n\n- First point ${i}\n- Second point\n`,
    );
    const text = `---\ntitle: Many\nevent:\n  name: PyCon\n---\n\nIntro.\n\n${sessions.join("\n")}`;
    const { whole, pieces } = readBoth(text);
    expect(whole.warnings.length + (whole.ok ? 0 : whole.issues.length)).toBeGreaterThan(10);
    expect(pieces).toEqual(whole);
  });
});
