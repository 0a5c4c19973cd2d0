// The server-rendering benchmark: RecapArticle against the same recap written as plain JSX by
// hand, in one process, interleaved, after a warm-up. Run with `npm run bench`.
import { createElement, type ReactNode } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { parseRecap, type Recap, RecapArticle, type Session, serializeJsonLd, toJsonLd } from "recap-kit";
import raw from "../fixtures/kubecon-eu-2021.recap.json" with { type: "json" };

const recap = parseRecap(raw);

// A developer writing this page by hand pastes its structured data once, as a constant.
const handWrittenJsonLd = serializeJsonLd(toJsonLd(recap));

// The real recap links to repositories only: one icon, one spoken prefix.
const icons: Record<string, string> = {
  repo: "M5 4 1.5 8 5 12M11 4l3.5 4-3.5 4M9.5 2.5l-3 11",
};
const kindPrefixes: Record<string, string> = { repo: "Repository: " };

function Paragraph({ text }: { text: string }) {
  // The one inline link of the real recap, written out by hand.
  const link = "[cncf/podtato-head](https://github.com/cncf/podtato-head)";
  if (!text.includes(link)) return <p className="rk-Prose-paragraph">{text}</p>;
  const [before, after] = text.split(link);
  return (
    <p className="rk-Prose-paragraph">
      {before}
      <a className="rk-Link rk-Prose-link" href="https://github.com/cncf/podtato-head" rel="noopener noreferrer">
        cncf/podtato-head
      </a>
      {after}
    </p>
  );
}

function Byline({ session }: { session: Session }) {
  const [first, second] = session.speakers;
  const person = (name: string) => (
    <span className="rk-SpeakerByline-person">
      <bdi className="rk-SpeakerByline-name">{name}</bdi>
    </span>
  );
  const affiliation = (name: string | undefined) => <bdi className="rk-SpeakerByline-affiliation">{name}</bdi>;
  let text: ReactNode;
  if (!second) {
    text = (
      <span className="rk-SpeakerByline-group">
        {person(first?.name ?? "")}, {affiliation(first?.affiliation)}
      </span>
    );
  } else if (first?.affiliation === second.affiliation) {
    text = (
      <span className="rk-SpeakerByline-group">
        {person(first?.name ?? "")} and {person(second.name)}, {affiliation(second.affiliation)}
      </span>
    );
  } else {
    text = (
      <>
        <span className="rk-SpeakerByline-group">
          {person(first?.name ?? "")}, {affiliation(first?.affiliation)}
        </span>{" "}
        and{" "}
        <span className="rk-SpeakerByline-group">
          {person(second.name)}, {affiliation(second.affiliation)}
        </span>
      </>
    );
  }
  return (
    <div className="rk-SpeakerByline" data-variant="inline">
      <p className="rk-SpeakerByline-text">{text}</p>
    </div>
  );
}

const FORMATS: Record<string, string> = { keynote: "Keynote", talk: "Talk" };

