import { render, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { Badge, InvalidRecap, RecapHeader, safeParseRecap } from "../src/index.js";
import { ar, de, en, fr, ja, type RecapLabels } from "../src/labels/index.js";

// What the labels give the components, seen as a reader sees it: the words and punctuation on the page.

const event = { name: "KubeCon + CloudNativeCon Europe 2021" };

function readingTime(minutes: number, language: string, labels: RecapLabels): string {
  const { container } = render(<RecapHeader title="Recap" event={event} readingMinutes={minutes} language={language} labels={labels} />);
  const facts = container.querySelector(".rk-RecapHeader-facts")?.textContent ?? "";
  container.remove();
  return facts;
}

describe("plural forms", () => {
  it("writes the Arabic reading time in the form for 1, 2, 3–10, 11–99 and 100", () => {
    expect([1, 2, 3, 10, 11, 99, 100].map((minutes) => readingTime(minutes, "ar", ar))).toEqual([
      "دقيقة واحدة للقراءة",
      "دقيقتان للقراءة",
      "3 دقائق للقراءة",
      "10 دقائق للقراءة",
      "11 دقيقة للقراءة",
      "99 دقيقة للقراءة",
      "100 دقيقة للقراءة",
    ]);
  });

  it("chooses the form by the header's language, not by the labels alone", () => {
    // Arabic labels under an English language tag: English has no "two", so 2 takes `other`.
    expect(readingTime(2, "en", ar)).toBe("2 دقيقة للقراءة");
    expect(readingTime(2, "ar-EG", ar)).toBe("دقيقتان للقراءة");
  });

  it("writes the reading time in English, French and Japanese with the count", () => {
    expect([1, 2, 11].map((minutes) => readingTime(minutes, "en", en))).toEqual(["1 min read", "2 min read", "11 min read"]);
    expect([1, 2].map((minutes) => readingTime(minutes, "fr", fr))).toEqual(["1 min de lecture", "2 min de lecture"]);
    expect([1, 100].map((minutes) => readingTime(minutes, "ja", ja))).toEqual(["1分で読めます", "100分で読めます"]);
  });

  it("takes a language's own forms from an override", () => {
    const labels = { ...en, readingTime: { one: "{minutes} minute to read", other: "{minutes} minutes to read" } };
    expect([1, 2].map((minutes) => readingTime(minutes, "en", labels))).toEqual(["1 minute to read", "2 minutes to read"]);
  });
});

describe("the invalid document box", () => {
  const oneProblem = safeParseRecap({ title: "", event: { name: "KubeCon" }, sessions: [] });
  const twoProblems = safeParseRecap({ title: "", event: { name: "KubeCon" }, sessions: [{ title: "Talk", speakers: [{ name: "" }] }] });
  const issuesOf = (result: ReturnType<typeof safeParseRecap>) => (result.ok ? [] : result.issues);

  function title(issues: ReturnType<typeof issuesOf>, language: string, labels: RecapLabels): string {
    const { container } = render(<InvalidRecap issues={issues} language={language} labels={labels} />);
    const text = container.querySelector(".rk-InvalidRecap-title")?.textContent ?? "";
    container.remove();
    return text;
  }

  it("counts the problems in the plural form of the language", () => {
    expect(issuesOf(oneProblem)).toHaveLength(1);
    expect(issuesOf(twoProblems)).toHaveLength(2);
    expect(title(issuesOf(oneProblem), "en", en)).toBe("This recap document has 1 problem");
    expect(title(issuesOf(twoProblems), "en", en)).toBe("This recap document has 2 problems");
    expect(title(issuesOf(oneProblem), "fr", fr)).toBe("Ce document de compte rendu contient 1 erreur");
    expect(title(issuesOf(twoProblems), "fr", fr)).toBe("Ce document de compte rendu contient 2 erreurs");
    expect(title(issuesOf(oneProblem), "ar", ar)).toBe("في مستند الملخص هذا مشكلة واحدة");
    expect(title(issuesOf(twoProblems), "ar", ar)).toBe("في مستند الملخص هذا مشكلتان");
    expect(title(issuesOf(twoProblems), "ja", ja)).toBe("このレポート文書には問題が2件あります");
  });

  it("names a problem of the whole document with the labels' word, not a hard-coded English one", () => {
    const issues = [{ path: "", message: "is not an object." }];
    render(<InvalidRecap issues={issues} language="de" labels={de} />);
    expect(within(screen.getByRole("alert")).getByText("(Dokument)")).toBeInTheDocument();
    expect(screen.getByRole("listitem")).toHaveTextContent("(Dokument) is not an object.");
    expect(screen.queryByText("(document)")).toBeNull();
  });
});

describe("punctuation from the labels", () => {
  function badge(labels: RecapLabels, label: string): string {
    const { container } = render(
      <Badge kind="track" label={label} labels={labels}>
        ServiceMeshCon 2021
      </Badge>,
    );
    const hidden = container.querySelector(".rk-visually-hidden")?.textContent ?? "";
    container.remove();
    return hidden;
  }

  it("ends a badge's hidden label with the colon of the language's script", () => {
    expect(badge(en, en.track)).toBe("Track:");
    expect(badge(fr, fr.track)).toBe("Parcours\u202f:");
    expect(badge(ja, ja.track)).toBe("トラック：");
    expect(badge(ar, ar.track)).toBe("المسار:");
  });

  it("names the badge for screen readers with that punctuation", () => {
    render(
      <Badge kind="track" label={fr.track} labels={fr} data-testid="badge">
        ServiceMeshCon 2021
      </Badge>,
    );
    expect(screen.getByTestId("badge").textContent?.replace(/\s+/gu, " ")).toBe("Parcours : ServiceMeshCon 2021");
  });

  it("punctuates the header's hidden event label the same way", () => {
    const { container } = render(<RecapHeader title="Récap" event={event} language="fr" labels={fr} />);
    expect(container.querySelector(".rk-RecapHeader-event .rk-visually-hidden")?.textContent).toBe("Événement\u202f:");
  });
});
