import { render, screen, within } from "@testing-library/react";
import { createRef } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { parseRecap, type Session, SessionCard } from "../src/index.js";
import { de } from "../src/labels/de.js";
import raw from "./fixtures/kubecon-eu-2021.recap.json" with { type: "json" };

const recap = parseRecap(raw);
const [kuma, , dod, , , gitops, hacking] = recap.sessions as Session[] as [Session, Session, Session, Session, Session, Session, Session];

describe("SessionCard", () => {
  it("is an article named by its heading, with a stable id and a self-link", () => {
    render(<SessionCard {...kuma} />);
    const article = screen.getByRole("article", { name: kuma.title });
    expect(article).toHaveAttribute("id", kuma.id);
    expect(within(article).getByRole("heading", { level: 2 })).toHaveTextContent(kuma.title);
    const self = screen.getByRole("link", { name: `Link to this session: ${kuma.title}` });
    expect(self).toHaveAttribute("href", `#${kuma.id}`);
  });

  it("uses the heading level it is given, and one below for its takeaways", () => {
    render(<SessionCard {...dod} headingLevel={3} />);
    expect(screen.getByRole("heading", { level: 3, name: dod.title })).toBeInTheDocument();
    expect(screen.getByRole("heading", { level: 4, name: "Key takeaways" })).toBeInTheDocument();
  });

  it("shows track and format as badges that say what they are in words", () => {
    const { container } = render(<SessionCard {...kuma} code="SMC101" />);
    const badges = [...container.querySelectorAll(".rk-Badge")].map((badge) => badge.textContent);
    expect(badges).toEqual(["Track: ServiceMeshCon 2021", "Format: Keynote", "Session code: SMC101"]);
  });

  it("shows the byline, every summary paragraph with inline markup, the takeaways and the resources", () => {
    render(<SessionCard {...gitops} />);
    expect(screen.getByText("Cornelia Davis")).toBeInTheDocument();
    expect(document.querySelectorAll(".rk-SessionCard-summary p")).toHaveLength(4);
    expect(screen.getByRole("link", { name: "cncf/podtato-head" })).toHaveAttribute("href", "https://github.com/cncf/podtato-head");
    expect(screen.getByRole("heading", { name: "Key takeaways" }).nextElementSibling?.querySelectorAll("li")).toHaveLength(2);
    // A label of its own says what the icon shows, for people who cannot see it.
    // (jsdom's name computation drops the hidden text's trailing space; browsers keep it.)
    expect(screen.getByRole("link", { name: /^Repository: ?cncf\/podtato-head for “GitOps Con opening keynotes”$/ })).toBeInTheDocument();
  });

  it("names every resource link after its session, so many Slides links are told apart", () => {
    render(
      <>
        <SessionCard {...kuma} resources={[{ kind: "slides", url: "/a.pdf" }]} />
        <SessionCard {...hacking} resources={[{ kind: "slides", url: "/b.pdf" }]} />
      </>,
    );
    const slides = screen.getAllByRole("link", { name: /^Slides for/ });
    expect(slides.map((link) => link.textContent)).toEqual([`Slides for “${kuma.title}”`, `Slides for “${hacking.title}”`]);
  });

  it("lets children replace the summary", () => {
    render(
      <SessionCard {...dod}>
        <p>Our own words.</p>
      </SessionCard>,
    );
    expect(screen.getByText("Our own words.")).toBeInTheDocument();
    expect(screen.queryByText(/The DoD, just like any other software company/)).toBeNull();
    expect(screen.getByRole("heading", { name: "Key takeaways" })).toBeInTheDocument();
  });

  it("compact shows title, byline and first paragraph only", () => {
    render(<SessionCard {...dod} variant="compact" />);
    expect(screen.getByRole("article")).toHaveAttribute("data-variant", "compact");
    expect(document.querySelectorAll(".rk-SessionCard-summary p")).toHaveLength(1);
    expect(screen.queryByRole("heading", { name: "Key takeaways" })).toBeNull();
    expect(screen.queryByRole("list", { name: "Resources" })).toBeNull();
    expect(screen.getByText("Michael Medellin")).toBeInTheDocument();
  });

  it("renders no empty parts", () => {
    const { container } = render(<SessionCard title="Lightning talks" speakers={[]} takeaways={[]} resources={[]} tags={[]} />);
    expect(
      container.querySelector(".rk-SpeakerByline, .rk-TakeawayList, .rk-ResourceLinks, .rk-Prose, .rk-SessionCard-meta, ul"),
    ).toBeNull();
    expect(screen.getByRole("article")).toHaveAttribute("id", "lightning-talks");
  });

  it("formats the date in a time element, for the language", () => {
    render(<SessionCard {...dod} date="2021-05-05" language="de" labels={de} />);
    const time = document.querySelector("time");
    expect(time).toHaveAttribute("datetime", "2021-05-05");
    expect(time).toHaveTextContent("5. Mai 2021");
    expect(screen.getByRole("heading", { name: "Das Wichtigste" })).toBeInTheDocument();
  });

  it("forwards ref, className and native props to the article", () => {
    const ref = createRef<HTMLElement>();
    render(<SessionCard {...kuma} ref={ref} className="featured" data-track="smc" />);
    expect(ref.current?.tagName).toBe("ARTICLE");
    expect(ref.current).toHaveClass("rk-SessionCard", "featured");
    expect(ref.current).toHaveAttribute("data-track", "smc");
  });

  it("renders the same markup from the model as from hand-written JSX props", () => {
    const fromModel = renderToStaticMarkup(<SessionCard {...dod} />);
    const byHand = renderToStaticMarkup(
      <SessionCard
        id="how-dod-uses-k8s-and-flux-to-achieve-compliance-and-deployment-consistency"
        title="How DoD Uses K8s and Flux to Achieve Compliance and Deployment Consistency"
        speakers={[
          { name: "Michael Medellin", affiliation: "Department of Defense" },
          { name: "Gordon Tillman", affiliation: "Department of Defense" },
        ]}
        format="talk"
        summary={raw.sessions[2]?.summary}
        takeaways={raw.sessions[2]?.takeaways}
      />,
    );
    expect(byHand).toBe(fromModel);
  });

  it("is a card alone and an open section when asked, which RecapArticle asks for", () => {
    const { container } = render(
      <>
        <SessionCard {...kuma} id="alone" />
        <SessionCard {...kuma} id="open" appearance="section" />
      </>,
    );
    expect(container.querySelector("#alone")).toHaveAttribute("data-appearance", "card");
    expect(container.querySelector("#open")).toHaveAttribute("data-appearance", "section");
  });

  it("lists a panel's byline from five speakers on, unless told otherwise", () => {
    const panel = Array.from({ length: 5 }, (_, index) => ({ name: `Speaker ${index + 1}`, affiliation: "CNCF" }));
    const { container } = render(
      <>
        <SessionCard {...kuma} id="panel" speakers={panel} />
        <SessionCard {...kuma} id="told" speakers={panel} bylineVariant="inline" />
      </>,
    );
    expect(within(container.querySelector("#panel") as HTMLElement).getByRole("list", { name: "Speakers" })).toBeInTheDocument();
    expect(within(container.querySelector("#told") as HTMLElement).queryByRole("list", { name: "Speakers" })).toBeNull();
  });
});
