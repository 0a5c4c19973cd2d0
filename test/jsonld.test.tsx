import { render } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { parseRecap, RecapJsonLd, serializeJsonLd, toJsonLd } from "../src/index.js";
import { de } from "../src/labels/de.js";
import { renderRecapToHtml } from "../src/static/index.js";
import rawGerman from "./fixtures/cloudtage-hamburg-2024.de.recap.json" with { type: "json" };
import raw from "./fixtures/kubecon-eu-2021.recap.json" with { type: "json" };

// biome-ignore lint/suspicious/noExplicitAny: JSON-LD is plain JSON, checked field by field below.
type Json = Record<string, any>;

describe("toJsonLd", () => {
  const data = toJsonLd(parseRecap(raw)) as Json;

  it("describes a BlogPosting about the event, with one subEvent per session", () => {
    expect(data["@context"]).toBe("https://schema.org");
    expect(data["@type"]).toBe("BlogPosting");
    expect(data.headline).toBe(raw.title);
    expect(data.inLanguage).toBe("en");
    expect(data.about).toMatchObject({
      "@type": "Event",
      name: "KubeCon + CloudNativeCon Europe 2021",
      startDate: "2021-05-04",
      endDate: "2021-05-07",
      url: raw.event.url,
      location: { "@type": "VirtualLocation", name: "Virtual" },
      eventAttendanceMode: "https://schema.org/OnlineEventAttendanceMode",
    });
    expect(data.about.subEvent).toHaveLength(7);
  });

  it("lists performers as Persons with their affiliation", () => {
    expect(data.about.subEvent[6].performer).toEqual([
      { "@type": "Person", name: "Ellen Körbes", affiliation: { "@type": "Organization", name: "Tilt" } },
      { "@type": "Person", name: "Tabitha Sable", affiliation: { "@type": "Organization", name: "Datadog" } },
    ]);
  });

  it("gives authors as separate Persons, the publisher, dates, tags and recordings as VideoObjects", () => {
    const german = toJsonLd(parseRecap(rawGerman)) as Json;
    expect(german.author).toEqual([
      {
        "@type": "Person",
        name: "Jana Petersen",
        url: "https://beispiel-beratung.de/team/jana-petersen",
        jobTitle: "Platform Engineer",
        affiliation: { "@type": "Organization", name: "Beispiel Beratung" },
      },
      { "@type": "Person", name: "Murat Demir", jobTitle: "SRE", affiliation: { "@type": "Organization", name: "Beispiel Beratung" } },
    ]);
    expect(german.publisher).toEqual({ "@type": "Organization", name: "Beispiel Beratung GmbH", url: "https://beispiel-beratung.de" });
    expect(german.datePublished).toBe("2024-09-16");
    expect(german.dateModified).toBe("2024-09-18");
    expect(german.inLanguage).toBe("de");
    expect(german.keywords).toBe("Kubernetes, Plattform-Engineering, Observability");
    expect(german.about.location).toEqual({ "@type": "Place", name: "Hamburg, Deutschland" });
    const keynote = german.about.subEvent[0];
    expect(keynote.recordedIn).toEqual([
      {
        "@type": "VideoObject",
        name: "Eröffnungs-Keynote: Plattformen sind Produkte",
        url: "https://video.example/cloud-tage-2024/keynote",
      },
    ]);
    expect(keynote.startDate).toBe("2024-09-10T09:30:00+02:00");
    expect(keynote.url).toBe("https://beispiel-beratung.de/blog/cloud-tage-hamburg-2024#eroffnungs-keynote-plattformen-sind-produkte");
  });
});

describe("serializeJsonLd and RecapJsonLd", () => {
  const hostile = parseRecap({
    ...raw,
    title: "</script><script>alert(1)</script> <!-- \u2028 \u2029 & more",
  });

  it("cannot end the script element or open a comment, and parses back to the same data", () => {
    const json = serializeJsonLd(toJsonLd(hostile));
    expect(json).not.toMatch(/<|>|\u2028|\u2029/);
    expect(JSON.parse(json)).toEqual(toJsonLd(hostile));
  });

  it("renders one application/ld+json script whose text parses back", () => {
    const { container } = render(<RecapJsonLd recap={hostile} />);
    const scripts = container.querySelectorAll("script");
    expect(scripts).toHaveLength(1);
    expect(scripts[0]).toHaveAttribute("type", "application/ld+json");
    expect(JSON.parse(scripts[0]?.textContent ?? "").headline).toBe(hostile.title);
  });
});

describe("structured data in the page's language", () => {
  const german = parseRecap(rawGerman);
  const names = (data: unknown) =>
    ((data as Json).about.subEvent as Json[]).flatMap((event) => ((event.subjectOf ?? []) as Json[]).map((work) => work.name as string));

  it("names a German recap's unlabelled slides in German when given the German labels", () => {
    const inGerman = names(toJsonLd(german, de));
    expect(inGerman.some((name) => name.startsWith("Folien: "))).toBe(true);
    expect(inGerman.some((name) => name.startsWith("Slides: "))).toBe(false);
  });

  it("does so on the static page, which picks the labels by the recap's language", () => {
    const page = renderRecapToHtml(rawGerman);
    const json = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(page)?.[1] ?? "";
    expect(json).toContain("Folien: ");
    expect(json).not.toContain("Slides: ");
  });
});
