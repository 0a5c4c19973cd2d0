import { render, screen, within } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, type MockInstance, vi } from "vitest";
import {
  Avatar,
  CallToAction,
  Prose,
  parseRecap,
  RecapArticle,
  RecapHeader,
  RelatedReads,
  ResourceLinks,
  richText,
  SessionCard,
  SessionIndex,
  SpeakerByline,
  TakeawayList,
} from "../src/index.js";
import { inertnessProblems } from "./support/arbitraries.js";

// Components used directly, as a frontend developer would, with the props nobody thinks of:
// empty lists, optional props left out, huge strings and unusual but valid URLs.

let consoleError: MockInstance;
beforeEach(() => {
  consoleError = vi.spyOn(console, "error").mockImplementation(() => undefined);
});
afterEach(() => {
  // React reports key clashes, bad props and the like here: none of them may happen.
  expect(consoleError).not.toHaveBeenCalled();
  consoleError.mockRestore();
});

const huge = "Supercalifragilistic ".repeat(500).trim();
const hugeWord = "x".repeat(10_000);

/** Unusual but valid link targets, and whether they leave the page (and so get rel="noopener noreferrer"). */
const UNUSUAL_LINKS = [
  ["mailto:hello@example.com?subject=Your%20recap&cc=team@example.com", false],
  ["//cdn.example/x", true],
  ["?q=1", false],
  ["#anchor", false],
  ["https://bücher.example/straße", true],
  ["https://xn--bcher-kva.example/", true],
  ["https://en.wikipedia.org/wiki/Kubernetes_(software)", true],
  ["https://example.com/a_(b)?c=(d)#(e)", true],
  ["../relative/path?x=1#y", false],
] as const;

