import recapJson from "../recap.json";
import { ClientArticle } from "./ClientArticle";

export default function Page() {
  return (
    <main>
      <ClientArticle recapJson={recapJson} />
    </main>
  );
}
