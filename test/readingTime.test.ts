import { describe, expect, it } from "vitest";
import { parseRecap, readingTime } from "../src/index.js";
import raw from "./fixtures/kubecon-eu-2021.recap.json" with { type: "json" };

function recapOf(language: string, paragraphs: string[]) {
  return parseRecap({ title: "T", language, event: { name: "E" }, sessions: [], intro: paragraphs });
}

describe("readingTime", () => {
  it("counts words for spaced scripts: the real recap is a nine-minute read", () => {
    expect(readingTime(parseRecap(raw))).toBe(9);
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