describe("empty lists and missing optional props render nothing, or only what there is", () => {
  it.each([
    ["SpeakerByline with no speakers", () => <SpeakerByline speakers={[]} />],
    ["SpeakerByline as a list with no speakers", () => <SpeakerByline speakers={[]} variant="list" />],
    ["ResourceLinks with no resources", () => <ResourceLinks resources={[]} />],
    ["ResourceLinks without resources", () => <ResourceLinks resources={undefined} />],
    ["TakeawayList with no takeaways", () => <TakeawayList takeaways={[]} />],
    ["TakeawayList without takeaways", () => <TakeawayList takeaways={undefined} />],
    ["RelatedReads with no reads", () => <RelatedReads relatedReads={[]} />],
    ["RelatedReads without reads", () => <RelatedReads relatedReads={undefined} />],
    ["RelatedReads with max 0", () => <RelatedReads relatedReads={[{ title: "A" }]} max={0} />],
    ["Prose with no paragraphs", () => <Prose paragraphs={[]} />],
    ["Prose with blank paragraphs", () => <Prose paragraphs={["", "   ", "\n\t"]} />],
    ["Prose without paragraphs", () => <Prose paragraphs={undefined} />],
    ["SessionIndex with no sessions", () => <SessionIndex sessions={[]} />],
  ])("%s", (_name, element) => {
    const { container } = render(element());
    expect(container).toBeEmptyDOMElement();
  });

  it("a SessionCard with a title and nothing else: an article named by its heading, with a self-link and no empty lists", () => {
    const { container } = render(<SessionCard title="Opening keynotes" speakers={[]} />);
    const article = screen.getByRole("article", { name: "Opening keynotes" });
    expect(article).toHaveAttribute("id", "opening-keynotes");
    expect(within(article).getByRole("heading", { level: 2 })).toHaveTextContent("Opening keynotes");
    expect(screen.getByRole("link", { name: "Link to this session: Opening keynotes" })).toHaveAttribute("href", "#opening-keynotes");
    expect(screen.queryAllByRole("list")).toHaveLength(0);
    expect(container.querySelector(".rk-SpeakerByline, .rk-SessionCard-meta, .rk-Prose")).toBeNull();
  });

  it("a SessionCard given every list empty shows none of them", () => {
    render(<SessionCard title="Hallway track" speakers={[]} takeaways={[]} resources={[]} tags={[]} summary={[]} />);
    expect(screen.getByRole("article", { name: "Hallway track" })).toBeInTheDocument();
    expect(screen.queryAllByRole("list")).toHaveLength(0);
    expect(screen.queryAllByRole("heading")).toHaveLength(1);
  });

  it("a compact SessionCard shows the first paragraph only", () => {
    render(<SessionCard title="Compact" speakers={[{ name: "Ada" }]} summary={["First.", "Second."]} variant="compact" />);
    expect(screen.getByText("First.")).toBeInTheDocument();
    expect(screen.queryByText("Second.")).toBeNull();
  });

  it("a RecapHeader with only a title and an event name", () => {
    const { container } = render(<RecapHeader title="Our highlights" event={{ name: "PyCon" }} />);
    expect(screen.getByRole("heading", { level: 1, name: "Our highlights" })).toBeInTheDocument();
    expect(screen.getByText("PyCon")).toBeInTheDocument();
    expect(screen.queryByRole("link")).toBeNull();
    expect(screen.queryByRole("img")).toBeNull();
    expect(screen.queryAllByRole("list")).toHaveLength(0);
    expect(container.querySelector("time")).toBeNull();
  });

  it("a CallToAction with only a title: a heading and no dead button, marked as a note", () => {
    const { container } = render(<CallToAction title="Talk to us" />);
    expect(screen.getByRole("heading", { level: 2, name: "Talk to us" })).toBeInTheDocument();
    expect(screen.queryByRole("link")).toBeNull();
    expect(container.querySelector(".rk-CallToAction")).toHaveAttribute("data-action", "none");
  });

  it("a CallToAction to a mail address keeps the address for print, whatever the URL's case, query or escapes", () => {
    const { container } = render(
      <>
        <CallToAction title="A" url="MAILTO:team@example.com?subject=Hi" label="Write" />
        <CallToAction title="B" url="mailto:%E0%A4%A@example.com" label="Write" />
        <CallToAction title="C" url="https://example.com" label="Open" />
      </>,
    );
    const [upper, escaped, web] = [...container.querySelectorAll(".rk-CallToAction")];
    expect(upper).toHaveAttribute("data-action", "mail");
    expect(upper?.querySelector("a")).toHaveAttribute("data-address", "team@example.com");
    expect(escaped?.querySelector("a")).toHaveAttribute("data-address", "%E0%A4%A@example.com");
    expect(web).toHaveAttribute("data-action", "link");
    expect(web?.querySelector("a")).not.toHaveAttribute("data-address");
  });

  it("a RecapArticle without sessions: the header and no index", () => {
    render(<RecapArticle recap={parseRecap({ title: "Nothing yet", event: { name: "PyCon" }, sessions: [] })} />);
    expect(screen.getByRole("heading", { level: 1, name: "Nothing yet" })).toBeInTheDocument();
    expect(screen.queryByRole("navigation")).toBeNull();
    expect(screen.getAllByRole("article")).toHaveLength(1);
  });

  it("an Avatar for a name without letters shows no initials and no broken image", () => {
    const { container } = render(<Avatar name="  ---  " />);
    expect(container.querySelector(".rk-Avatar-initials")?.textContent).toBe("");
    expect(container.querySelector("img")).toBeNull();
  });
});

describe("huge strings", () => {
  it("a SessionCard keeps a huge title and a 10,000-character word whole, in its heading and in its name", () => {
    render(
      <SessionCard
        title={huge}
        speakers={[{ name: hugeWord, affiliation: huge, role: hugeWord }]}
        takeaways={[huge]}
        resources={[{ kind: "slides", url: `https://example.com/${hugeWord}` }]}
      />,
    );
    expect(screen.getByRole("heading", { level: 2 })).toHaveTextContent(huge, { normalizeWhitespace: false });
    expect(screen.getByRole("article")).toHaveAccessibleName(huge);
    expect(screen.getByText(hugeWord, { selector: "bdi.rk-SpeakerByline-name" })).toBeInTheDocument();
    expect(screen.getAllByRole("listitem").some((item) => item.textContent === huge)).toBe(true);
    expect(screen.getByRole("link", { name: `Slides for “${huge}”` })).toHaveAttribute("href", `https://example.com/${hugeWord}`);
  });

  it("RelatedReads shows a 10,000-character excerpt shortened by parseRecap, its link named by the start", () => {
    const reads = [{ excerpt: huge, url: "https://example.com/long" }, { excerpt: hugeWord }];
    render(
      <RelatedReads relatedReads={parseRecap({ title: "T", event: { name: "E" }, sessions: [], relatedReads: reads }).relatedReads} />,
    );
    const [first, second] = screen.getAllByRole("listitem");
    const link = within(first as HTMLElement).getByRole("link");
    expect(link).toHaveAttribute("href", "https://example.com/long");
    expect((link.textContent ?? "").length).toBeLessThanOrEqual(81);
    expect(huge.startsWith((link.textContent ?? "").trim())).toBe(true);
    const excerpt = (first as HTMLElement).querySelector("p")?.textContent ?? "";
    expect(excerpt.length).toBeLessThanOrEqual(181);
    expect(excerpt.endsWith("…")).toBe(true);
    // One word longer than the whole budget is cut too, not shown whole.
    expect(((second as HTMLElement).textContent ?? "").length).toBeLessThanOrEqual(181);
  });

  it("TakeawayList, Prose and CallToAction keep huge text whole", () => {
    render(
      <>
        <TakeawayList takeaways={[hugeWord, huge]} />
        <Prose paragraphs={[huge, hugeWord]} />
        <CallToAction title={huge} body={hugeWord} label={hugeWord} url="https://example.com/contact" />
      </>,
    );
    expect(screen.getAllByText(hugeWord)).toHaveLength(4);
    expect(screen.getByRole("link", { name: hugeWord })).toHaveAttribute("href", "https://example.com/contact");
    expect(screen.getByRole("heading", { name: huge })).toBeInTheDocument();
  });
});

