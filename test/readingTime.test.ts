import { describe, expect, it } from "vitest";
import { parseRecap, type Recap } from "../src/index.js";
import raw from "./fixtures/kubecon-eu-2021.recap.json" with { type: "json" };

/** The reading time is worked out once, when the recap is parsed. */
const readingTime = (recap: Recap) => recap.readingMinutes;

function recapOf(language: string, paragraphs: string[]) {
  return parseRecap({ title: "T", language, event: { name: "E" }, sessions: [], intro: paragraphs });
}

describe("reading time", () => {
  it("counts words for spaced scripts: the real recap, counted here by spaces, at 230 words a minute", () => {
    const texts = [raw.title, ...raw.intro, raw.callToAction.title, ...raw.callToAction.body];
    for (const session of raw.sessions) texts.push(session.title, ...session.summary, ...session.takeaways);
    const words = texts
      .join(" ")
      .split(/\s+/)
      .filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
    expect(words).toBeGreaterThan(1500);
    expect(readingTime(parseRecap(raw))).toBe(Math.round(words / 230));
  });

  it("counts about 230 words a minute", () => {
    const words = Array.from({ length: 2300 }, (_, i) => `word${i}`).join(" ");
    expect(readingTime(recapOf("en", [words]))).toBe(10);
    // Apostrophes and hyphens inside a word do not split it.
    expect(readingTime(recapOf("en", [Array.from({ length: 1150 }, () => "don’t on-premise").join(" ")]))).toBe(10);
  });

  it("counts characters for Japanese and Chinese, about 500 a minute", () => {
    expect(readingTime(recapOf("ja", ["これは日本語の文章です。".repeat(500)]))).toBe(11);
    expect(readingTime(recapOf("zh", ["这是一个中文句子。".repeat(500)]))).toBe(8);
  });

  it("counts both in mixed text, and never says less than a minute", () => {
    const mixed = `${"Kubernetes ".repeat(460)}${"クラスタ".repeat(250)}`;
    expect(readingTime(recapOf("ja", [mixed]))).toBe(4);
    expect(readingTime(recapOf("en", ["Short."]))).toBe(1);
  });
});

describe("reading time, what counts", () => {
  it("counts numbers as words", () => {
    expect(readingTime(recapOf("en", [Array.from({ length: 2300 }, (_, i) => String(2000 + i)).join(" ")]))).toBe(10);
  });

  it("leaves out the teasers of other articles, which are not part of this one", () => {
    const longTeaser = { excerpt: "word ".repeat(5000) };
    expect(readingTime(parseRecap({ title: "T", event: { name: "E" }, sessions: [], relatedReads: [longTeaser] }))).toBe(1);
  });
});
