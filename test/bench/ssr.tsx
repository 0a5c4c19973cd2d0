// The server-rendering benchmark: RecapArticle against the same recap written as plain JSX by
// hand, in one process, interleaved, after a warm-up. Run with `npm run bench`.
import { createElement, type ReactNode } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { parseRecap, type Recap, RecapArticle, type Session } from "recap-kit";
import raw from "../fixtures/kubecon-eu-2021.recap.json" with { type: "json" };

const recap = parseRecap(raw);

/** What a developer writes by hand for the same page: same elements, same classes, same text. */
function HandWritten({ recap }: { recap: Recap }) {
  const sessions = recap.sessions;
  const people = (session: Session) => session.speakers.map((p) => `${p.name}${p.affiliation ? `, ${p.affiliation}` : ""}`).join(" and ");
  const jsonLd = {
    "@context": "https://schema.org",
    "@type": "BlogPosting",
    headline: recap.title,
    inLanguage: recap.language,
    about: {
      "@type": "Event",
      name: `${recap.event.name} ${recap.event.edition}`,
      startDate: recap.event.startDate,
      endDate: recap.event.endDate,
      subEvent: sessions.map((s) => ({
        "@type": "Event",
        name: s.title,
        performer: s.speakers.map((p) => ({ "@type": "Person", name: p.name })),
      })),
    },
  };
  return (
    <article lang="en" dir="ltr" className="rk-RecapArticle">
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: JSON.stringify(jsonLd).replace(/</g, "\\u003c") }} />
      <header className="rk-RecapHeader">
        <p className="rk-RecapHeader-event">
          <span className="rk-visually-hidden">Event:</span> <a href={recap.event.url}>{recap.event.name} 2021</a>
          <span className="rk-RecapHeader-eventDates">
            <time dateTime="2021-05-04">May 4</time> – <time dateTime="2021-05-07">7, 2021</time>
          </span>
          <span className="rk-RecapHeader-eventLocation">{recap.event.location}</span>
        </p>
        <h1 className="rk-RecapHeader-title">{recap.title}</h1>
        <p className="rk-RecapHeader-facts">
          <span>9 min read</span>
        </p>
      </header>
      <div className="rk-Prose rk-RecapArticle-intro">
        {recap.intro?.map((p) => (
          <p key={p}>{p}</p>
        ))}
      </div>
      <nav aria-label="Sessions in this recap" className="rk-SessionIndex">
        <ol>
          {sessions.map((s) => (
            <li key={s.id}>
              <a href={`#${s.id}`}>{s.title}</a>
            </li>
          ))}
        </ol>
      </nav>
      {sessions.map((s) => (
        <article key={s.id} id={s.id} aria-labelledby={`${s.id}-title`} className="rk-SessionCard" data-variant="full">
          <header className="rk-SessionCard-header">
            <div className="rk-SessionCard-heading">
              <h2 id={`${s.id}-title`} className="rk-SessionCard-title">
                {s.title}
              </h2>
              <a className="rk-SessionCard-anchor" href={`#${s.id}`}>
                <span aria-hidden="true">#</span>
                <span className="rk-visually-hidden">Link to this session: {s.title}</span>
              </a>
            </div>
            <p className="rk-SessionCard-meta">
              {s.track ? (
                <span className="rk-Badge" data-kind="track">
                  <span className="rk-visually-hidden">Track:</span> {s.track}
                </span>
              ) : null}
              {s.format ? (
                <span className="rk-Badge" data-kind="format">
                  <span className="rk-visually-hidden">Format:</span> {s.format}
                </span>
              ) : null}
            </p>
            <div className="rk-SpeakerByline" data-variant="inline">
              <p className="rk-SpeakerByline-text">{people(s)}</p>
            </div>
          </header>
          <div className="rk-Prose rk-SessionCard-summary">
            {(s.summary as string[]).map((p) => (
              <p key={p}>{p}</p>
            ))}
          </div>
          <div className="rk-TakeawayList">
            <h3 className="rk-TakeawayList-heading">Key takeaways</h3>
            <ul className="rk-TakeawayList-list">
              {s.takeaways?.map((t) => (
                <li key={t} className="rk-TakeawayList-item">
                  {t}
                </li>
              ))}
            </ul>
          </div>
          {s.resources ? (
            <ul aria-label="Resources" className="rk-ResourceLinks">
              {s.resources.map((r) => (
                <li key={r.url} className="rk-ResourceLinks-item" data-kind={r.kind}>
                  <a className="rk-ResourceLinks-link" href={r.url} rel="noopener noreferrer">
                    <span className="rk-ResourceLinks-label">{r.label}</span> <span className="rk-visually-hidden">for “{s.title}”</span>
                  </a>
                </li>
              ))}
            </ul>
          ) : null}
        </article>
      ))}
      <section className="rk-RelatedReads" data-layout="grid">
        <h2 className="rk-RelatedReads-heading">What others have also read</h2>
        <ul className="rk-RelatedReads-list">
          {recap.relatedReads?.map((r) => (
            <li key={r.excerpt} className="rk-RelatedReads-item">
              <article className="rk-RelatedReads-teaser">
                <p className="rk-RelatedReads-excerpt">{`${(r.excerpt ?? "").slice(0, 177)}…`}</p>
              </article>
            </li>
          ))}
        </ul>
      </section>
      <section className="rk-CallToAction">
        <h2 className="rk-CallToAction-title">{recap.callToAction?.title}</h2>
        <div className="rk-Prose rk-CallToAction-body">
          <p>{(recap.callToAction?.body as string[])[0]}</p>
        </div>
        <p className="rk-CallToAction-label">{recap.callToAction?.label}</p>
      </section>
    </article>
  );
}

