// Names the documentation's snippets use without declaring them, as the prose around them
// describes them. A snippet that declares one of these itself uses its own. Recap files imported as
// modules (`import recap from "./kubecon.recap.md"`) are typed as an app types them: recap-kit/client.
/// <reference types="recap-kit/client" />
import type { ComponentType } from "react";
import type { Recap, Session, SessionCardProps } from "recap-kit";

declare global {
  /** A Recap document as parsed JSON, from a file or an API. */
  const recapJson: unknown;
  /** A validated recap (`parseRecap(recapJson)`). */
  const recap: Recap;
  /** One session of a recap. */
  const session: Session;
  /** The text of a Markdown recap. */
  const text: string;
  /** An app's own replacement for a part of RecapArticle. */
  const MySessionCard: ComponentType<SessionCardProps>;
}
