import recap from "../kubecon.recap.md";
import { ClientArticle } from "./ClientArticle";

export default function Page() {
  return (
    <main>
      <ClientArticle recap={recap} />
    </main>
  );
}
