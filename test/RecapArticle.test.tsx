import { render, screen, within } from "@testing-library/react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { InvalidRecap, parseRecap, RecapArticle, type SessionCardProps, safeParseRecap, toJsonLd } from "../src/index.js";
import { de } from "../src/labels/de.js";
import germanJson from "./fixtures/cloudtage-hamburg-2024.de.recap.json" with { type: "json" };
import raw from "./fixtures/kubecon-eu-2021.recap.json" with { type: "json" };

// Parsed once, where the document enters, as an app does.
const recap = parseRecap(raw);
const german = parseRecap(germanJson);

function OneLineSession(props: SessionCardProps) {
  return <p data-testid="mine">{`${props.title} (${props.speakers.length})`}</p>;
}

function NoIndex() {
  return null;
}

function headingLevels(container: HTMLElement): number[] {
  return [...container.querySelectorAll("h1, h2, h3, h4, h5, h6")].map((heading) => Number(heading.tagName[1]));
}

/** The text an element shows on screen: without what only screen readers get. */
function shownText(element: Element | null): string {
  const copy = element?.cloneNode(true) as Element | undefined;
  for (const hidden of copy?.querySelectorAll(".rk-visually-hidden") ?? []) hidden.remove();
  return (copy?.textContent ?? "").replace(/\s+/g, " ").trim();
}

describe("RecapArticle with the real KubeCon recap", () => {
  it("renders the whole article from the parsed recap: one h1, seven sessions, related reads and the call to action", () => {
    const { container } = render(<RecapArticle recap={recap} />);
    expect(screen.getAllByRole("heading", { level: 1 })).toHaveLength(1);
    expect(screen.getByRole("heading", { level: 1 })).toHaveTextContent(raw.title);
    for (const session of raw.sessions) expect(screen.getByRole("heading", { level: 2, name: session.title })).toBeInTheDocument();
    expect(screen.getByRole("heading", { level: 2, name: "What others have also read" })).toBeInTheDocument();
    expect(screen.getByRole("heading", { level: 2, name: raw.callToAction.title })).toBeInTheDocument();
    expect(container.querySelectorAll(".rk-CallToAction")).toHaveLength(1);
    expect(screen.getByText("Get in touch")).toBeInTheDocument();
  });

  it("never skips a heading level", () => {
    const { container } = render(<RecapArticle recap={recap} />);
    const levels = headingLevels(container);
    expect(levels[0]).toBe(1);
    levels.forEach((level, index) => {
      if (index > 0) expect(level).toBeLessThanOrEqual((levels[index - 1] as number) + 1);
    });
  });

  it("sets lang and dir from the recap's language", () => {
    const { container } = render(<RecapArticle recap={recap} />);
    expect(container.querySelector("article")).toHaveAttribute("lang", "en");
    expect(container.querySelector("article")).toHaveAttribute("dir", "ltr");
    const arabic = render(<RecapArticle recap={parseRecap({ ...raw, language: "ar" })} />).container;
    expect(arabic.querySelector("article")).toHaveAttribute("dir", "rtl");
  });

  it("links every session from the index to its anchor", () => {
    render(<RecapArticle recap={recap} />);
    const index = screen.getByRole("navigation", { name: "Sessions in this recap" });
    const links = within(index).getAllByRole("link");
    expect(links).toHaveLength(7);
    for (const link of links) {
      const target = document.getElementById((link.getAttribute("href") ?? "").slice(1));
      expect(target?.tagName).toBe("ARTICLE");
      expect(target).toHaveAccessibleName(link.textContent ?? "");
    }
  });

  it("shows the event with its date range and a reading time", () => {
    const { container } = render(<RecapArticle recap={recap} />);
    const times = [...container.querySelectorAll(".rk-RecapHeader-eventDates time")].map((time) => time.getAttribute("datetime"));
    expect(times).toEqual(["2021-05-04", "2021-05-07"]);
    expect(shownText(container.querySelector(".rk-RecapHeader-eventDates"))).toMatch(/^May 4 ?– ?7, 2021$/);
    expect(container.querySelector(".rk-RecapHeader-facts")).toHaveTextContent(/^\d+ min read$/);
  });

  it("does not repeat the event's name above a title that names it: the dates link to the event, named by it", () => {
    const { container } = render(<RecapArticle recap={recap} />);
    expect(shownText(container.querySelector(".rk-RecapHeader-event"))).not.toContain(raw.event.name);
    const link = container.querySelector(".rk-RecapHeader-eventDates");
    expect(link?.tagName).toBe("A");
    expect(link).toHaveAttribute("href", raw.event.url);
    expect(link).toHaveAccessibleName(/^KubeCon \+ CloudNativeCon Europe 2021 May 4 ?– ?7, 2021$/);
  });

  it("loses nothing: every session title, speaker, takeaway and resource URL is on the page", () => {
    const html = renderToStaticMarkup(<RecapArticle recap={recap} />);
    const text = html.replace(/<[^>]+>/g, "");
    for (const session of raw.sessions) {
      expect(text).toContain(session.title.replace(/&/g, "&amp;"));
      for (const speaker of session.speakers) expect(text).toContain(speaker.name);
      for (const takeaway of session.takeaways) expect(text).toContain(takeaway);
      for (const resource of session.resources ?? []) expect(html).toContain(`href="${resource.url}"`);
    }
  });

  it("renders the same markup for the parsed recap and for a copy sent as JSON (a server to a client component)", () => {
    const sent = JSON.parse(JSON.stringify(recap));
    expect(renderToStaticMarkup(<RecapArticle recap={sent} />)).toBe(renderToStaticMarkup(<RecapArticle recap={recap} />));
  });

  it("refuses a document that was not parsed, saying what to call", () => {
    // @ts-expect-error: a document is not a parsed recap.
    expect(() => renderToStaticMarkup(<RecapArticle recap={raw} />)).toThrow(/parseRecap\(document\)/);
  });

  it("includes structured data only when given it, made where the recap is parsed", () => {
    expect(renderToStaticMarkup(<RecapArticle recap={recap} />)).not.toContain("application/ld+json");
    const html = renderToStaticMarkup(<RecapArticle recap={recap} structuredData={toJsonLd(recap)} />);
    expect(html).toContain('<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting"');
  });

  it("lets any part be replaced, with the props the default would get", () => {
    render(<RecapArticle recap={recap} components={{ Session: OneLineSession, Index: NoIndex }} />);
    expect(screen.getAllByTestId("mine")).toHaveLength(7);
    expect(screen.getAllByTestId("mine")[2]).toHaveTextContent(
      "How DoD Uses K8s and Flux to Achieve Compliance and Deployment Consistency (2)",
    );
    expect(screen.queryByRole("navigation")).toBeNull();
  });
});

