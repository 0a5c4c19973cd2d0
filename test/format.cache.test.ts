import { describe, expect, it } from "vitest";
import { intlObject } from "../src/format/cache.js";
import { formatDate } from "../src/format/date.js";
import { lastResultFor } from "../src/format/lastResult.js";
import { shorten } from "../src/format/shorten.js";

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

  it("forgets the key used least recently, not the one made first", () => {
    const made: string[] = [];
    const make = (key: string) => () => {
      made.push(key);
      return key;
    };
    intlObject("cache-test:first", make("first"));
    intlObject("cache-test:second", make("second"));
    // 255 more: with "first" used again in between, "second" is the least recent when the 257th comes.
    for (let i = 0; i < 254; i++) intlObject(`cache-test:y-${i}`, make(`y-${i}`));
    intlObject("cache-test:first", make("first"));
    intlObject("cache-test:one-too-many", make("one-too-many"));
    intlObject("cache-test:first", make("first"));
    intlObject("cache-test:second", make("second"));
    expect(made.filter((key) => key === "first")).toHaveLength(1);
    expect(made.filter((key) => key === "second")).toHaveLength(2);
  });

  it("keeps long language tags from a document out of memory: a key over 64 characters is made each time", () => {
    const made: string[] = [];
    const tag = `en-x-${"-abcdefgh".repeat(200)}`; // about 1,800 characters
    intlObject("cache-test:de", () => made.push("de"));
    intlObject(tag, () => made.push("long"));
    intlObject(tag, () => made.push("long"));
    // The long key pushed nothing out, and was not kept.
    intlObject("cache-test:de", () => made.push("de"));
    expect(made).toEqual(["de", "long", "long"]);
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