function synthetic(count: number): Recap {
  const sessions = Array.from({ length: count }, (_, index) => ({
    ...(recap.sessions[index % 7] as Session),
    id: undefined,
    title: `Session ${index + 1}: ${recap.sessions[index % 7]?.title}`,
  }));
  return parseRecap({ ...recap, sessions });
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

const renderLibrary = () => renderToStaticMarkup(createElement(RecapArticle, { recap }));
const renderByHand = () => renderToStaticMarkup(<HandWritten recap={recap} />);

const library = renderLibrary();
const byHand = renderByHand();
console.log(`recap-kit server-rendering benchmark (Node ${process.version}, React ${(await import("react")).version})\n`);
console.log(`markup: RecapArticle ${library.length} characters, hand-written JSX ${byHand.length} characters`);

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
console.log(`\nthe real recap (7 sessions), median of ${ROUNDS} interleaved rounds:`);
console.log(`  RecapArticle         ${lib.toFixed(0).padStart(7)} renders/s`);
console.log(`  hand-written JSX     ${hand.toFixed(0).padStart(7)} renders/s`);
console.log(`  ratio (time)         ${ratio.toFixed(2).padStart(7)}   goal: at most 1.30 ${ratio <= 1.3 ? "(met)" : "(NOT met)"}`);

console.log("\nsynthetic recaps, RecapArticle (validated once, rendered repeatedly):");
const perSession: number[] = [];
for (const count of [10, 100, 1000]) {
  const big = synthetic(count);
  const render = () => renderToStaticMarkup(createElement(RecapArticle, { recap: big }));
  for (let i = 0; i < 3; i++) render();
  const times: number[] = [];
  for (let i = 0; i < (count >= 1000 ? 5 : 15); i++) {
    const start = performance.now();
    render();
    times.push(performance.now() - start);
  }
  const total = median(times);
  perSession.push(total / count);
  console.log(
    `  ${String(count).padStart(5)} sessions   ${total.toFixed(2).padStart(9)} ms   ${((total / count) * 1000).toFixed(1).padStart(7)} µs per session`,
  );
}
const spread = Math.max(...perSession) / Math.min(...perSession);
console.log(`  time per session varies by a factor of ${spread.toFixed(2)} from 10 to 1,000 sessions (1.00 would be perfectly linear)`);
