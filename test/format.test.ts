import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatDate, formatDateRange } from "../src/format/date.js";
import { graphemes } from "../src/format/graphemes.js";
import { initials } from "../src/format/initials.js";
import { pluralForm } from "../src/format/plural.js";
import { shortenToSentences } from "../src/format/shorten.js";
import { fillText } from "../src/format/template.js";
import { groupByAffiliation, shorten } from "../src/index.js";

describe("initials", () => {
  it.each([
    ["Ellen Körbes", undefined, "EK"],
    ["Ellen Ko\u0308rbes", undefined, "EK"],
    ["Émile Zola", undefined, "ÉZ"],
    ["E\u0301mile Zola", undefined, "E\u0301Z"],
    ["İlke Yılmaz", "tr", "İY"],
    ["ilke yılmaz", "tr", "İY"],
    ["ilke", "en", "I"],
    ["Madonna", undefined, "M"],
    ["@jbeda", undefined, "J"],
    ["jbeda", undefined, "J"],
    ["Ursula von der Leyen", undefined, "UL"],
    ["山田 太郎", "ja", "山"],
    ["山田太郎", "ja", "山"],
    ["김민준", "ko", "김"],
    ["ليلى حداد", "ar", "لح"],
    ["👩🏽‍💻 Ada Lovelace", undefined, "AL"],
    ["  ", undefined, ""],
  ])("%j gives %j", (name, language, expected) => {
    expect(initials(name, language)).toBe(expected);
  });
});

describe("groupByAffiliation", () => {
  it("groups consecutive people of one organisation and keeps the order", () => {
    const groups = groupByAffiliation([
      { name: "A", affiliation: "X" },
      { name: "B", affiliation: "X" },
      { name: "C", affiliation: "Y" },
      { name: "D", affiliation: "X" },
      { name: "E" },
      { name: "F" },
    ]);
    expect(groups.map((g) => [g.affiliation, g.people.map((p) => p.name)])).toEqual([
      ["X", ["A", "B"]],
      ["Y", ["C"]],
      ["X", ["D"]],
      [undefined, ["E", "F"]],
    ]);
  });
});

