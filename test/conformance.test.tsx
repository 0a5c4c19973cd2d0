// What every component of recap-kit promises, checked for each one the manifest lists instead of
// remembered per component: `ref`, `className` (merged), `id`, `aria-*` and `data-*` reach the root
// element, which carries the public class `rk-<Name>`; it is a plain function of its props (no
// hooks: it renders on a server and as a React Server Component, and the article can flatten it);
// and given nothing to show it renders nothing, not an empty box.

import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { render } from "@testing-library/react";
import { type ComponentType, createRef, type ReactNode } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { COMPONENT_FOLDERS } from "../src/components/manifest.js";
import * as recapKit from "../src/index.js";
import { parseRecap, type Session } from "../src/index.js";

const fixture = JSON.parse(
  readFileSync(join(dirname(fileURLToPath(import.meta.url)), "fixtures/kubecon-eu-2021.recap.json"), "utf8"),
) as unknown;
const recap = parseRecap(fixture);
const session = recap.sessions.find((each) => each.speakers.length && each.takeaways?.length && each.resources?.length) as Session;
const invalid = recapKit.safeParseRecap({ title: "" });

/**
 * Each component's props from the real recap, and its props with nothing to show (or why it has no
 * such state). A component added to the manifest without an entry here fails the first test.
 */
const SAMPLES: Record<string, { props: Record<string, unknown>; empty: Record<string, unknown> | string }> = {
  Avatar: { props: { name: "Ada Okonkwo" }, empty: "an avatar always has a name: its initials stand in for a picture" },
  Badge: { props: { label: "Security" }, empty: "a badge is its label, which is required" },
  Prose: { props: { paragraphs: recap.intro }, empty: { paragraphs: [] } },
  SpeakerByline: { props: { speakers: session.speakers }, empty: { speakers: [] } },
  TakeawayList: { props: { takeaways: session.takeaways }, empty: { takeaways: [] } },
  ResourceLinks: { props: { resources: session.resources, sessionTitle: session.title }, empty: { resources: [] } },
  SessionCard: { props: { ...session }, empty: "a session always has a title, which is required" },
  RelatedReads: { props: { relatedReads: recap.relatedReads }, empty: { relatedReads: [] } },
  RecapHeader: { props: { ...recap }, empty: "a recap always has a title and an event, which are required" },
  SessionIndex: { props: { sessions: recap.sessions }, empty: { sessions: [] } },
  CallToAction: {
    props: { ...recap.callToAction, url: "https://example.com/contact" },
    empty: "a call to action always has a title, which is required",
  },
  RecapArticle: { props: { recap }, empty: "a recap always has a title and an event, which are required" },
  InvalidRecap: {
    props: { issues: invalid.ok ? [] : invalid.issues },
    empty: "shown only for a recap that failed to parse, it says so even when no problem is listed",
  },
};

const components = COMPONENT_FOLDERS.flatMap(({ exports }) => exports);
const componentOf = (name: string) =>
  (recapKit as unknown as Record<string, ComponentType<Record<string, unknown>>>)[name] as ComponentType<Record<string, unknown>>;

describe("every component", () => {
  it("has sample props from the real recap here", () => {
    expect(components.filter((name) => !(name in SAMPLES))).toEqual([]);
    expect(invalid.ok).toBe(false);
  });

  it.each(components)("%s: ref, className, id, aria-* and data-* reach its root, which has its public class", (name) => {
    const Component = componentOf(name);
    const ref = createRef<HTMLElement>();
    const { container } = render(
      <Component {...SAMPLES[name]?.props} ref={ref} className="host-class" id={`the-${name}`} aria-describedby="note" data-host="yes" />,
    );
    const root = container.firstElementChild as HTMLElement;
    expect(root).not.toBeNull();
    expect(container.children).toHaveLength(1);
    expect(ref.current).toBe(root);
    expect(root).toHaveClass(`rk-${name}`, "host-class");
    expect(root).toHaveAttribute("id", `the-${name}`);
    expect(root).toHaveAttribute("aria-describedby", "note");
    expect(root).toHaveAttribute("data-host", "yes");
  });

  it.each(components)("%s: is a plain function of its props (no hooks), so it renders on a server", (name) => {
    const Component = componentOf(name) as (props: Record<string, unknown>) => ReactNode;
    // Outside a render, React has no dispatcher: any hook would throw "Invalid hook call" here.
    expect(() => Component({ ...SAMPLES[name]?.props })).not.toThrow();
    expect(renderToStaticMarkup(<Component {...SAMPLES[name]?.props} />)).toContain(`rk-${name}`);
  });

  it.each(components.filter((name) => typeof SAMPLES[name]?.empty !== "string"))("%s: with nothing to show, renders nothing", (name) => {
    const Component = componentOf(name);
    expect(renderToStaticMarkup(<Component {...(SAMPLES[name]?.empty as Record<string, unknown>)} />)).toBe("");
  });
});
