import { render, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { richText, TakeawayList } from "../src/index.js";

// Read as parseRecap reads a document's takeaways.
const takeaways = [
  "Configure **RBAC** fully.",
  "Subscribe to the [CVE list](https://kubernetes.io/docs/reference/issues-security/).",
  "Run `kubectl auth can-i`.",
].map(richText);

describe("TakeawayList", () => {
  it("is a list under a 'Key takeaways' heading of the given level", () => {
    render(<TakeawayList takeaways={takeaways} headingLevel={4} />);
    expect(screen.getByRole("heading", { level: 4, name: "Key takeaways" })).toBeInTheDocument();
    expect(screen.getAllByRole("listitem")).toHaveLength(3);
    expect(document.querySelector("ul")).not.toBeNull();
  });

  it("shows a plain string as written: markup is read by parseRecap, never at render", () => {
    render(<TakeawayList takeaways={["Configure **RBAC** fully."]} />);
    expect(screen.getByRole("listitem")).toHaveTextContent("Configure **RBAC** fully.");
    expect(document.querySelector("strong")).toBeNull();
  });

  it("renders inline markup in each item", () => {
    render(<TakeawayList takeaways={takeaways} />);
    const items = screen.getAllByRole("listitem");
    expect(items[0]?.querySelector("strong")).toHaveTextContent("RBAC");
    expect(within(items[1] as HTMLElement).getByRole("link", { name: "CVE list" })).toHaveAttribute(
      "href",
      "https://kubernetes.io/docs/reference/issues-security/",
    );
    expect(items[2]?.querySelector("code")).toHaveTextContent("kubectl auth can-i");
  });

  it("can be ordered", () => {
    render(<TakeawayList takeaways={takeaways} ordered />);
    expect(document.querySelector("ol")).not.toBeNull();
    expect(document.querySelector("ul")).toBeNull();
  });

  it("takes another heading, or none, and then names the list", () => {
    const { unmount } = render(<TakeawayList takeaways={takeaways} heading="What we will do on Monday" />);
    expect(screen.getByRole("heading", { name: "What we will do on Monday" })).toBeInTheDocument();
    unmount();
    render(<TakeawayList takeaways={takeaways} heading={false} />);
    expect(screen.queryByRole("heading")).toBeNull();
    expect(screen.getByRole("list", { name: "Key takeaways" })).toBeInTheDocument();
  });

  it("renders nothing at all for an empty or missing list", () => {
    expect(render(<TakeawayList takeaways={[]} />).container).toBeEmptyDOMElement();
    expect(render(<TakeawayList takeaways={undefined} />).container).toBeEmptyDOMElement();
  });

  it("takes its heading from labels", () => {
    render(<TakeawayList takeaways={takeaways} labels={{ keyTakeaways: "Das Wichtigste" }} />);
    expect(screen.getByRole("heading", { name: "Das Wichtigste" })).toBeInTheDocument();
  });
});
