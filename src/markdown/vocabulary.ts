/** The words of the convention: detail keys, resource keys and section markers, shared by the reader and the writer. */

/** The `- Key:` word for each resource kind; `Link` is the kind `other`. */
export const RESOURCE_KEYS = {
  slides: "slides",
  recording: "recording",
  repo: "repo",
  article: "article",
  docs: "docs",
  link: "other",
} as const;

/** Detail keys that name speakers by their part in the session, and the role each gives them. */
export const ROLE_KEYS: Readonly<Record<string, string>> = {
  moderator: "Moderator",
  moderators: "Moderator",
  host: "Host",
  hosts: "Host",
  chair: "Chair",
  chairs: "Chair",
  panelist: "Panelist",
  panelists: "Panelist",
  panellist: "Panellist",
  panellists: "Panellist",
};

/** Detail keys that hold one plain value, and the session field each fills. */
export const SINGLE_KEYS: Readonly<Record<string, string>> = { track: "track", format: "format", code: "code", date: "date" };

/** The `{.marker}` of each of the article's own `##` sections, and the field it fills. */
export const SECTION_MARKERS = {
  takeaways: "takeaways",
  outro: "outro",
  "related-reads": "relatedReads",
  "call-to-action": "callToAction",
} as const;

export type SectionMarker = keyof typeof SECTION_MARKERS;

/** Session fields, in the order a ```yaml recap block lists them. */
export const SESSION_FIELDS = [
  "title",
  "id",
  "speakers",
  "track",
  "format",
  "code",
  "date",
  "tags",
  "resources",
  "summary",
  "takeaways",
] as const;
export type SessionField = (typeof SESSION_FIELDS)[number];

/** Article fields that the body writes as Markdown, and that the front matter may hold instead. */
export const BODY_FIELDS = ["intro", "takeaways", "outro", "relatedReads", "callToAction"] as const;
export type BodyField = (typeof BODY_FIELDS)[number];

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}
