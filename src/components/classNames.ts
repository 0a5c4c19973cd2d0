/**
 * A component's own class with the caller's `className` after it. Components take one string,
 * so joining two is all that is needed; a class-name library would cost every reader bytes.
 */
export function classNames(own: string, className: string | undefined): string {
  return className ? `${own} ${className}` : own;
}
