/**
 * The Markdown tests of the convention, of its error messages and lines, of the real recap and of
 * hostile input, run again with the body read in pieces of a few lines (src/markdown/blocks.ts
 * cuts it wherever it may): every recap, warning and line they expect must come out the same.
 */
import { vi } from "vitest";

vi.mock("../src/markdown/blocks.js", async (importOriginal) => {
  const real = await importOriginal<typeof import("../src/markdown/blocks.js")>();
  return { ...real, readBlocks: (source: string) => real.readBlocks(source, { bytes: 120, opens: 3 }) };
});

await import("./markdown.convention.test.js");
await import("./markdown.errors.test.js");
await import("./markdown.fixture.test.js");
await import("./hostile.markdown.test.js");
