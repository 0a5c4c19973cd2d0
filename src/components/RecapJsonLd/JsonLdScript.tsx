import { serializeJsonLd } from "../../jsonld/serializeJsonLd.js";
import type { JsonLd } from "../../jsonld/toJsonLd.js";

/**
 * Structured data as a `<script type="application/ld+json">`. Its content is escaped JSON, never
 * markup: nothing in the data can end the script or open a comment.
 */
export function JsonLdScript({ data }: { data: JsonLd }) {
  // biome-ignore lint/security/noDangerouslySetInnerHtml: the one raw script content recap-kit writes: JSON with <, >, & and line separators escaped.
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }} />;
}
