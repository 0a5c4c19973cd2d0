import { render, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { parseRecap, SpeakerByline } from "../src/index.js";
import { ar, de, en, es, fr, ja, nl } from "../src/labels/index.js";
import raw from "./fixtures/kubecon-eu-2021.recap.json" with { type: "json" };

const recap = parseRecap(raw);
const dod = recap.sessions[2]?.speakers ?? [];
const tiltAndDatadog = recap.sessions[6]?.speakers ?? [];

function text(container: HTMLElement): string {
  return (container.textContent ?? "").replace(/\s+/g, " ").trim();
}

describe("SpeakerByline", () => {
  it("groups consecutive speakers of one organisation", () => {
    const { container } = render(<SpeakerByline speakers={dod} />);
    expect(text(container)).toBe("Michael Medellin and Gordon Tillman, Department of Defense");
  });

  it("keeps different organisations with their people", () => {
    const { container } = render(<SpeakerByline speakers={tiltAndDatadog} />);
    expect(text(container)).toBe("Ellen Körbes, Tilt and Tabitha Sable, Datadog");
  });

  it("joins with the ampersand style on request", () => {
    const { container } = render(<SpeakerByline speakers={tiltAndDatadog} conjunction="ampersand" />);
    expect(text(container)).toBe("Ellen Körbes, Tilt & Tabitha Sable, Datadog");
  });

  it("joins with the words of the labels' language", () => {
    const three = [...tiltAndDatadog, { name: "Joe Betz", affiliation: "Google" }];
    expect(text(render(<SpeakerByline speakers={three} language="de" labels={de} />).container)).toBe(
      "Ellen Körbes, Tilt; Tabitha Sable, Datadog; und Joe Betz, Google",
    );
    expect(text(render(<SpeakerByline speakers={dod} language="fr" labels={fr} />).container)).toBe(
      "Michael Medellin et Gordon Tillman, Department of Defense",
    );
    const people = ["Ada", "Grace", "Linus"].map((name) => ({ name }));
    expect(text(render(<SpeakerByline speakers={people} />).container)).toBe("Ada, Grace, and Linus");
    expect(text(render(<SpeakerByline speakers={people} labels={de} />).container)).toBe("Ada, Grace und Linus");
    expect(text(render(<SpeakerByline speakers={people} labels={ja} />).container)).toBe("Ada、Grace、Linus");
  });

  it("writes the same words as Intl.ListFormat of this machine, without asking it at render time", () => {
    const people = ["A", "B", "C"].map((name) => ({ name }));
    for (const [language, labels] of Object.entries({ en, de, fr, nl, es, ja, ar })) {
      const list = new Intl.ListFormat(language, { type: "conjunction" });
      for (const count of [2, 3]) {
        const expected = list.format(people.slice(0, count).map((person) => person.name)).replace(/\p{Zs}/gu, " ");
        expect(text(render(<SpeakerByline speakers={people.slice(0, count)} labels={labels} />).container)).toBe(expected);
      }
    }
  });

  it("joins three organisations in Arabic with و written onto the last group, as CLDR does", () => {
    const groups = [
      { name: "ليلى", affiliation: "شركة" },
      { name: "سامي", affiliation: "جامعة" },
      { name: "نور", affiliation: "مؤسسة" },
    ];
    const { container } = render(<SpeakerByline speakers={groups} language="ar" labels={ar} />);
    expect(text(container)).toBe("ليلى، شركة؛ سامي، جامعة؛ ونور، مؤسسة");
    // The ampersand style keeps the group separator and sets "&" apart.
    const ampersand = render(<SpeakerByline speakers={groups} language="ar" labels={ar} conjunction="ampersand" />);
    expect(text(ampersand.container)).toBe("ليلى، شركة؛ سامي، جامعة؛ & نور، مؤسسة");
  });

  it("joins the last of three organisations with Intl.ListFormat's own word and spacing, after the group separator", () => {
    for (const [language, labels] of Object.entries({ en, de, fr, nl, es, ja, ar })) {
      const parts = new Intl.ListFormat(language, { type: "conjunction" }).formatToParts(["A", "B", "C"]);
      // ", and " / " und " / " و" / "、": what stands before the last item, its comma given over to the group separator.
      const last = parts.filter((part) => part.type === "literal").at(-1)?.value ?? "";
      const expected = labels.groupSeparator.trimEnd() + last.replace(/^\p{P}+/u, "");
      expect(labels.groupLast.replace(/\p{Zs}/gu, " "), language).toBe(expected.replace(/\p{Zs}/gu, " "));
    }
  });

  it("shows a role with the person, and links a name with a URL", () => {
    render(<SpeakerByline speakers={[{ name: "Priyanka Sharma", role: "Moderator", affiliation: "CNCF", url: "https://www.cncf.io/" }]} />);
    expect(screen.getByRole("paragraph")).toHaveTextContent("Priyanka Sharma (Moderator), CNCF");
    const link = screen.getByRole("link", { name: "Priyanka Sharma" });
    expect(link).toHaveAttribute("href", "https://www.cncf.io/");
    expect(link).toHaveAttribute("rel", "noopener noreferrer");
  });

  it("never links a name whose URL is not allowed", () => {
    render(<SpeakerByline speakers={[{ name: "Mallory", url: "javascript:alert(1)" }]} />);
    expect(screen.queryByRole("link")).toBeNull();
    expect(screen.getByText("Mallory")).toBeInTheDocument();
  });

  it("isolates every name and organisation", () => {
    const { container } = render(<SpeakerByline speakers={[{ name: "ليلى حداد", affiliation: "شركة" }, ...tiltAndDatadog]} />);
    expect([...container.querySelectorAll("bdi")].map((bdi) => bdi.textContent)).toEqual([
      "ليلى حداد",
      "شركة",
      "Ellen Körbes",
      "Tilt",
      "Tabitha Sable",
      "Datadog",
    ]);
  });

  it("renders nothing at all for no speakers", () => {
    const { container } = render(<SpeakerByline speakers={[]} />);
    expect(container).toBeEmptyDOMElement();
  });

  it("lists one row per speaker with a decorative, lazy, fixed-size avatar", () => {
    render(
      <SpeakerByline
        variant="list"
        speakers={[
          { name: "Ellen Körbes", affiliation: "Tilt", avatar: "https://example.com/ellen.jpg" },
          { name: "İlke Yılmaz", role: "Host" },
        ]}
        language="tr"
      />,
    );
    const list = screen.getByRole("list", { name: "Speakers" });
    const items = within(list).getAllByRole("listitem");
    expect(items).toHaveLength(2);
    expect(items[0]).toHaveTextContent("Ellen Körbes");
    expect(items[0]).toHaveTextContent("Tilt");
    expect(items[1]).toHaveTextContent("Host");
    const image = items[0]?.querySelector("img");
    expect(image).toHaveAttribute("src", "https://example.com/ellen.jpg");
    expect(image).toHaveAttribute("alt", "");
    expect(image).toHaveAttribute("loading", "lazy");
    expect(image).toHaveAttribute("width", "40");
    expect(image).toHaveAttribute("height", "40");
    // Initials are there for every avatar, under the picture or instead of it, hidden from screen readers.
    expect(items[0]?.querySelector(".rk-Avatar")).toHaveAttribute("aria-hidden", "true");
    expect(items[0]?.querySelector(".rk-Avatar-initials")).toHaveTextContent("EK");
    expect(items[1]?.querySelector(".rk-Avatar-initials")).toHaveTextContent("İY");
    expect(items[1]?.querySelector("img")).toBeNull();
  });

  it("never loads an avatar from a refused URL", () => {
    const { container } = render(<SpeakerByline variant="list" speakers={[{ name: "Mallory", avatar: "javascript:alert(1)" }]} />);
    expect(container.querySelector("img")).toBeNull();
    expect(container.querySelector(".rk-Avatar-initials")).toHaveTextContent("M");
  });

  it("passes native props to the root and merges className", () => {
    const { container } = render(<SpeakerByline speakers={dod} className="mine" id="byline" data-testid="b" aria-label="Who spoke" />);
    const root = container.firstElementChild;
    expect(root).toHaveClass("rk-SpeakerByline", "mine");
    expect(root).toHaveAttribute("id", "byline");
    expect(root).toHaveAttribute("data-variant", "inline");
    expect(root).toHaveAttribute("aria-label", "Who spoke");
  });

  it("takes its words from labels", () => {
    const { container } = render(
      <SpeakerByline
        speakers={[{ name: "山田 花子", role: "司会", affiliation: "サイボウズ" }]}
        language="ja"
        labels={{ personWithRole: "{name}（{role}）", namesWithAffiliation: "{names}（{affiliation}）" }}
      />,
    );
    expect(text(container)).toBe("山田 花子（司会）（サイボウズ）");
  });
});

describe("SpeakerByline with three or more organisations", () => {
  const panel = [
    { name: "Priyanka Sharma", role: "Moderator", affiliation: "CNCF" },
    { name: "Liz Rice", affiliation: "Isovalent" },
    { name: "Kelsey Hightower", affiliation: "Google" },
    { name: "Tim Hockin", affiliation: "Google" },
  ];

  it("sets the groups apart with semicolons, so names and organisations cannot run together", () => {
    const { container } = render(<SpeakerByline speakers={panel} />);
    expect(text(container)).toBe("Priyanka Sharma (Moderator), CNCF; Liz Rice, Isovalent; and Kelsey Hightower and Tim Hockin, Google");
  });

  it("keeps a speaker without an organisation apart from the next one's", () => {
    const { container } = render(
      <SpeakerByline speakers={[{ name: "Ellen", affiliation: "Tilt" }, { name: "Tabitha" }, { name: "Kim", affiliation: "ACME" }]} />,
    );
    expect(text(container)).toBe("Ellen, Tilt; Tabitha; and Kim, ACME");
  });

  it("uses the ampersand style and the language's words there too", () => {
    expect(text(render(<SpeakerByline speakers={panel.slice(0, 3)} conjunction="ampersand" />).container)).toBe(
      "Priyanka Sharma (Moderator), CNCF; Liz Rice, Isovalent; & Kelsey Hightower, Google",
    );
    expect(text(render(<SpeakerByline speakers={panel.slice(0, 3)} language="de" labels={de} />).container)).toBe(
      "Priyanka Sharma (Moderator), CNCF; Liz Rice, Isovalent; und Kelsey Hightower, Google",
    );
  });
});
