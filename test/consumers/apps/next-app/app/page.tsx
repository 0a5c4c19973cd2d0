import { RecapArticle } from "recap-kit";
import { recap } from "./recap";

// A Server Component: recap-kit renders on the server and sends no JavaScript of its own.
export default function Page() {
  return (
    <main>
      <RecapArticle recap={recap} />
    </main>
  );
}
