// recap-kit's public types as a strict app meets them: every entry point, both stylesheets, and
// `undefined` passed on where an app has no value (`variant={compact ? "compact" : undefined}`).
// src/optional-props.tsx, written by the consumer test, covers every optional prop of every component.
import "recap-kit/styles.css";
import "recap-kit/styles.layer.css";
import type { JSX } from "react";
import { type Recap, RecapArticle, RelatedReads, type Session, SessionCard, SpeakerByline, safeParseRecap, TakeawayList } from "recap-kit";
import type { RecapKitEmbed } from "recap-kit/embed";
import { parseRecapMarkdown, toRecapMarkdown } from "recap-kit/markdown";
import { renderRecapEmbed, renderRecapToHtml } from "recap-kit/static";

export function Examples({ recap, compact }: { recap: Recap; compact: boolean }): JSX.Element {
  const first: Session | undefined = recap.sessions[0];
  const markdown: string = toRecapMarkdown(recap);
  const again = safeParseRecap(parseRecapMarkdown(markdown));
  const html: string = renderRecapToHtml(recap, {
    fragment: compact ? true : undefined,
    lang: undefined,
    labels: undefined,
    headingLevel: compact ? 2 : undefined,
    showTitle: undefined,
  });
  const embedded: string = renderRecapEmbed(recap, { headingLevel: 1, showTitle: compact ? false : undefined, lang: undefined });
  const element: RecapKitEmbed = document.createElement("recap-kit-embed");
  element.setAttribute("src", embedded.length > 0 ? "recap.html" : "");
  return (
    <>
      <RecapArticle
        recap={recap}
        showIndex={compact ? false : undefined}
        structuredData={undefined}
        conjunction={undefined}
        components={undefined}
        labels={undefined}
        headingLevel={compact ? 2 : undefined}
        showTitle={undefined}
      />
      {first && (
        <SessionCard
          {...first}
          variant={compact ? "compact" : undefined}
          headingLevel={undefined}
          language={undefined}
          conjunction={undefined}
          labels={undefined}
        />
      )}
      {first && (
        <SpeakerByline
          speakers={first.speakers}
          variant={compact ? "list" : undefined}
          showAvatars={undefined}
          avatarSize={undefined}
          conjunction={undefined}
        />
      )}
      {first && <TakeawayList takeaways={first.takeaways ?? []} heading={undefined} headingLevel={undefined} ordered={undefined} />}
      <RelatedReads relatedReads={recap.relatedReads} layout={compact ? "list" : undefined} max={undefined} heading={undefined} />
      <p hidden={!again.ok}>{html.length}</p>
    </>
  );
}
