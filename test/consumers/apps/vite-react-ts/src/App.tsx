import { RecapArticle } from "recap-kit";
import recap from "./kubecon.recap.md";

/** The whole recap; `theme` forces one with `data-rk-theme` on the app's own wrapper. */
export function App({ theme }: { theme?: "dark" | undefined }) {
  return (
    <main className="page" data-rk-theme={theme}>
      <RecapArticle recap={recap} />
    </main>
  );
}
