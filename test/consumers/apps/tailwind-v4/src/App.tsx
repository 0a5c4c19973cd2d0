import { parseRecap, RecapArticle, SessionCard } from "recap-kit";
import recapJson from "./recap.json";

const recap = parseRecap(recapJson);
const highlight = recap.sessions.find((session) => session.id === "hacking-into-kubernetes-security");

export function App() {
  return (
    <main className="mx-auto max-w-3xl p-4">
      <h1 className="text-sm text-gray-600">Our highlight</h1>
      {highlight && <SessionCard {...highlight} id="highlight" headingLevel={2} className="p-10" />}
      <RecapArticle recap={recap} />
      <div id="utility-probe" className="p-10" hidden />
    </main>
  );
}
