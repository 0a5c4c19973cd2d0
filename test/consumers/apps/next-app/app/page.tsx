import { RecapArticle } from "recap-kit";
import recap from "./kubecon.recap.md";

// A Server Component: the recap was parsed at build time (recap-kit/webpack); recap-kit renders it
// on the server and sends no JavaScript of its own.
export default function Page() {
  return (
    <main>
      <RecapArticle recap={recap} />
    </main>
  );
}