describe("unusual but valid URLs", () => {
  it.each(UNUSUAL_LINKS)("%j links a speaker, a resource, a takeaway, a teaser and a call to action", (url, external) => {
    const { container } = render(
      <>
        <SpeakerByline speakers={[{ name: "Ada Lovelace", url }]} />
        <ResourceLinks resources={[{ kind: "docs", url }]} sessionTitle="Engines" />
        <TakeawayList takeaways={[richText(`Read [the notes](${url}) first`)]} />
        <RelatedReads relatedReads={[{ title: "Another recap", url }]} />
        <CallToAction title="Write to us" url={url} />
      </>,
    );
    const names = ["Ada Lovelace", "Docs for “Engines”", "the notes", "Another recap", url];
    for (const name of names) {
      const link = screen.getByRole("link", { name });
      expect(link).toHaveAttribute("href", url);
      if (external) expect(link).toHaveAttribute("rel", "noopener noreferrer");
      else expect(link).not.toHaveAttribute("rel");
    }
    expect(inertnessProblems(container)).toEqual([]);
  });

  it.each([
    ["//cdn.example/avatar.png", true],
    ["https://bücher.example/a.png", true],
    ["/avatars/ada.png", true],
    ["?size=40", true],
    ["mailto:ada@example.com", false],
    ["data:image/png;base64,AAAA", false],
  ] as const)("an Avatar with src %j shows the picture only when it may load it", (src, shown) => {
    const { container } = render(<Avatar name="Ada Lovelace" src={src} />);
    expect(container.querySelector(".rk-Avatar-initials")?.textContent).toBe("AL");
    if (shown) expect(container.querySelector("img")).toHaveAttribute("src", src);
    else expect(container.querySelector("img")).toBeNull();
  });

  it("RecapHeader links the event and shows the hero image at an IDN address", () => {
    render(
      <RecapHeader
        title="Notes"
        event={{ name: "Bücher Con", url: "https://bücher.example/con" }}
        image={{ src: "https://bücher.example/hero.png", alt: "The hall" }}
      />,
    );
    expect(screen.getByRole("link", { name: "Bücher Con" })).toHaveAttribute("href", "https://bücher.example/con");
    expect(screen.getByRole("img", { name: "The hall" })).toHaveAttribute("src", "https://bücher.example/hero.png");
  });
});

describe("problems these tests found, now fixed", () => {
  // Tags were keyed by their text: two equal tags made React warn about duplicate keys.
  it("renders duplicate tags without a React warning", () => {
    render(<SessionCard title="Tagged" speakers={[]} tags={["kubernetes", "kubernetes"]} />);
    expect(screen.getAllByRole("listitem")).toHaveLength(2);
    expect(consoleError).not.toHaveBeenCalled();
  });

  // A title with no letters or digits ("🎉", "???") gave an empty id and a self-link to "#".
  it("gives a SessionCard whose title has no letters a usable anchor", () => {
    render(<SessionCard title="🎉🎉🎉" speakers={[]} />);
    const article = screen.getByRole("article", { name: "🎉🎉🎉" });
    expect(article.id).not.toBe("");
    expect(screen.getByRole("link", { name: "Link to this session: 🎉🎉🎉" })).not.toHaveAttribute("href", "#");
  });
});
