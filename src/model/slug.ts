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
 * Gives every session an id that is unique within the recap. Explicit ids are kept as they
 * are (they are someone's deep links); derived ones get "-2", "-3" … when taken.
 */
export function assignIds(items: ReadonlyArray<{ id?: string | undefined; title: string }>): string[] {
  const taken = new Set<string>();
  for (const item of items) if (item.id) taken.add(item.id);
  // Per base, the next number to try: a thousand "Q&A" sessions must not each count up from 2.
  const next = new Map<string, number>();
  return items.map((item, index) => {
    if (item.id) return item.id;
    const base = slugify(item.title) || `session-${index + 1}`;
    let n = next.get(base) ?? 1;
    let id = n === 1 ? base : `${base}-${n}`;
    while (taken.has(id)) id = `${base}-${++n}`;
    next.set(base, n + 1);
    taken.add(id);
    return id;
  });
}
