/**
 * A function that remembers, for each object, the last result it computed and the arguments it was
 * computed from, and gives that result again for equal arguments (`same`). Held weakly: an entry
 * goes when the object goes, so it is bounded by what the application keeps alive.
 */
export function lastResultFor<K extends object, A, V>(same: (before: A, now: A) => boolean): (key: K, args: A, compute: () => V) => V {
  const last = new WeakMap<K, { args: A; value: V }>();
  return (key, args, compute) => {
    const known = last.get(key);
    if (known && same(known.args, args)) return known.value;
    const value = compute();
    last.set(key, { args, value });
    return value;
  };
}
