import { RecapArticle } from "recap-kit";
import recap from "../kubecon.recap.md";

// The dark theme forced on a wrapper, whatever the reader's colour scheme.
export default function Page() {
  return (
    <main className="themed" data-rk-theme="dark">
      <RecapArticle recap={recap} />
    </main>
  );
}
