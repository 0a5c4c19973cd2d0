import type { Heading } from "mdast";
import { Phrasing } from "./phrasing.js";
import { SECTION_MARKERS, type SectionMarker } from "./vocabulary.js";

export interface HeadingText {
  /** The heading's text without its attribute, as plain text. */
  title: string;
  /** From `{#id}`: a session's id. */
  id?: string;
  /** From `{.marker}`: which section of the article this is. */
  marker?: SectionMarker;
  problem?: string;
}

function isMarker(name: string): name is SectionMarker {
  return Object.hasOwn(SECTION_MARKERS, name);
}

const MARKER_LIST = Object.keys(SECTION_MARKERS)
  .map((name) => `{.${name}}`)
  .join(", ");

/**
 * Reads a `##` heading: its text, and a trailing attribute in the braces that Pandoc, Hugo and
 * kramdown use, `{#id}` or `{.marker}`. Braces that are escaped (`\{`), inside code, or not
 * preceded by a space are part of the title.
 */
export function readHeading(source: string, heading: Heading): HeadingText {
  const p = new Phrasing(source, heading);
  const [, end] = p.trim(p.start, p.end);
  const close = p.find((char) => char === "}").at(-1);
  const open = close === end - 1 ? p.find((char) => char === "{", p.start, close).at(-1) : undefined;
  if (open === undefined || close === undefined || !(open === p.start || /\s/.test(source[open - 1] as string)))
    return { title: p.text("plain") };
  const attribute = source.slice(open + 1, close);
  const title = p.text("plain", p.start, open);
  if (/^#[^\s{}]+$/.test(attribute)) return { title, id: attribute.slice(1) };
  const name = /^\.([^\s{}]+)$/.exec(attribute)?.[1];
  if (name !== undefined && isMarker(name)) return { title, marker: name };
  if (/^[#.]/.test(attribute))
    return {
      title,
      problem: `"{${attribute}}" is not a heading attribute a recap knows. Write {#id} for a session's id, or one of ${MARKER_LIST}; to keep the braces in a title, write \\{.`,
    };
  return { title: p.text("plain") };
}
