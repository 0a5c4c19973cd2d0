/**
 * A URL-fragment-friendly slug that keeps letters of every script, so that a Japanese
 * or Arabic title still gets a readable anchor instead of an empty one.
 */
export function slugify(text: string): string {
  return (
    text
      // Accents go from Latin letters only ("Körbes" → "korbes"); a Japanese voicing mark is part of the letter.
      .normalize("NFKD")
      .replace(/(\p{Script=Latin})\p{M}+/gu, "$1")
      .normalize("NFC")
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, "-")
      .replace(/^-+|-+$/g, "")
  );
}

/**
 * The anchor a session gets from its title alone: its slug, or for a title with no letters or
 * digits ("🎉") a short hash of it, so that a self-link never points at the top of the page. The
 * one scheme for `parseRecap`, `SessionCard` and `SessionIndex`, so parts placed by hand link up.
 */
export function anchorFor(title: string): string {
  const slug = slugify(title);
  if (slug) return slug;
  let hash = 5381;
  for (let i = 0; i < title.length; i++) hash = (hash * 33) ^ title.charCodeAt(i);
  return `session-${(hash >>> 0).toString(36)}`;
}

/**
 * Gives every session an id that is unique within the recap. Explicit ids are kept as they
 * are (they are someone's deep links); derived ones get "-2", "-3" … when taken.
 */
export function assignIds(items: ReadonlyArray<{ id?: string | undefined; title: string }>): string[] {
  const taken = new Set<string>();
  for (const item of items) if (item.id) taken.add(item.id);
  // Per base, the next number to try: a thousand "Q&A" sessions must not each count up from 2.
  const next = new Map<string, number>();
  return items.map((item) => {
    if (item.id) return item.id;
    const base = anchorFor(item.title);
    let n = next.get(base) ?? 1;
    let id = n === 1 ? base : `${base}-${n}`;
    while (taken.has(id)) id = `${base}-${++n}`;
    next.set(base, n + 1);
    taken.add(id);
    return id;
  });
}
