/** Joins a JSON path the way recap-kit writes it in every message: `sessions[2].speakers[0].name`. */
export function at(path: string, key: string | number): string {
  if (typeof key === "number") return `${path}[${key}]`;
  return path ? `${path}.${key}` : key;
}
