import type { Meta, StoryObj } from "@storybook/react-vite";
import type { ReactNode } from "react";
import { expect } from "storybook/test";
import {
  CallToAction,
  type Recap,
  RecapHeader,
  RelatedReads,
  ResourceLinks,
  SessionCard,
  SessionIndex,
  SpeakerByline,
  TakeawayList,
} from "../src/index.js";
import { ar } from "../src/labels/ar.js";
import type { RecapLabels } from "../src/labels/types.js";
import { LeftAndRight, LightAndDark } from "./docs/SideBySide.js";
import { cloudArabia, kubecon, teasers } from "./fixture.js";
import { arabicSpeakers, panelOfTen } from "./people.js";

// Every component and its main states on one page, for a designer's review: the same gallery in
// the light and the dark theme, left to right and right to left, on a phone and on a desktop.

const meta = {
  title: "Overview",
  tags: ["!autodocs"],
  parameters: { layout: "fullscreen" },
} satisfies Meta;

export default meta;
type Story = StoryObj<typeof meta>;

const caption = { margin: "2rem 0 0.75rem", font: "600 0.8125rem/1.4 system-ui, sans-serif", opacity: 0.75 } as const;

/** A component's name and state above it, as a plain caption (no heading: the components bring their own). */
function Item({ name, children }: { name: string; children: ReactNode }) {
  return (
    <>
      <p style={caption}>{name}</p>
      {children}
    </>
  );
}

/** Every component in its main states, from one parsed recap; `prefix` keeps ids unique when the gallery is shown twice. */
function Gallery({
  recap,
  prefix,
  labels,
  speakers,
}: {
  recap: Recap;
  prefix: string;
  labels?: Partial<RecapLabels>;
  speakers: Recap["sessions"][number]["speakers"];
}) {
  const [first, second] = recap.sessions;
  const language = recap.lang;
  const common = { language, labels };
  return (
    <div lang={language} dir={recap.dir}>
      <Item name="RecapHeader">
        <RecapHeader
          {...common}
          title={recap.title}
          subtitle={recap.subtitle}
          event={recap.event}
          authors={recap.authors}
          headingLevel={2}
        />
      </Item>
      <Item name="SessionIndex">
        <SessionIndex sessions={recap.sessions} labels={labels} aria-label={`Sessions (${prefix})`} />
      </Item>
      {first ? (
        <Item name="SessionCard: full, as a card">
          <SessionCard {...first} {...common} id={`${prefix}-full`} headingLevel={3} />
        </Item>
      ) : null}
      {second ? (
        <Item name="SessionCard: compact">
          <SessionCard {...second} {...common} id={`${prefix}-compact`} variant="compact" headingLevel={3} />
        </Item>
      ) : null}
      <Item name="SpeakerByline: a sentence, and a list (from five people)">
        <SpeakerByline {...common} speakers={first?.speakers ?? []} />
        <SpeakerByline {...common} speakers={speakers} style={{ marginBlockStart: "1rem" }} />
      </Item>
      <Item name="TakeawayList">
        <TakeawayList takeaways={recap.takeaways} labels={labels} headingLevel={3} />
      </Item>
      <Item name="ResourceLinks">
        <ResourceLinks resources={first?.resources} sessionTitle={first?.title} labels={labels} />
      </Item>
      <Item name="RelatedReads: with titles and links, and without (a quoted excerpt)">
        <RelatedReads {...common} relatedReads={teasers} headingLevel={3} />
        <RelatedReads {...common} relatedReads={kubecon.relatedReads?.slice(0, 1)} headingLevel={3} />
      </Item>
      {recap.callToAction ? (
        <Item name="CallToAction: with an address, and as a note without one">
          <CallToAction {...recap.callToAction} url={recap.callToAction.url ?? "mailto:hello@example.com"} headingLevel={3} />
          <CallToAction {...recap.callToAction} url={undefined} headingLevel={3} style={{ marginBlockStart: "1rem" }} />
        </Item>
      ) : null}
    </div>
  );
}

/** Light and dark, side by side, whatever the toolbar's theme. */
export const LightAndDarkThemes: Story = {
  name: "Light and dark",
  render: () => <LightAndDark>{(theme) => <Gallery recap={kubecon} prefix={theme} speakers={panelOfTen} />}</LightAndDark>,
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelectorAll("section[data-rk-theme]")).toHaveLength(2);
    await expect(canvasElement.querySelectorAll(".rk-SessionCard")).toHaveLength(4);
  },
};

/** Left to right and right to left: the Arabic recap mirrors the layout, the self-link, the rules and the markers. */
export const LeftToRightAndRightToLeft: Story = {
  name: "Left to right and right to left",
  render: () => (
    <LeftAndRight
      rtlLang="ar"
      ltr={<Gallery recap={kubecon} prefix="ltr" speakers={panelOfTen} />}
      rtl={
        <Gallery
          recap={cloudArabia}
          prefix="rtl"
          labels={ar}
          speakers={[...arabicSpeakers, ...arabicSpeakers, ...arabicSpeakers].slice(0, 6)}
        />
      }
    />
  ),
};

/** A phone's width (375 px) next to a desktop's column: the same components, by the room they get. */
export const PhoneAndDesktop: Story = {
  name: "Phone and desktop",
  render: () => (
    <div style={{ display: "flex", gap: "2rem", alignItems: "flex-start", overflowX: "auto" }}>
      <section
        className="rk-story-canvas"
        aria-label="Phone, 375 px"
        style={{ flex: "none", inlineSize: 375, outline: "1px dashed currentColor" }}
      >
        <Gallery recap={kubecon} prefix="phone" speakers={panelOfTen} />
      </section>
      <section className="rk-story-canvas" aria-label="Desktop column" style={{ flex: "1 1 48rem", minInlineSize: "40rem" }}>
        <Gallery recap={kubecon} prefix="desktop" speakers={panelOfTen} />
      </section>
    </div>
  ),
};
