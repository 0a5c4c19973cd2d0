// @vitest-environment node
import { describe, expect, it } from "vitest";
import { readFormat } from "../src/import/formats.js";
import { resourceKind, resourceLabel } from "../src/import/links.js";
import { readTagline } from "../src/import/tagline.js";
import { inTimeZone, isTimeZone } from "../src/import/timeZone.js";

describe("readTagline: only the usual forms, read confidently", () => {
  it.each([
    ["Staff Engineer at Datadog", "Staff Engineer", "Datadog", "Role at Company"],
    ["Co-founder & CTO at n8n", "Co-founder & CTO", "n8n", "Role at Company"],
    ["Senior Developer At eBay", "Senior Developer", "eBay", "Role at Company"],
    ["SRE @ Grafana Labs", "SRE", "Grafana Labs", "Role @ Company"],
    ["Developer Advocate @Kubeshop", "Developer Advocate", "Kubeshop", "Role @ Company"],
    ["Head of Developer Relations at Kubeshop, Inc.", "Head of Developer Relations", "Kubeshop, Inc.", "Role at Company"],
    ["Entwicklerin bei Beispiel AG", "Entwicklerin", "Beispiel AG", "Role bei Company"],
    ["Ingénieure chez Exemple SAS", "Ingénieure", "Exemple SAS", "Role chez Company"],
    ["Ontwikkelaar bij Voorbeeld B.V.", "Ontwikkelaar", "Voorbeeld B.V.", "Role bij Company"],
    ["Security Researcher, Universidad Politécnica de Madrid", "Security Researcher", "Universidad Politécnica de Madrid", "Role, Company"],
    ["CTO, Ejemplo Software, S.L.", "CTO", "Ejemplo Software, S.L.", "Role, Company"],
    ["エンジニア at 株式会社サンプル", "エンジニア", "株式会社サンプル", "Role at Company"],
  ])("%s", (tagline, role, affiliation, form) => {
    expect(readTagline(tagline)).toEqual({ role, affiliation, form });
  });

  it.each([
    "Making developers happy",
    "Flux maintainer",
    "Speaker at heart",
    "Passionate about Kubernetes at scale",
    "Java Champion, Oracle ACE",
    "Developer, Berlin, Germany",
    "Engineer at Acme, formerly at Initech",
    "Datadog - Staff Engineer",
    "Staff Engineer | Datadog",
    "Ingeniera de plataformas en Banco Ejemplo",
    "Engineer at Acme! Ask me anything",
    "I help teams ship faster at companies of every size and shape and colour",
    "",
  ])("not %j", (tagline) => {
    expect(readTagline(tagline)).toBeUndefined();
  });

  it("reads nothing into a tagline longer than a tagline, however it repeats a connector", () => {
    for (const piece of [" at ", ", ", " @", "Engineer at Acme "]) expect(readTagline(piece.repeat(50_000))).toBeUndefined();
  });
});

describe("readFormat: a programme's name for a format", () => {
  const none = new Map();
  it.each([
    ["Keynote", "keynote"],
    ["Opening Keynote", "keynote"],
    ["Session (40 min)", "talk"],
    ["Conference Session (45 min. incl. Q&A)", "talk"],
    ["Talk - 30 minutes", "talk"],
    ["Vortrag", "talk"],
    ["Conférence", "talk"],
    ["Charla", "talk"],
    ["講演", "talk"],
    ["Lightning talk (10 min)", "lightning"],
    ["LIGHTNING TALKS", "lightning"],
    ["Charla relámpago", "lightning"],
    ["Panel discussion", "panel"],
    ["Podiumsdiskussion", "panel"],
    ["Mesa redonda", "panel"],
    ["Workshop (2 h)", "workshop"],
    ["Tutorial", "workshop"],
    ["Hands-on lab", "workshop"],
    ["Taller", "workshop"],
    ["ワークショップ", "workshop"],
    ["Other", "other"],
  ])("%s is %s", (name, format) => {
    expect(readFormat(name, none)).toMatchObject({ format, how: "known" });
  });

  it("reads a telling word of an unknown name as a guess", () => {
    expect(readFormat("Demo session", none)).toEqual({ format: "talk", how: "word", word: "session" });
    expect(readFormat("Lightning talk + Q&A", none)).toEqual({ format: "lightning", how: "word", word: "lightning" });
  });

  it("reads an unknown name as other", () => {
    expect(readFormat("Sprechstunde", none)).toEqual({ format: "other", how: "unknown" });
    expect(readFormat("Birds of a Feather", none)).toEqual({ format: "other", how: "unknown" });
  });

  it("prefers the caller's own names, matched the same way", () => {
    const own = new Map([
      ["sprechstunde", "workshop" as const],
      ["Session (40 min)", "lightning" as const],
    ]);
    expect(readFormat("SPRECHSTUNDE (45 min)", own)).toEqual({ format: "workshop", how: "option" });
    expect(readFormat("Session (40 min)", own)).toEqual({ format: "lightning", how: "option" });
  });
});

