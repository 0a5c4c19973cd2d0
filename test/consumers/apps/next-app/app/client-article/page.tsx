import { recap } from "../recap";
import { ClientArticle } from "./ClientArticle";

export default function Page() {
  return (
    <main>
      <ClientArticle recap={recap} />
    </main>
  );
}