/** What a developer writes by hand for the same page: the same elements, classes and text. */
function HandWritten({ recap }: { recap: Recap }) {
  const excerpts = [
    "CloudBrew has always been a highlight on our calendar, but the 2025 edition felt different. Perhaps it was the timing. Just the month prior, November 2025, the Azure Belgium Central region finally opened its doors.",
    "Better uptime, lower costs, and avoiding vendor lock-in. These are three of the reasons why our customers opt for a multicloud strategy.",
    "In the complex world of modern software development, companies are faced with the challenge of seamlessly integrating diverse applications developed and managed by different teams. An invaluable asset in overcoming this challenge is the Service Mesh.",
  ];
  return (
    <article lang="en" dir="ltr" className="rk-RecapArticle">
      {/* biome-ignore lint/security/noDangerouslySetInnerHtml: the same escaped JSON-LD as recap-kit writes. */}
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: handWrittenJsonLd }} />
      <header className="rk-RecapArticle-header">
        <div className="rk-RecapHeader">
          <p className="rk-RecapHeader-event">
            <span className="rk-visually-hidden">Event:</span>{" "}
            <a className="rk-Link rk-MetaItem rk-RecapHeader-eventDates" href={recap.event.url} rel="noopener noreferrer">
              <span className="rk-visually-hidden">KubeCon + CloudNativeCon Europe 2021</span> <time dateTime="2021-05-04">May 4</time>–
              <time dateTime="2021-05-07">7, 2021</time>
            </a>{" "}
            <span className="rk-MetaItem rk-RecapHeader-eventLocation">{recap.event.location}</span>
          </p>
          <h1 className="rk-Heading rk-RecapHeader-title">{recap.title}</h1>
          <p className="rk-RecapHeader-facts">
            <span className="rk-MetaItem">8 min read</span>
          </p>
        </div>
      </header>
      <div className="rk-Prose rk-RecapArticle-intro">
        <p className="rk-Prose-paragraph">{recap.intro?.[0]?.text}</p>
      </div>
      <nav aria-label="Sessions in this recap" className="rk-SessionIndex">
        <p className="rk-SessionIndex-title" aria-hidden="true">
          Sessions in this recap
        </p>
        <ol className="rk-SessionIndex-list">
          {recap.sessions.map((s) => (
            <li key={s.id} className="rk-SessionIndex-item">
              <a className="rk-Link rk-SessionIndex-link" href={`#${s.id}`}>
                <span className="rk-SessionIndex-label">{s.title}</span>
              </a>
            </li>
          ))}
        </ol>
      </nav>
      <div className="rk-RecapArticle-sessions">
        {recap.sessions.map((s) => (
          <article key={s.id} aria-label={s.title} id={s.id} className="rk-SessionCard" data-variant="full" data-appearance="section">
            <header className="rk-SessionCard-header">
              <div className="rk-SessionCard-heading">
                <h2 className="rk-Heading rk-SessionCard-title">{s.title}</h2>{" "}
                <a className="rk-Link rk-SessionCard-anchor" href={`#${s.id}`}>
                  <span aria-hidden="true">#</span>
                  <span className="rk-visually-hidden">Link to this session: {s.title}</span>
                </a>
              </div>
              <p className="rk-SessionCard-meta">
                {s.track ? (
                  <span className="rk-Badge rk-MetaItem" data-kind="track">
                    <span className="rk-visually-hidden">Track:</span> <bdi>{s.track}</bdi>
                  </span>
                ) : null}
                {s.track ? " " : null}
                <span className="rk-Badge rk-MetaItem" data-kind="format">
                  <span className="rk-visually-hidden">Format:</span> {FORMATS[s.format ?? "talk"]}
                </span>
              </p>
              <Byline session={s} />
            </header>
            <div className="rk-Prose rk-SessionCard-summary">
              {s.summary?.map(({ text }) => (
                <Paragraph key={text} text={text} />
              ))}
            </div>
            <div className="rk-TakeawayList">
              <h3 className="rk-Heading rk-TakeawayList-heading">Key takeaways</h3>
              <ul className="rk-TakeawayList-list">
                {s.takeaways?.map(({ text }) => (
                  <li key={text} className="rk-TakeawayList-item">
                    {text}
                  </li>
                ))}
              </ul>
            </div>
            {s.resources ? (
              <ul aria-label="Resources" className="rk-ResourceLinks">
                {s.resources.map((r) => (
                  <li key={r.url} className="rk-ResourceLinks-item" data-kind={r.kind}>
                    <a className="rk-Link rk-ResourceLinks-link" href={r.url} rel="noopener noreferrer">
                      <svg
                        className="rk-ResourceLinks-icon"
                        viewBox="0 0 16 16"
                        width="16"
                        height="16"
                        aria-hidden="true"
                        focusable="false"
                      >
                        <path
                          d={icons[r.kind]}
                          fill="none"
                          stroke="currentColor"
                          strokeWidth="1.5"
                          strokeLinecap="round"
                          strokeLinejoin="round"
                        />
                      </svg>
                      <span className="rk-ResourceLinks-label">
                        <span className="rk-visually-hidden">{kindPrefixes[r.kind]}</span>
                        {r.label}
                      </span>{" "}
                      <span className="rk-visually-hidden">for “{s.title}”</span>
                    </a>
                  </li>
                ))}
              </ul>
            ) : null}
          </article>
        ))}
      </div>
      <section className="rk-RelatedReads" data-layout="grid">
        <h2 className="rk-Heading rk-RelatedReads-heading">What others have also read</h2>
        <ul className="rk-RelatedReads-list">
          {excerpts.map((excerpt) => (
            <li key={excerpt} className="rk-RelatedReads-item">
              <article className="rk-RelatedReads-teaser" data-linked="false" data-titled="false">
                <p className="rk-RelatedReads-excerpt">{excerpt}</p>
              </article>
            </li>
          ))}
        </ul>
      </section>
      <section className="rk-CallToAction" data-action="none">
        <h2 className="rk-Heading rk-CallToAction-title">{recap.callToAction?.title}</h2>
        <div className="rk-Prose rk-CallToAction-body">
          <p className="rk-Prose-paragraph">{recap.callToAction?.body?.[0]?.text}</p>
        </div>
        <p className="rk-CallToAction-label">{recap.callToAction?.label}</p>
      </section>
    </article>
  );
}