describe("shorten", () => {
  const article =
    "In the complex world of modern software development, companies are faced with the challenge of seamlessly integrating diverse applications.";

  it("returns text that fits untouched", () => {
    expect(shorten("Short enough.", 50)).toBe("Short enough.");
  });

  it("cuts spaced scripts at a word boundary, without trailing punctuation", () => {
    const result = shorten(article, 60);
    expect(result).toBe("In the complex world of modern software development…");
    expect(result.length).toBeLessThanOrEqual(61);
  });

  it("cuts Chinese and Japanese between characters", () => {
    const japanese = "これは日本語の長い文章です。とても長いので途中で切る必要があります。";
    expect(shorten(japanese, 16, "ja")).toBe("これは日本語の長い文章です。とて…");
    // The full stop that would end up before the ellipsis goes.
    expect(shorten(japanese, 14, "ja")).toBe("これは日本語の長い文章です…");
    expect(shorten("这是一个很长的中文句子，需要在中间截断才能显示。", 10, "zh")).toBe("这是一个很长的中文句…");
  });

  it("keeps whole sentences for an excerpt that leads nowhere, or says that the first is too long", () => {
    const text = "Better uptime, lower costs. These are reasons. Our manager Roel Van Steenberghe explains.";
    expect(shortenToSentences(text, 50)).toBe("Better uptime, lower costs. These are reasons.");
    expect(shortenToSentences(text, 200)).toBe(text);
    expect(shortenToSentences(text, 20)).toBeUndefined();
    expect(shortenToSentences("これは日本語の文章です。とても長いので途中で切ります。", 15, "ja")).toBe("これは日本語の文章です。");
  });

  it("never cuts inside a grapheme", () => {
    const family = "👨‍👩‍👧‍👦";
    const result = shorten(family.repeat(10), 3, "ja");
    expect(result).toBe(`${family.repeat(3)}…`);
  });

  it("cuts a word longer than the budget between graphemes", () => {
    const word = "a".repeat(60);
    expect(shorten(word, 20)).toBe(`${"a".repeat(20)}…`);
  });

  it("uses the given ellipsis", () => {
    expect(shorten(article, 20, "en", " [...]")).toBe("In the complex world [...]");
  });

  // Shortening skips the segmenter where it can and asks it for one boundary where it must: the
  // result must be the one a walk over every grapheme and word gives (the definition).
  const pieces = ["a", "b", " ", "-", ".", "'", ",", "é", "e\u0301", "\u0301", "👩‍👩‍👧", "\r\n", "日本", "1", "\u02b0", "\u00ad", "🇧🇪"];
  const mixed = fc.array(fc.constantFrom(...pieces), { maxLength: 50 }).map((parts) => parts.join(""));
  const walk = (text: string, granularity: "grapheme" | "word") => [...new Intl.Segmenter("en", { granularity }).segment(text)];

  it("takes the same graphemes as the segmenter, a combining mark after the limit included", () => {
    expect(graphemes(`${"a".repeat(5)}\u0301b`, "en", 5)).toEqual(["a", "a", "a", "a", "a\u0301"]);
    fc.assert(
      fc.property(mixed, fc.integer({ min: 0, max: 55 }), (text, limit) => {
        expect(graphemes(text, "en", limit)).toEqual(
          walk(text, "grapheme")
            .slice(0, limit)
            .map((part) => part.segment),
        );
      }),
    );
  });

  it("cuts spaced text after the last word that fits, as a walk over the words finds it", () => {
    fc.assert(
      fc.property(mixed, fc.integer({ min: 1, max: 55 }), (text, max) => {
        const trimmed = text.trim();
        fc.pre(!/[日本]/.test(trimmed) && walk(trimmed, "grapheme").length > max);
        const fits = walk(trimmed, "word").filter(({ index, segment }) => index + segment.length <= max);
        const last = fits[fits.length - 1];
        const head = last ? trimmed.slice(0, last.index + last.segment.length) : graphemes(trimmed, "en", max).join("");
        const clean = head.replace(/[\s,;:.!?、。，；：\-–—(（[「『"'“‘]+$/u, "");
        expect(shorten(text, max, "en")).toBe(`${clean || head}…`);
      }),
    );
  });
});

describe("dates", () => {
  it("formats the day of an ISO date for the language, whatever the time zone", () => {
    expect(formatDate("2021-05-04", "en")).toBe("May 4, 2021");
    expect(formatDate("2021-05-04", "de")).toBe("4. Mai 2021");
    expect(formatDate("2021-05-04T23:30:00-07:00", "en")).toBe("May 4, 2021");
  });

  it("formats a range compactly", () => {
    expect(formatDateRange("2021-05-04", "2021-05-07", "en")).toBe("May 4–7, 2021");
    expect(formatDateRange("2021-05-04", "2021-05-07", "de")).toBe("4.–7. Mai 2021");
    expect(formatDateRange("2021-05-04", "2021-05-04", "en")).toBe("May 4, 2021");
  });

  // Node and the browser carry different ICU versions: one writes thin (U+2009) or narrow no-break
  // (U+202F) spaces where the other writes plain ones, or none. Server HTML would not hydrate.
  it("writes dates and ranges with plain spaces and recap-kit's own range spacing, whatever the ICU", () => {
    expect(formatDateRange("2021-05-04", "2021-06-07", "en")).toBe("May 4 – June 7, 2021");
    expect(formatDateRange("2021-05-04", "2021-06-07", "de")).toBe("4. Mai – 7. Juni 2021");
    expect(formatDateRange("2021-05-04", "2021-05-07", "ko")).toBe("2021년 5월 4일~7일");
    expect(formatDateRange("2021-05-04", "2021-05-07", "ru")).toBe("4–7 мая 2021 г.");
    expect(formatDate("2021-05-04", "ru")).toBe("4 мая 2021 г.");
    for (const language of ["en", "de", "fr", "nl", "es", "ja", "ar", "ru", "ko", "cs", "pt-BR"]) {
      const written = [
        formatDate("2021-05-04", language),
        formatDateRange("2021-05-04", "2021-05-07", language),
        formatDateRange("2021-05-04", "2022-01-02", language),
      ].join(" ");
      expect(written, language).not.toMatch(/[\u00a0\u2000-\u200a\u202f\u205f\u3000]/u);
    }
  });

  it("shows an invalid date as written rather than as Invalid Date", () => {
    expect(formatDate("sometime in May", "en")).toBe("sometime in May");
  });
});

describe("fillText", () => {
  it("fills placeholders and leaves unknown ones visible", () => {
    expect(fillText("{minutes} min read", { minutes: 4 })).toBe("4 min read");
    expect(fillText("By {authors} on {date}", { authors: "Ada" })).toBe("By Ada on {date}");
  });
});

describe("pluralForm", () => {
  const problems = { one: "{count} problem", two: "{count} problems (two)", many: "{count} problems (many)", other: "{count} problems" };

  it("picks the language's category, falling back to `other` where the labels have no form for it", () => {
    expect(pluralForm(problems, 1, "en")).toBe("{count} problem");
    expect(pluralForm(problems, 2, "en")).toBe("{count} problems");
    expect(pluralForm(problems, 2, "ar")).toBe("{count} problems (two)");
    expect(pluralForm(problems, 11, "ar")).toBe("{count} problems (many)");
    // Arabic "few" (3–10) has no form here.
    expect(pluralForm(problems, 3, "ar")).toBe("{count} problems");
    // French: 0 and 1 are "one"; Japanese has no singular.
    expect(pluralForm(problems, 0, "fr")).toBe("{count} problem");
    expect(pluralForm(problems, 1, "ja")).toBe("{count} problems");
  });

  it("uses English rules for a language tag Intl refuses, instead of throwing while rendering", () => {
    expect(pluralForm(problems, 1, "not a language!")).toBe("{count} problem");
    expect(pluralForm(problems, 5, "not a language!")).toBe("{count} problems");
  });
});
