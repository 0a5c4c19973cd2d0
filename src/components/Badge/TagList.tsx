import { clsx } from "clsx";

/** A list of tags under an accessible name; nothing at all when there are none. Internal. */
export function TagList({ tags, label, className }: { tags: readonly string[] | undefined; label: string; className: string }) {
  if (!tags || tags.length === 0) return null;
  return (
    <ul className={clsx("rk-TagList", className)} aria-label={label}>
      {tags.map((tag, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: a tag may be written twice; order is its identity.
        <li className="rk-TagList-item" key={index}>
          {tag}
        </li>
      ))}
    </ul>
  );
}
