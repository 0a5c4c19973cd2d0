import { parseRecap, RecapArticle } from "recap-kit";
import recapJson from "./recap.json";

const recap = parseRecap(recapJson);

/** The whole recap; `theme` forces one with `data-rk-theme` on the app's own wrapper. */
export function App({ theme }: { theme?: "dark" | undefined }) {
  return (
    <main className="page" data-rk-theme={theme}>
      <RecapArticle recap={recap} />
    </main>
  );
}