function opsPerSecond(render: () => void, milliseconds: number): number {
  let runs = 0;
  const start = performance.now();
  while (performance.now() - start < milliseconds) {
    render();
    runs++;
  }
  return (runs * 1000) / (performance.now() - start);
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

const verdict = (value: number, budget: number, goal: number) =>
  `hard budget ${budget.toFixed(2)}: ${value <= budget ? "met" : "NOT MET"}; goal ${goal.toFixed(2)}: ${value <= goal ? "met" : "not met"}`;
const failures: string[] = [];

// 1. The parsed recap rendered, against the same markup written as JSX by hand.
const structuredData = toJsonLd(recap);
const renderLibrary = () => renderToStaticMarkup(createElement(RecapArticle, { recap, structuredData }));
const renderByHand = () => renderToStaticMarkup(<HandWritten recap={recap} />);

const library = renderLibrary();
const byHand = renderByHand();
console.log(`recap-kit server-rendering benchmark (Node ${process.version}, React ${(await import("react")).version})\n`);
console.log(
  `markup: RecapArticle ${library.length} characters, hand-written JSX ${byHand.length} characters, identical: ${library === byHand ? "yes" : "NO"}`,
);
if (library !== byHand) {
  const at = [...library].findIndex((char, index) => char !== byHand[index]);
  console.log(
    `  first difference at ${at}:\n  library: …${library.slice(at - 60, at + 60)}…\n  by hand: …${byHand.slice(at - 60, at + 60)}…`,
  );
  failures.push("the JSX twin does not write the same markup, so the ratio compares different work");
}

if (process.env.DUMP) {
  const { writeFileSync } = await import("node:fs");
  writeFileSync("/tmp/lib.html", library.replace(/></g, ">\n<"));
  writeFileSync("/tmp/hand.html", byHand.replace(/></g, ">\n<"));
}
if (process.env.DUMP) process.exit(0);
for (let i = 0; i < 200; i++) {
  renderLibrary();
  renderByHand();
}

const ROUNDS = 15;
const libraryRates: number[] = [];
const handRates: number[] = [];
for (let round = 0; round < ROUNDS; round++) {
  // Interleaved, alternating who goes first, so that both see the same machine.
  if (round % 2 === 0) {
    libraryRates.push(opsPerSecond(renderLibrary, 200));
    handRates.push(opsPerSecond(renderByHand, 200));
  } else {
    handRates.push(opsPerSecond(renderByHand, 200));
    libraryRates.push(opsPerSecond(renderLibrary, 200));
  }
}
const lib = median(libraryRates);
const hand = median(handRates);
const ratio = hand / lib;
console.log(`\nthe real recap (7 sessions), parsed once, median of ${ROUNDS} interleaved rounds:`);
console.log(`  RecapArticle         ${lib.toFixed(0).padStart(7)} renders/s`);
console.log(`  hand-written JSX     ${hand.toFixed(0).padStart(7)} renders/s`);
console.log(`  ratio (time)         ${ratio.toFixed(2).padStart(7)}   ${verdict(ratio, 1.3, 1.1)}`);
if (ratio > 1.3) failures.push(`server rendering costs ${ratio.toFixed(2)}× its JSX twin`);

// The same, for a recap rendered for the first time (parsed just before, outside the timing): what
// a server pays that parses every request's recap anew, or renders each recap once.
const FRESH = 40;
const firstTimes: number[] = [];
const handTimes: number[] = [];
for (let round = 0; round < ROUNDS; round++) {
  const fresh = Array.from({ length: FRESH }, () => parseRecap(raw));
  let start = performance.now();
  for (const item of fresh) renderToStaticMarkup(createElement(RecapArticle, { recap: item, structuredData }));
  firstTimes.push(performance.now() - start);
  start = performance.now();
  for (let i = 0; i < FRESH; i++) renderByHand();
  handTimes.push(performance.now() - start);
}
const firstRatio = median(firstTimes) / median(handTimes);
console.log(`  first render of each parsed recap ÷ JSX twin: ${firstRatio.toFixed(2)} (printed, not budgeted)`);

// 2. Cost per session as recaps grow: parse and render, from raw JSON each time.
/**
 * The real recap's sessions repeated to `count`, as raw JSON; every text is unique (per session and
 * per `run`), so no cache helps and each run pays the whole cost.
 */
function synthetic(count: number, run: number): Record<string, unknown> {
  const sessions = Array.from({ length: count }, (_, index) => {
    const session = raw.sessions[index % raw.sessions.length] as (typeof raw.sessions)[number];
    return {
      ...session,
      title: `Session ${index + 1}.${run}: ${session.title}`,
      summary: session.summary.map((paragraph) => `${paragraph} (${index + 1}.${run})`),
      takeaways: session.takeaways.map((takeaway) => `${takeaway} (${index + 1}.${run})`),
    };
  });
  return { ...raw, sessions };
}

const parseAndRender = (document: unknown) => renderToStaticMarkup(createElement(RecapArticle, { recap: parseRecap(document) }));

console.log("\nsynthetic recaps from raw JSON, parsed and rendered every time (CPU time, sizes in turn, median of rounds):");
const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};
const COUNTS = [100, 1000, 5000];
const samples = new Map<number, number[]>(COUNTS.map((count) => [count, []]));
for (const count of COUNTS) parseAndRender(synthetic(count, -1));
// Sizes take turns, round after round, so that a busy moment of the shared machine slows all of
// them alike; small recaps are rendered several times a round, so that each sample is long enough.
for (let round = 0; round < 5; round++) {
  for (const count of COUNTS) {
    const repeat = Math.max(1, Math.round(5000 / count / 5));
    // Made just before they are used, so that only one big document is alive at a time.
    const documents = Array.from({ length: repeat }, (_, i) => synthetic(count, round * 100 + i));
    const start = cpuMs();
    for (const document of documents) parseAndRender(document);
    samples.get(count)?.push((cpuMs() - start) / repeat);
  }
}
const perSession = new Map<number, number>();
for (const count of COUNTS) {
  const total = median(samples.get(count) ?? []);
  perSession.set(count, total / count);
  console.log(
    `  ${String(count).padStart(5)} sessions   ${total.toFixed(2).padStart(9)} ms   ${((total / count) * 1000).toFixed(1).padStart(7)} µs per session`,
  );
}
const growth = (perSession.get(5000) as number) / (perSession.get(100) as number);
console.log(`  cost per session, 5,000 ÷ 100 sessions: ${growth.toFixed(2)}   ${verdict(growth, 1.3, 1.1)}`);
if (growth > 1.3) failures.push(`a session costs ${growth.toFixed(2)}× as much in a recap of 5,000`);

if (failures.length) {
  console.log(`\nOver a hard budget: ${failures.join("; ")}.`);
  process.exitCode = 1;
}
