import { serializeJsonLd, toJsonLd } from "../../jsonld/toJsonLd.js";
import { perDocument } from "../../model/perDocument.js";
import type { Recap } from "../../model/types.js";

const scriptText = /* @__PURE__ */ perDocument((recap) => serializeJsonLd(toJsonLd(recap)));

export interface RecapJsonLdProps {
  /** The (validated) recap to describe. */
  recap: Recap;
}

/**
 * The recap's structured data as a `<script type="application/ld+json">`. Its content is
 * escaped JSON, never markup: nothing in the document can end the script or open a comment.
 */
export function RecapJsonLd({ recap }: RecapJsonLdProps) {
  // biome-ignore lint/security/noDangerouslySetInnerHtml: the one raw script content recap-kit writes: JSON with <, >, & and line separators escaped.
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: scriptText(recap) }} />;
}