describe("resourceKind and resourceLabel", () => {
  it.each([
    ["https://www.youtube.com/watch?v=abc", undefined, undefined, "recording"],
    ["https://youtu.be/abc", undefined, undefined, "recording"],
    ["https://media.ccc.de/v/36c3-1234-talk", undefined, undefined, "recording"],
    ["https://vimeo.com/123", undefined, undefined, "recording"],
    ["https://github.com/acme/tool", undefined, undefined, "repo"],
    ["https://gitlab.com/acme/tool", undefined, undefined, "repo"],
    ["https://codeberg.org/acme/tool", undefined, undefined, "repo"],
    ["https://speakerdeck.com/jane/talk", undefined, undefined, "slides"],
    ["https://docs.google.com/presentation/d/abc/edit", undefined, undefined, "slides"],
    ["https://example.org/files/talk.PDF", undefined, undefined, "slides"],
    ["https://acme.readthedocs.io/en/latest/", undefined, undefined, "docs"],
    ["https://example.org/x", "Slides", undefined, "slides"],
    ["https://example.org/x", "Folien", undefined, "slides"],
    ["https://example.org/x", "Video", undefined, "recording"],
    ["https://example.org/x", "Source code", undefined, "repo"],
    ["https://example.org/x", "Blog post", undefined, "article"],
    ["https://example.org/x", "Whatever", "slides", "slides"],
    ["https://example.org/x", undefined, "media", "recording"],
    ["https://example.org/x", undefined, "paper", "article"],
    ["https://example.org/x", "Jeu de données", "related", "other"],
    ["https://example.org/slideshow-of-codes", "Slideshow", undefined, "other"],
  ])("%s (%s, %s) is %s", (url, title, type, kind) => {
    expect(resourceKind(url, title, type)).toBe(kind);
  });

  it("keeps a title that says more than the kind, and drops one that does not", () => {
    expect(resourceLabel("Benchmarks", "https://github.com/x/y")).toBe("Benchmarks");
    expect(resourceLabel("Slides", "https://example.org/s.pdf")).toBeUndefined();
    expect(resourceLabel("GitHub", "https://github.com/x/y")).toBeUndefined();
    expect(resourceLabel("https://example.org", "https://example.org")).toBeUndefined();
  });
});

describe("inTimeZone: a local time with the offset in force then", () => {
  it.each([
    ["2024-07-01T12:00:00", "Europe/Madrid", "2024-07-01T12:00:00+02:00"],
    ["2024-01-15T12:00", "Europe/Madrid", "2024-01-15T12:00:00+01:00"],
    ["2024-07-01T12:00:00", "UTC", "2024-07-01T12:00:00+00:00"],
    ["2024-07-01T12:00:00", "Asia/Kathmandu", "2024-07-01T12:00:00+05:45"],
    ["2024-07-01T12:00:00", "America/St_Johns", "2024-07-01T12:00:00-02:30"],
    ["2024-01-15T12:00:00", "Australia/Lord_Howe", "2024-01-15T12:00:00+11:00"],
    ["2024-07-01T12:00:00", "Australia/Lord_Howe", "2024-07-01T12:00:00+10:30"],
    ["2024-07-01T12:00:00.250", "Asia/Tokyo", "2024-07-01T12:00:00+09:00"],
  ])("%s in %s", (local, zone, value) => {
    expect(inTimeZone(local, zone)).toEqual({ value });
  });

  it("says when the clocks went back over the time, and takes the first", () => {
    expect(inTimeZone("2024-10-27T02:30:00", "Europe/Madrid")).toEqual({ value: "2024-10-27T02:30:00+02:00", caveat: "repeated" });
    expect(inTimeZone("2024-11-03T01:30:00", "America/New_York")).toEqual({ value: "2024-11-03T01:30:00-04:00", caveat: "repeated" });
  });

  it("says when the clocks skipped the time, and keeps the offset before", () => {
    expect(inTimeZone("2024-03-31T02:30:00", "Europe/Madrid")).toEqual({ value: "2024-03-31T02:30:00+01:00", caveat: "skipped" });
    expect(inTimeZone("2024-03-10T02:30:00", "America/New_York")).toEqual({ value: "2024-03-10T02:30:00-05:00", caveat: "skipped" });
  });

  it("refuses what is not a real local time", () => {
    for (const text of ["2024-02-30T10:00:00", "2024-01-01T24:00:00", "2024-01-01 10:00", "10:00", "2024-01-01T10:00:00Z"])
      expect(inTimeZone(text, "Europe/Madrid")).toBeUndefined();
  });

  it("knows the zones there are", () => {
    expect(isTimeZone("Europe/Madrid")).toBe(true);
    expect(isTimeZone("UTC")).toBe(true);
    expect(isTimeZone("Europe/Madird")).toBe(false);
    expect(isTimeZone("")).toBe(false);
  });
});
