import { StrictMode } from "react";
import { renderToString } from "react-dom/server";
import { pageFor, themeFor } from "./routes";

export { routes } from "./routes";

export async function render(pathname: string): Promise<string> {
  const Page = await pageFor(pathname);
  return renderToString(
    <StrictMode>
      <Page theme={themeFor(pathname)} />
    </StrictMode>,
  );
}