describe("RecapArticle in German, over two days", () => {
  it("groups sessions under day headings, in order, with German labels", () => {
    const { container } = render(<RecapArticle recap={german} labels={de} />);
    const days = screen.getAllByRole("heading", { level: 2 }).filter((heading) => heading.querySelector("time"));
    expect(days.map((day) => day.textContent)).toEqual(["Dienstag, 10. September 2024", "Mittwoch, 11. September 2024"]);
    expect(screen.getByRole("heading", { level: 3, name: "Kosten im Griff: FinOps für Plattformteams" })).toBeInTheDocument();
    expect(screen.getByRole("heading", { level: 2, name: "Unser Fazit" })).toBeInTheDocument();
    expect(screen.getAllByRole("heading", { level: 4, name: "Das Wichtigste" }).length).toBeGreaterThan(0);
    expect(shownText(container.querySelector(".rk-RecapHeader-eventDates"))).toMatch(/^10\. ?– ?11\. September 2024$/);
    expect(screen.getByText(/Veröffentlicht am/)).toHaveTextContent("Veröffentlicht am 16. September 2024");
    expect(container).toHaveTextContent("Lukas Brandt und Aylin Şahin, Nordlicht Software");
  });

  it("takes label overrides on top of the language's labels", () => {
    render(<RecapArticle recap={german} labels={{ ...de, recapTakeaways: "Kurz gesagt" }} />);
    expect(screen.getByRole("heading", { level: 2, name: "Kurz gesagt" })).toBeInTheDocument();
    expect(screen.getAllByRole("heading", { name: "Das Wichtigste" }).length).toBeGreaterThan(0);
  });
});

