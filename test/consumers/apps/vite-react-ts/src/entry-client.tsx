import "recap-kit/styles.css";
import "./index.css";
import { type ReactNode, StrictMode, useEffect } from "react";
import { hydrateRoot } from "react-dom/client";
import { App } from "./App";
import { themeFor } from "./routes";

/** Marks the page once hydration has committed, for the consumer test to wait on. */
function MarkHydrated({ children }: { children: ReactNode }) {
  useEffect(() => document.documentElement.setAttribute("data-hydrated", ""), []);
  return children;
}

const root = document.getElementById("root");
if (!root) throw new Error("#root is missing");
hydrateRoot(
  root,
  <StrictMode>
    <MarkHydrated>
      <App theme={themeFor(location.pathname)} />
    </MarkHydrated>
  </StrictMode>,
);
