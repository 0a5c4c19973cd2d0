import { type JsonLd, toJsonLd } from "../../jsonld/toJsonLd.js";
import type { RecapLabels } from "../../labels/types.js";
import type { Recap } from "../../model/parsed.js";
import { JsonLdScript } from "./JsonLdScript.js";

export interface RecapJsonLdProps {
  /** The parsed recap to describe. */
  recap: Recap;
  /**
   * The page's labels, so that resources without a label of their own are named in its language.
   * @default English
   */
  labels?: Partial<RecapLabels> | undefined;
}

/**
 * The recap's structured data as a `<script type="application/ld+json">`, worked out where it is
 * rendered: on the server in a Server Component. (`RecapArticle` takes the data ready made, as
 * `structuredData={toJsonLd(recap)}`, so that a client bundle carries none of this code.)
 */
export function RecapJsonLd({ recap, labels }: RecapJsonLdProps) {
  return <JsonLdScript data={toJsonLd(recap, labels) as JsonLd} />;
}
