import type { ResourceKind } from "../../model/types.js";

const PATHS: Record<ResourceKind, string> = {
  slides: "M2 2.5h12v8.5H2zM8 11v3M5 14h6",
  recording: "M8 1.5a6.5 6.5 0 1 0 0 13 6.5 6.5 0 0 0 0-13zM6.5 5.5l4 2.5-4 2.5z",
  repo: "M5 4 1.5 8 5 12M11 4l3.5 4-3.5 4M9.5 2.5l-3 11",
  article: "M4 1.5h5l3 3v10H4zM6 8h4M6 10.5h4",
  docs: "M2 2.5h4.5A1.5 1.5 0 0 1 8 4v10a1.5 1.5 0 0 0-1.5-1.5H2zM14 2.5H9.5A1.5 1.5 0 0 0 8 4v10a1.5 1.5 0 0 1 1.5-1.5H14z",
  other: "M6.5 9.5l3-3M7 4.5l1-1a2.5 2.5 0 0 1 3.5 3.5l-1 1M9 11.5l-1 1a2.5 2.5 0 0 1-3.5-3.5l1-1",
};

/** A small line icon per resource kind. Decorative: the link's text says what it is. */
export function ResourceIcon({ kind }: { kind: ResourceKind }) {
  return (
    <svg className="rk-ResourceLinks-icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
      <path
        d={PATHS[kind] ?? PATHS.other}
        fill="none"
        stroke="currentColor"
        strokeWidth="1.5"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}
