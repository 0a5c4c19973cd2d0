// The reference every "survives" check compares with: the CLI's fragment of the real recap and
// recap-kit/styles.css from the installed package, on a page with no CSS of its own.
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdirSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";

/** `npx recap-kit render <file> --fragment` in the workspace: the installed bin, not the repo's. */
export function renderFragment(work, file) {
  return execFileSync("npx", ["--no", "recap-kit", "render", file, "--fragment"], { cwd: work, encoding: "utf8", maxBuffer: 64 << 20 });
}

/** A file of an installed package, resolved through its exports map from the workspace. */
export function resolveExport(work, specifier) {
  return createRequire(join(work, "package.json")).resolve(specifier);
}

/** An HTML page around the fragment; `head` holds the page's stylesheets. */
export function page({ title, head, body }) {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
${head}
</head>
<body>
${body}
</body>
</html>
`;
}

/** Writes `<work>/reference/index.html` with its styles.css; returns the directory. */
export function buildReference(work, fixture) {
  const dir = join(work, "reference");
  mkdirSync(dir, { recursive: true });
  copyFileSync(resolveExport(work, "recap-kit/styles.css"), join(dir, "styles.css"));
  const fragment = renderFragment(work, fixture);
  writeFileSync(
    join(dir, "index.html"),
    page({ title: "reference", head: '<link rel="stylesheet" href="styles.css">', body: `<main>${fragment}</main>` }),
  );
  return dir;
}
