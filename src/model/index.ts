export type { RecapIssue, RecapWarning } from "./errors.js";
export { formatIssues, RecapValidationError } from "./errors.js";
export type { InlineNode } from "./inline.js";
export { inlineToText, parseInline } from "./inline.js";
export { isIsoDate, isoDay } from "./isoDate.js";
export type {
  CallToActionData,
  DateRangeText,
  Recap,
  RecapDay,
  RecapEvent,
  RelatedRead,
  RichElement,
  RichNode,
  RichText,
  Session,
} from "./parsed.js";
export { isParsedRecap } from "./parsed.js";
export { anchorFor, assignIds, slugify } from "./slug.js";
export type { Todo } from "./todo.js";
export { findTodos, TODO_PREFIX } from "./todo.js";
export type {
  CallToActionDocument,
  EventDocument,
  Image,
  Paragraphs,
  Person,
  Publisher,
  RecapDocument,
  RecapHeadings,
  RelatedReadDocument,
  Resource,
  ResourceKind,
  SessionDocument,
  SessionFormat,
} from "./types.js";
export { RESOURCE_KINDS, SESSION_FORMATS } from "./types.js";
export { isExternal, linkProps, safeHref, safeSrc } from "./url.js";
export type { SafeValidateOptions, SafeValidateResult, ValidateOptions } from "./validateRecap.js";
export { safeValidateRecap, validateRecap } from "./validateRecap.js";
