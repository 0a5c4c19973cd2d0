import { describe, expect, it } from "vitest";
import { fewByKey, recentResults } from "../src/format/cache.js";
import { memo, recent } from "../src/format/memo.js";
import { shorten } from "../src/format/shorten.js";

/** A function of a text that counts its calls per text. */
function counted() {
  const calls = new Map<string, number>();
  const compute = (text: string) => {
    calls.set(text, (calls.get(text) ?? 0) + 1);
    return text.toUpperCase();
  };
  return { compute, calls: (text: string) => calls.get(text) ?? 0 };
}

describe("recentResults", () => {
  it("computes a text once while it is remembered", () => {
    const { compute, calls } = counted();
    const cached = recentResults(compute, { entries: 10, characters: 1_000, longestText: 100 });
    expect(cached("a")).toBe("A");
    expect(cached("a")).toBe("A");
    expect(calls("a")).toBe(1);
  });

  it("keeps at most `entries` texts, forgetting those used least recently", () => {
    const { compute, calls } = counted();
    const cached = recentResults(compute, { entries: 10, characters: 1_000, longestText: 100 });
    for (let i = 0; i < 10; i++) cached(`t${i}`);
    cached("t0"); // used again: now the most recent
    for (let i = 10; i < 12; i++) cached(`t${i}`);
    cached("t0");
    cached("t1");
    expect(calls("t0")).toBe(1);
    expect(calls("t1")).toBe(2);
  });

  it("keeps texts of at most `characters` in all, so big texts push out others rather than pile up", () => {
    const { compute, calls } = counted();
    const cached = recentResults(compute, { entries: 1_000, characters: 1_000, longestText: 400 });
    const big = (i: number) => `${i}`.padEnd(300, "x");
    for (let i = 0; i < 4; i++) cached(big(i));
    cached(big(0));
    expect(calls(big(0))).toBe(2);
    cached(big(3));
    expect(calls(big(3))).toBe(1);
  });

  it("never keeps a text longer than `longestText`", () => {
    const { compute, calls } = counted();
    const cached = recentResults(compute, { entries: 10, characters: 1_000_000, longestText: 100 });
    const long = "x".repeat(101);
    cached(long);
    cached(long);
    expect(calls(long)).toBe(2);
  });
});

describe("fewByKey", () => {
  it("makes a value once per key, and again once more than `entries` keys came since it was used", () => {
    const cached = fewByKey<object>(4);
    const first = cached("en", () => ({}));
    expect(cached("en", () => ({}))).toBe(first);
    for (const key of ["a", "b", "c", "d", "e"]) cached(key, () => ({}));
    expect(cached("en", () => ({}))).not.toBe(first);
  });
});

describe("the formatting helpers' caches are bounded", () => {
  it("memo makes a formatter again after hundreds of other language tags", () => {
    const made: string[] = [];
    const make = (key: string) => () => {
      made.push(key);
      return key;
    };
    memo("cache-test:en", make("en"));
    for (let i = 0; i < 300; i++) memo(`cache-test:x-${i}`, make(`x-${i}`));
    memo("cache-test:en", make("en"));
    expect(made.filter((key) => key === "en")).toHaveLength(2);
  });

  it("recent computes a 100,001-character text every time instead of keeping it", () => {
    const { compute, calls } = counted();
    const cached = recent(10, compute);
    const paragraph = "x".repeat(100_001);
    cached(paragraph);
    cached(paragraph);
    expect(calls(paragraph)).toBe(2);
  });

  it("shorten gives the same result for a text however many language tags came before", () => {
    const text = "Service meshes are moving beyond a single cluster, and so are the teams that run them.";
    const expected = shorten(text, 40, "en");
    for (let i = 0; i < 100; i++) shorten(text, 40, `en-x-t${i}`);
    expect(shorten(text, 40, "en")).toBe(expected);
    expect(expected).toBe("Service meshes are moving beyond a…");
  });
});