describe("an invalid document, where it is parsed", () => {
  const invalid = { title: "", event: { name: "KubeCon" }, sessions: [{ title: "Talk", speakers: [{ name: "" }] }] };

  it("shows every problem with its path in a readable box (the documented safeParseRecap pattern)", () => {
    const result = safeParseRecap(invalid);
    render(result.ok ? <RecapArticle recap={result.value} /> : <InvalidRecap issues={result.issues} />);
    const alert = screen.getByRole("alert");
    expect(within(alert).getByText("This recap document has 2 problems")).toBeInTheDocument();
    expect(
      within(alert)
        .getAllByRole("listitem")
        .map((item) => item.textContent),
    ).toEqual(["title is empty. The recap needs a title.", "sessions[0].speakers[0].name is empty. Every speaker needs a name."]);
  });
});

describe("text without styles", () => {
  it("keeps words apart where only the layout sets them apart (reader modes, feeds, copy-paste)", () => {
    const { container } = render(<RecapArticle recap={german} labels={de} />);
    const text = (selector: string) => (container.querySelector(selector)?.textContent ?? "").replace(/\s+/g, " ");
    expect(text(".rk-RecapHeader-event")).toMatch(
      /^Veranstaltung: Cloud-Tage Hamburg 2024 10\. ?– ?11\. September 2024 Hamburg, Deutschland$/,
    );
    expect(text(".rk-RecapHeader-facts")).toMatch(
      /^Veröffentlicht am 16\. September 2024 von Beispiel Beratung GmbH Aktualisiert am 18\. September 2024 \d+ Min\. Lesezeit$/,
    );
    expect(text(".rk-SessionCard-meta")).toBe("Format: Keynote Sessioncode: KEY01 10. September 2024, 09:30 Uhr");
    expect(text(".rk-SessionCard-heading")).toBe(
      "Eröffnungs-Keynote: Plattformen sind Produkte #Link zu dieser Session: Eröffnungs-Keynote: Plattformen sind Produkte",
    );
  });
});

describe("the invalid-document box", () => {
  it("takes an id, a class and attributes, as the article would", () => {
    const result = safeParseRecap({ title: "" });
    if (result.ok) throw new Error("expected problems");
    render(<InvalidRecap issues={result.issues} id="recap" className="mine" data-section="recaps" />);
    const box = screen.getByRole("alert");
    expect(box).toHaveAttribute("id", "recap");
    expect(box).toHaveClass("rk-InvalidRecap", "mine");
    expect(box).toHaveAttribute("data-section", "recaps");
  });
});

describe("RecapArticle with the writer's own headings", () => {
  it("shows the document's headings instead of the language's labels, in every language", () => {
    const own = parseRecap({
      ...germanJson,
      takeaways: ["Alles ist GitOps."],
      outro: ["Bis nächstes Jahr."],
      headings: { takeaways: "Was wir mitnehmen", relatedReads: "Mehr aus unserem Blog", outro: "Zum Schluss", sessionTakeaways: "Merken" },
    });
    render(<RecapArticle recap={own} labels={de} />);
    expect(screen.getByRole("heading", { level: 2, name: "Was wir mitnehmen" })).toBeInTheDocument();
    expect(screen.getByRole("heading", { level: 2, name: "Mehr aus unserem Blog" })).toBeInTheDocument();
    expect(screen.getByRole("heading", { level: 2, name: "Zum Schluss" })).toBeInTheDocument();
    expect(screen.queryByRole("heading", { name: de.recapTakeaways })).toBeNull();
    expect(screen.queryByRole("heading", { name: de.relatedReads })).toBeNull();
    const sessionsWithTakeaways = germanJson.sessions.filter((session) => (session as { takeaways?: unknown[] }).takeaways?.length);
    expect(screen.queryAllByRole("heading", { name: "Merken" })).toHaveLength(sessionsWithTakeaways.length);
  });

  it("keeps the labels where the document gives no heading, and shows no closing heading of its own", () => {
    render(<RecapArticle recap={german} labels={de} />);
    expect(screen.queryByRole("heading", { name: "Zum Schluss" })).toBeNull();
    if (germanJson.relatedReads?.length) expect(screen.getByRole("heading", { level: 2, name: de.relatedReads })).toBeInTheDocument();
  });
});
