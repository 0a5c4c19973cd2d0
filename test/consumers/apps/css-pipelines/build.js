// recap-kit/styles.css through the CSS pipelines apps put it through, each written next to the
// CLI's fragment of the real recap: dist/<pipeline>.html links dist/<pipeline>.css.
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import autoprefixer from "autoprefixer";
import { transform as esbuild } from "esbuild";
import { transform as lightningcss } from "lightningcss";
import postcss from "postcss";
import postcssPresetEnv from "postcss-preset-env";
import { resolveConfig } from "vite";

const require = createRequire(import.meta.url);
const file = require.resolve("recap-kit/styles.css");
const css = readFileSync(file, "utf8");

/** Vite's default CSS targets (build.cssTarget), as lightningcss targets: what Vite itself does. */
async function viteDefaultTargets() {
  const config = await resolveConfig({ configFile: false, logLevel: "silent" }, "build", "production");
  const browsers = { chrome: "chrome", edge: "edge", firefox: "firefox", safari: "safari", ios: "ios_saf", opera: "opera" };
  const targets = {};
  for (const target of [config.build.cssTarget].flat()) {
    const match = /^([a-z]+)(\d+)(?:\.(\d+))?$/.exec(String(target));
    const browser = match && browsers[match[1]];
    if (!match || !browser) throw new Error(`unexpected Vite CSS target ${target}`);
    targets[browser] = (Number(match[2]) << 16) | (Number(match[3] ?? 0) << 8);
  }
  return { list: [config.build.cssTarget].flat().join(", "), targets };
}

const vite = await viteDefaultTargets();
const pipelines = {
  raw: { css, how: "recap-kit/styles.css as shipped" },
  postcss: {
    css: (await postcss([autoprefixer(), postcssPresetEnv()]).process(css, { from: file, to: "dist/postcss.css" })).css,
    how: "PostCSS with autoprefixer and postcss-preset-env (defaults)",
  },
  esbuild: { css: (await esbuild(css, { loader: "css", minify: true })).code, how: "esbuild's CSS minifier" },
  lightningcss: {
    css: new TextDecoder().decode(
      lightningcss({ filename: "styles.css", code: Buffer.from(css), minify: true, targets: vite.targets }).code,
    ),
    how: `lightningcss, minified, with Vite's default targets (${vite.list})`,
  },
};

const article = execFileSync("npx", ["--no", "recap-kit", "render", "recap.json", "--fragment"], { encoding: "utf8", maxBuffer: 64 << 20 });
mkdirSync("dist", { recursive: true });
for (const [name, pipeline] of Object.entries(pipelines)) {
  writeFileSync(`dist/${name}.css`, pipeline.css);
  writeFileSync(
    `dist/${name}.html`,
    `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${pipeline.how}</title>
<link rel="stylesheet" href="${name}.css">
</head>
<body>
<main>${article}</main>
</body>
</html>
`,
  );
}
// The standalone page of the command line, which inlines the stylesheet itself.
// --force: a second build in the same workspace replaces the page of the first.
execFileSync("npx", ["--no", "recap-kit", "render", "recap.json", "-o", "dist/cli.html", "--force"]);
writeFileSync(
  "dist/pipelines.json",
  JSON.stringify(
    {
      ...Object.fromEntries(Object.entries(pipelines).map(([name, { how }]) => [name, how])),
      cli: "the CLI's standalone page (inline CSS)",
    },
    null,
    2,
  ),
);
