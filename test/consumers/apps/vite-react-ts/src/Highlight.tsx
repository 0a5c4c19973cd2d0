import { SessionCard } from "recap-kit";
import recap from "./kubecon.recap.md";

const keynote = recap.sessions.find((session) => session.format === "keynote") ?? recap.sessions[0];

/** One session on a page of its own: a route that loads what a SessionCard needs, not the article. */
export function Highlight() {
  return (
    <main className="page">
      <h1>Our highlight from {recap.event.name}</h1>
      {keynote ? <SessionCard {...keynote} headingLevel={2} /> : null}
    </main>
  );
}
