import { parseRecap, RecapArticle, SessionCard } from "recap-kit";
import recapJson from "./recap.json";

const recap = parseRecap(recapJson);
const highlight = recap.sessions.find((session) => session.id === "hacking-into-kubernetes-security");

// A light and a dark page with Tailwind's own dark: variant (prefers-color-scheme), as sites have.
export function App() {
  return (
    <div className="min-h-screen bg-white text-gray-900 dark:bg-gray-950 dark:text-gray-100">
      <main className="mx-auto max-w-3xl p-4">
        <p className="text-sm text-gray-600 dark:text-gray-400">Our highlight</p>
        {highlight && <SessionCard {...highlight} id="highlight" headingLevel={2} className="p-10" />}
        <RecapArticle recap={recap} />
        <div id="utility-probe" className="p-10" hidden />
      </main>
    </div>
  );
}
