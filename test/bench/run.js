// Builds a benchmark file (TSX) with esbuild against the built package, then runs it.
// Usage: node test/bench/run.js test/bench/ssr.tsx
import { mkdirSync } from "node:fs";
import { basename, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { build } from "esbuild";

const root = fileURLToPath(new URL("../..", import.meta.url));
const entry = resolve(process.argv[2] ?? "test/bench/ssr.tsx");
const outdir = resolve(root, "node_modules/.cache/recap-kit-bench");
mkdirSync(outdir, { recursive: true });
const outfile = resolve(outdir, `${basename(entry).replace(/\.tsx?$/, "")}.mjs`);
await build({
  entryPoints: [entry],
  outfile,
  bundle: true,
  platform: "node",
  format: "esm",
  jsx: "automatic",
  // The package under test is the built one (dist/), as an app would get it.
  alias: { "recap-kit/static": resolve(root, "dist/static.js"), "recap-kit": resolve(root, "dist/index.js") },
  external: ["react", "react-dom", "react/*", "react-dom/*"],
  define: { "process.env.NODE_ENV": '"production"' },
  // Not the repository's tsconfig: its paths send dist's "#render-cache" to src/, a second copy of
  // the model whose parsed recaps dist does not know, so nothing would be kept between renders.
  tsconfigRaw: "{}",
  logLevel: "error",
});
await import(pathToFileURL(outfile).href);
