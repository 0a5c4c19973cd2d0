import { useEffect } from "react";
import { RecapArticle } from "recap-kit";
// Parsed when the app is built (recap-kit/vite in vite.config.ts): the route's data, with no parser
// in the server's module or the browser's.
import recap from "../kubecon.recap.md";

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
