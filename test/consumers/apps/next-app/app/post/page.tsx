import { RecapArticle } from "recap-kit";
import recap from "../kubecon.recap.md";

// A blog post whose page title is the recap's: the recap does not show it again (its sessions are
// h2), and its header keeps the event, the dates and the reading time.
export default function Post() {
  return (
    <main className="post">
      <h1>{recap.title}</h1>
      <RecapArticle recap={recap} headingLevel={1} showTitle={false} />
    </main>
  );
}
