import { describe, expect, it } from "vitest";
import { intlObject, LeastRecentlyUsed } from "../src/format/cache.js";
import { formatDate } from "../src/format/date.js";
import { lastResultFor } from "../src/format/lastResult.js";
import { shorten } from "../src/format/shorten.js";

const keys = (cache: LeastRecentlyUsed<unknown>, candidates: string[]) => candidates.filter((key) => cache.get(key) !== undefined);

describe("LeastRecentlyUsed", () => {
  it("forgets the entry used least recently, not the one put in first", () => {
    const cache = new LeastRecentlyUsed<number>({ entries: 3, characters: 1_000 });
    cache.set("a", 1);
    cache.set("b", 2);
    cache.set("c", 3);
    cache.get("a"); // first in, but now the most recent: first-in-first-out would drop it next
    cache.set("d", 4);
    expect(cache.get("b")).toBeUndefined();
    expect(keys(cache, ["a", "c", "d"])).toEqual(["a", "c", "d"]);
  });

  it("counts a value set again as used, and does not count it twice", () => {
    const cache = new LeastRecentlyUsed<number>({ entries: 2, characters: 1_000 });
    cache.set("a", 1, 10);
    cache.set("b", 2, 10);
    cache.set("a", 3, 10);
    expect(cache.size).toBe(2);
    expect(cache.characters).toBe(22);
    cache.set("c", 4);
    expect(keys(cache, ["a", "b", "c"])).toEqual(["a", "c"]);
    expect(cache.get("a")).toBe(3);
  });

  it("holds at most `characters`, keys included, forgetting the least recent until it fits", () => {
    const cache = new LeastRecentlyUsed<string>({ entries: 100, characters: 100 });
    for (const key of ["k1", "k2", "k3"]) cache.set(key, key, 28); // 30 each with the key
    expect(cache.characters).toBe(90);
    cache.get("k1");
    cache.set("big", "big", 57); // 60: two must go, the least recent two (k2, k3)
    expect(keys(cache, ["k1", "k2", "k3", "big"])).toEqual(["k1", "big"]);
    expect(cache.characters).toBeLessThanOrEqual(100);
  });

  it("never keeps an entry bigger than the whole limit, and keeps the others then", () => {
    const cache = new LeastRecentlyUsed<string>({ entries: 10, characters: 100 });
    cache.set("small", "s");
    cache.set("x".repeat(101), "huge");
    cache.set("y", "huge", 100);
    expect(cache.size).toBe(1);
    expect(cache.get("small")).toBe("s");
  });

  it("remember makes a value once while it is held", () => {
    const cache = new LeastRecentlyUsed<object>({ entries: 2, characters: 100 });
    let made = 0;
    const make = () => ({ made: ++made });
    const first = cache.remember("a", make);
    expect(cache.remember("a", make)).toBe(first);
    cache.remember("b", make);
    cache.remember("c", make);
    expect(cache.remember("a", make)).not.toBe(first);
    expect(made).toBe(4);
  });
});

describe("intlObject", () => {
  it("makes an object again after hundreds of other keys, rather than keeping every one", () => {
    const made: string[] = [];
    const make = (key: string) => () => {
      made.push(key);
      return key;
    };
    intlObject("cache-test:en", make("en"));
    intlObject("cache-test:en", make("en"));
    for (let i = 0; i < 300; i++) intlObject(`cache-test:x-${i}`, make(`x-${i}`));
    intlObject("cache-test:en", make("en"));
    expect(made.filter((key) => key === "en")).toHaveLength(2);
  });

  it("keeps long language tags from a document out of memory by their length too", () => {
    const made: string[] = [];
    const tag = (i: number) => `en-x-${`${i}`.padStart(8, "0")}${"-abcdefgh".repeat(200)}`; // about 1,800 characters
    intlObject("cache-test:de", () => made.push("de"));
    for (let i = 0; i < 10; i++) intlObject(tag(i), () => made.push(tag(i)));
    // Ten keys, far fewer than 256 entries: only the bound on characters pushed "de" out.
    intlObject("cache-test:de", () => made.push("de"));
    expect(made.filter((key) => key === "de")).toHaveLength(2);
  });

  it("formats the same after a stream of language tags (a formatter made again is the same formatter)", () => {
    const expected = formatDate("2021-05-04", "de");
    for (let i = 0; i < 300; i++) formatDate("2021-05-04", `de-x-t${i}`);
    expect(formatDate("2021-05-04", "de")).toBe(expected);
    expect(expected).toBe("4. Mai 2021");
    expect(shorten("Service meshes are moving beyond a single cluster, and so are the teams.", 40, "en")).toBe(
      "Service meshes are moving beyond a…",
    );
  });
});

describe("lastResultFor", () => {
  it("gives the last result for the same object and equal arguments, and computes again otherwise", () => {
    let computed = 0;
    const last = lastResultFor<object, number, object>((before, now) => before === now);
    const one = {};
    const two = {};
    const compute = () => ({ computed: ++computed });
    const first = last(one, 1, compute);
    expect(last(one, 1, compute)).toBe(first);
    expect(last(two, 1, compute)).not.toBe(first); // per object
    expect(last(one, 2, compute)).not.toBe(first); // other arguments
    expect(last(one, 1, compute)).not.toBe(first); // only the last is kept
    expect(computed).toBe(4);
  });
});
