// Every space character: the no-break (U+00A0), thin (U+2009) and narrow no-break (U+202F) spaces
// that one ICU version writes where another writes a plain space, and the rest of Unicode's Zs.
const SPACES = /\p{Zs}/gu;

/**
 * Intl's text with plain spaces. Node and the browser carry different ICU versions, which put
 * different spaces into the same date ("May 4 – 7" with thin spaces on one, plain on the other),
 * so a page rendered on the server would not hydrate. recap-kit passes everything Intl writes
 * through here, so server and browser give the same markup whatever their ICU.
 */
export function plainSpaces(text: string): string {
  return text.replace(SPACES, " ");
}
