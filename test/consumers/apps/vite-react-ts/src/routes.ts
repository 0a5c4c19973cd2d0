/** `/` follows the reader's colour scheme; `/dark-wrapper` forces dark on the app's wrapper. */
export const routes = ["/", "/dark-wrapper"];

export function themeFor(pathname: string): "dark" | undefined {
  return pathname === "/dark-wrapper" ? "dark" : undefined;
}
