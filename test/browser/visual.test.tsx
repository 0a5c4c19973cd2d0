import { cleanup, render } from "@testing-library/react";
import type { ReactNode } from "react";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { page, server, userEvent } from "vitest/browser";
import {
  Badge,
  CallToAction,
  parseRecap,
  RecapArticle,
  RecapHeader,
  RelatedReads,
  ResourceLinks,
  type Session,
  SessionCard,
  SessionIndex,
  SpeakerByline,
  TakeawayList,
} from "../../src/index.js";
import { ar } from "../../src/labels/ar.js";
import { de } from "../../src/labels/de.js";
import "../../src/styles.css";
import rawArabic from "../fixtures/cloud-arabia-2025.ar.recap.json" with { type: "json" };
import rawGerman from "../fixtures/cloudtage-hamburg-2024.de.recap.json" with { type: "json" };
import raw from "../fixtures/kubecon-eu-2021.recap.json" with { type: "json" };

// Screenshot tests for the key components and the full page, light, dark and right to left.
// Baselines live in test/browser/__screenshots__; after an intended change of the look, run
// `npm run test:update-screenshots`, look at the new images, and commit them. They are made on
// Linux with Debian's Chromium and DejaVu fonts (what .ci/run installs); other systems draw text
// differently, so there the comparison is skipped rather than failed.

const kubecon = parseRecap(raw);
const arabic = parseRecap(rawArabic);
const german = parseRecap(rawGerman);
const hacking = kubecon.sessions[6] as Session;

afterEach(() => cleanup());

// The pointer where nothing is photographed: another file's hover (design.test.tsx) leaves it over
// whatever comes next, and a teaser's or a title's hover state would join the screenshot.
beforeEach(async () => {
  const corner = document.createElement("div");
  corner.style.cssText = "position:fixed;inset-block-start:0;inset-inline-start:0;inline-size:2px;block-size:2px";
  document.body.append(corner);
  await userEvent.hover(corner);
  corner.remove();
});

/** A teaser picture from the project itself (the test server serves it): no network. */
const TEASER_IMAGE = "/stories/assets/teaser.svg";

/** How long a capture may take to become stable (two identical screenshots in a row). */
const SETTLE_MS = 30_000;

type Theme = "light" | "dark";

function Stage({ theme, dir = "ltr", width = 720, children }: { theme: Theme; dir?: "ltr" | "rtl"; width?: number; children: ReactNode }) {
  return (
    <div
      data-testid="stage"
      data-rk-theme={theme}
      dir={dir}
      // One font that every CI machine with Debian's Chromium has, so screenshots compare across machines.
      style={{
        inlineSize: width,
        padding: 16,
        background: "var(--rk-color-canvas)",
        color: "var(--rk-color-text)",
        fontFamily: "'DejaVu Sans', sans-serif",
      }}
    >
      {children}
    </div>
  );
}

async function expectLook(name: string, element: ReactNode, theme: Theme, dir: "ltr" | "rtl" = "ltr", width = 720) {
  render(
    <Stage theme={theme} dir={dir} width={width}>
      {element}
    </Stage>,
  );
  // Fonts and layout settle before the first capture; on a loaded two-core machine two captures
  // in a row can take seconds to agree, so the matcher is given the time it needs.
  await document.fonts.ready;
  await new Promise(requestAnimationFrame);
  await expect
    .element(page.getByTestId("stage"))
    .toMatchScreenshot(`${name}-${theme}${dir === "rtl" ? "-rtl" : ""}`, { timeout: SETTLE_MS });
}

