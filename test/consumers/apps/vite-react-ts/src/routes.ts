import type { ComponentType } from "react";

/** `/` follows the reader's colour scheme; `/dark-wrapper` forces dark on the app's wrapper; `/card` shows one session. */
export const routes = ["/", "/dark-wrapper", "/card"];

export function themeFor(pathname: string): "dark" | undefined {
  return pathname === "/dark-wrapper" ? "dark" : undefined;
}

/** Each page is a lazy route: a chunk of its own, loaded when its path is opened. */
export async function pageFor(pathname: string): Promise<ComponentType<{ theme?: "dark" | undefined }>> {
  if (pathname === "/card") return (await import("./Highlight")).Highlight;
  return (await import("./App")).App;
}
