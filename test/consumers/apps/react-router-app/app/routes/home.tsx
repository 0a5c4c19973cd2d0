import { useEffect } from "react";
import { parseRecap, RecapArticle } from "recap-kit";
import recapJson from "../recap.json";

// Parsed when the route module loads: on the server at build time, and again in the browser.
const recap = parseRecap(recapJson);

export function meta() {
  return [{ title: recap.title }];
}

// The page's own <h1> is the recap's title: the recap's title is that h1, so its sessions are h2.
export default function Home() {
  useEffect(() => {
    document.documentElement.dataset.hydrated = "";
  }, []);
  return (
    <main>
      <h1>{recap.title}</h1>
      <RecapArticle recap={recap} headingLevel={1} showTitle={false} />
    </main>
  );
}