describe.skipIf(server.platform !== "linux").each(["light", "dark"] as const)("the look of recap-kit, %s", (theme) => {
  it("SessionCard", async () => {
    await expectLook(
      "session-card",
      <SessionCard
        {...hacking}
        code="SEC204"
        resources={[
          { kind: "slides", url: "/s.pdf" },
          { kind: "recording", url: "/r" },
        ]}
      />,
      theme,
    );
  });

  it("SessionCard, compact and narrow", async () => {
    await expectLook("session-card-compact", <SessionCard {...(kubecon.sessions[2] as Session)} variant="compact" />, theme, "ltr", 320);
  });

  it("SpeakerByline as a list", async () => {
    await expectLook(
      "speaker-byline-list",
      <SpeakerByline
        variant="list"
        speakers={[...hacking.speakers, { name: "Priyanka Sharma", role: "Moderator", affiliation: "CNCF", url: "https://www.cncf.io/" }]}
      />,
      theme,
    );
  });

  it("TakeawayList", async () => {
    await expectLook("takeaway-list", <TakeawayList takeaways={kubecon.sessions[2]?.takeaways} headingLevel={2} />, theme);
  });

  it("RelatedReads", async () => {
    await expectLook("related-reads", <RelatedReads relatedReads={kubecon.relatedReads} />, theme);
  });

  it("RelatedReads with titles, links, dates and an image to the edge", async () => {
    const reads = (kubecon.relatedReads ?? []).slice(0, 2).map((read, index) => ({
      ...read,
      title: ["CloudBrew 2025: our highlights", "Why a multicloud strategy"][index],
      url: `https://example.com/${index}`,
      date: `2025-12-1${index}`,
      ...(index === 0 ? { image: { src: TEASER_IMAGE, alt: "", width: 640, height: 360 } } : {}),
    }));
    await expectLook("related-reads-linked", <RelatedReads relatedReads={reads} />, theme);
  });

  it("CallToAction without a link: a note", async () => {
    await expectLook("call-to-action-note", <CallToAction {...kubecon.callToAction} title={kubecon.callToAction?.title ?? ""} />, theme);
  });

  it("RecapHeader with every field", async () => {
    await expectLook(
      "recap-header",
      <RecapHeader
        title={german.title}
        subtitle={german.subtitle}
        event={german.event}
        authors={german.authors}
        publishedAt={german.publishedAt}
        updatedAt={german.updatedAt}
        tags={german.tags}
        readingMinutes={6}
        language="de"
        labels={de}
      />,
      theme,
    );
  });

  it("SessionIndex", async () => {
    await expectLook("session-index", <SessionIndex sessions={kubecon.sessions} />, theme);
  });

  it("CallToAction", async () => {
    await expectLook("call-to-action", <CallToAction {...german.callToAction} title={german.callToAction?.title ?? ""} />, theme);
  });

  it("ResourceLinks and badges", async () => {
    await expectLook(
      "resource-links-badges",
      <>
        <p style={{ display: "flex", gap: 8 }}>
          <Badge kind="track" label="Track">
            ServiceMeshCon 2021
          </Badge>
          <Badge kind="format" label="Format">
            Keynote
          </Badge>
          <Badge kind="code" label="Session code">
            DEV311
          </Badge>
        </p>
        <ResourceLinks
          sessionTitle="Every kind"
          resources={[
            { kind: "slides", url: "/s.pdf" },
            { kind: "recording", url: "/r" },
            { kind: "repo", url: "/g" },
            { kind: "article", url: "/a" },
            { kind: "docs", url: "/d" },
            { kind: "other", url: "/o" },
            { kind: "slides", url: "javascript:alert(1)", label: "Refused" },
          ]}
        />
      </>,
      theme,
    );
  });

  it("the full KubeCon page", async () => {
    await expectLook("page-kubecon", <RecapArticle recap={kubecon} />, theme, "ltr", 800);
  });

  it("the full Arabic page, right to left", async () => {
    await expectLook("page-arabic", <RecapArticle recap={arabic} labels={ar} />, theme, "rtl", 800);
  });

  it("SessionCard, right to left", async () => {
    await expectLook("session-card", <SessionCard {...(arabic.sessions[0] as Session)} language="ar" labels={ar} />, theme, "rtl");
  });
});
