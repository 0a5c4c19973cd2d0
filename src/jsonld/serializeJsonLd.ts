/**
 * JSON for inside a `<script>` element: nothing in the data can end the element (`</script>`),
 * open a comment (`<!--`) or break a JavaScript parser (U+2028, U+2029).
 */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data).replace(/[<>&\u2028\u2029]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
