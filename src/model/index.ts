export type { RecapIssue, RecapWarning } from "./errors.js";
export { formatIssues, RecapValidationError } from "./errors.js";
export type { InlineNode } from "./inline.js";
export { inlineToText, parseInline } from "./inline.js";
export { isIsoDate, isoDay } from "./isoDate.js";
export type { ParseRecapOptions, SafeParseRecapOptions, SafeParseResult } from "./parseRecap.js";
export { parseRecap, safeParseRecap } from "./parseRecap.js";
export { renderInline } from "./renderInline.js";
export { assignIds, slugify } from "./slug.js";
export type { Todo } from "./todo.js";
export { findTodos, TODO_PREFIX } from "./todo.js";
export type {
  CallToAction,
  Event,
  Image,
  Paragraphs,
  Person,
  Publisher,
  Recap,
  RecapEvent,
  RecapHeadings,
  RelatedRead,
  Resource,
  ResourceKind,
  Session,
  SessionFormat,
} from "./types.js";
export { RESOURCE_KINDS, SESSION_FORMATS, toParagraphs } from "./types.js";
export { isExternal, linkProps, safeHref, safeSrc } from "./url.js";
export { isValidatedRecap } from "./validated.js";
