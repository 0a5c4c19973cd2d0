import { serializeJsonLd } from "../../jsonld/serializeJsonLd.js";
import type { JsonLd } from "../../jsonld/toJsonLd.js";

// The same structured data (worked out once, where the recap was parsed) is written once.
const written = new WeakMap<JsonLd, string>();

/**
 * Structured data as a `<script type="application/ld+json">`. Its content is escaped JSON, never
 * markup: nothing in the data can end the script or open a comment.
 */
export function JsonLdScript({ data }: { data: JsonLd }) {
  let json = written.get(data);
  if (json === undefined) {
    json = serializeJsonLd(data);
    written.set(data, json);
  }
  // biome-ignore lint/security/noDangerouslySetInnerHtml: the one raw script content recap-kit writes: JSON with <, >, & and line separators escaped.
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: json }} />;
}
