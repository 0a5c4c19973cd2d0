// A static site (a CMS theme, a blog generator): the recap-kit command renders the article as
// an HTML fragment, the page links recap-kit/styles.css and then the site's own CSS.
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdirSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const article = execFileSync("npx", ["--no", "recap-kit", "render", "recap.json", "--fragment"], { encoding: "utf8", maxBuffer: 64 << 20 });

mkdirSync("dist", { recursive: true });
copyFileSync(require.resolve("recap-kit/styles.css"), "dist/recap-kit.css");
copyFileSync("site.css", "dist/site.css");
writeFileSync(
  "dist/index.html",
  `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Our blog: KubeCon Europe 2021</title>
<link rel="stylesheet" href="recap-kit.css">
<link rel="stylesheet" href="site.css">
</head>
<body>
<div class="shell">
<p class="site-name">Our blog</p>
${article}
</div>
</body>
</html>
`,
);
