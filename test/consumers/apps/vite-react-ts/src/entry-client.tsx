import "recap-kit/styles.css";
import "./index.css";
import { type ReactNode, StrictMode, useEffect } from "react";
import { hydrateRoot } from "react-dom/client";
import { pageFor, themeFor } from "./routes";

/** Marks the page once hydration has committed, for the consumer test to wait on. */
function MarkHydrated({ children }: { children: ReactNode }) {
  useEffect(() => document.documentElement.setAttribute("data-hydrated", ""), []);
  return children;
}

const root = document.getElementById("root");
if (!root) throw new Error("#root is missing");
pageFor(location.pathname).then((Page) =>
  hydrateRoot(
    root,
    <StrictMode>
      <MarkHydrated>
        <Page theme={themeFor(location.pathname)} />
      </MarkHydrated>
    </StrictMode>,
  ),
);
