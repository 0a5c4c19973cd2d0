import "./shadcn.css";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { parseRecap, RecapArticle } from "recap-kit";
import recapJson from "./recap.json";

const recap = parseRecap(recapJson);

// The theme the reader chose, as next-themes keeps it: a class on <html> (here from ?theme=dark).
if (new URLSearchParams(location.search).get("theme") === "dark") document.documentElement.classList.add("dark");

function Post() {
  return (
    <main className="mx-auto max-w-3xl p-4">
      <p className="text-sm text-muted-foreground">Our blog</p>
      <h1 className="mb-6 text-4xl font-bold">{recap.title}</h1>
      <RecapArticle recap={recap} headingLevel={1} showTitle={false} />
    </main>
  );
}

const root = document.getElementById("root");
if (!root) throw new Error("#root is missing");
createRoot(root).render(
  <StrictMode>
    <Post />
  </StrictMode>,
);
