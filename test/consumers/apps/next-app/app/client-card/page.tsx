import recap from "../kubecon.recap.md";
import { Highlight } from "./Highlight";

export default function Page() {
  const session = recap.sessions.find((candidate) => candidate.id === "hacking-into-kubernetes-security");
  if (!session) throw new Error("The fixture has no session hacking-into-kubernetes-security");
  return (
    <main>
      <Highlight session={session} />
    </main>
  );
}
