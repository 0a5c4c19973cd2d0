// The pages of the size budgets, built as an app builds them: Vite's build() API (Rolldown, its
// minifier and CSS pipeline, its default targets) on small apps that import the built recap-kit as
// an installed package (node_modules/recap-kit is a link to this repository), React external, the
// recap's data in a chunk of its own so that it can be left out of the figures.
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { build } from "vite";

const REACT = ["react", "react-dom", "react-dom/client", "react/jsx-runtime"];

/** The apps: each file of each app, by name. A route is a module the entry loads with import(). */
const APPS = {
  // The recommended path: the recap parsed at build time (the plugin), rendered and hydrated.
  parsedAtBuild: {
    "main.js": `import "recap-kit/styles.css";
import { createElement } from "react";
import { hydrateRoot } from "react-dom/client";
import { RecapArticle } from "recap-kit";
import recap from "./kubecon.recap.md";
hydrateRoot(document.getElementById("root"), createElement(RecapArticle, { recap }));
`,
  },
  // Two lazy routes: one shows a single SessionCard, the other the whole article.
  routes: {
    "main.js": `import "recap-kit/styles.css";
import { createElement } from "react";
import { hydrateRoot } from "react-dom/client";
const route = location.pathname === "/card" ? import("./card.js") : import("./article.js");
route.then(({ default: Page }) => hydrateRoot(document.getElementById("root"), createElement(Page)));
`,
    "card.js": `import { createElement } from "react";
import { SessionCard } from "recap-kit";
import recap from "./kubecon.recap.md";
export default () => createElement(SessionCard, { ...recap.sessions[0], headingLevel: 2 });
`,
    "article.js": `import { createElement } from "react";
import { RecapArticle } from "recap-kit";
import recap from "./kubecon.recap.md";
export default () => createElement(RecapArticle, { recap });
`,
  },
  // What the docs no longer lead to: the document parsed in the reader's browser.
  parsedInBrowser: {
    "main.js": `import "recap-kit/styles.css";
import { createElement } from "react";
import { hydrateRoot } from "react-dom/client";
import { parseRecap, RecapArticle } from "recap-kit";
import recapJson from "./kubecon.json";
hydrateRoot(document.getElementById("root"), createElement(RecapArticle, { recap: parseRecap(recapJson) }));
`,
  },
};

/**
 * @typedef {object} Built
 * @property {{ fileName: string, code: string, isEntry: boolean, isDynamicEntry: boolean, facadeModuleId: string | null, imports: string[], name: string }[]} chunks
 * @property {{ fileName: string, source: string | Uint8Array }[]} assets
 */

/**
 * Builds the apps against the built package in `repo`. `plugins` are the app's Vite plugins (the
 * recap-kit plugin); `fixtures` the recap as Markdown and as JSON.
 * @param {{ repo: string, plugins: import("vite").PluginOption[], fixtures: { markdown: string, json: string } }} options
 * @returns {Promise<Record<keyof typeof APPS, Built>>}
 */
export async function buildPages({ repo, plugins, fixtures }) {
  const work = mkdtempSync(join(tmpdir(), "recap-kit-size-"));
  try {
    mkdirSync(join(work, "node_modules"));
    symlinkSync(repo, join(work, "node_modules/recap-kit"), "dir");
    /** @type {Record<string, Built>} */
    const built = {};
    for (const [name, files] of Object.entries(APPS)) {
      const root = join(work, name);
      mkdirSync(root);
      for (const [file, source] of Object.entries(files)) writeFileSync(join(root, file), source);
      writeFileSync(join(root, "kubecon.recap.md"), fixtures.markdown);
      writeFileSync(join(root, "kubecon.json"), fixtures.json);
      built[name] = await buildApp(root, plugins);
    }
    return /** @type {Record<keyof typeof APPS, Built>} */ (built);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

async function buildApp(root, plugins) {
  const result = await build({
    root,
    configFile: false,
    logLevel: "error",
    plugins,
    build: {
      write: false,
      modulePreload: false,
      rolldownOptions: {
        input: join(root, "main.js"),
        external: REACT,
        output: { codeSplitting: { groups: [{ name: "recap-data", test: /kubecon\.(recap\.md|json)/ }] } },
      },
    },
  });
  const output = (Array.isArray(result) ? result[0] : result).output;
  return {
    chunks: output.filter((item) => item.type === "chunk"),
    assets: output.filter((item) => item.type === "asset"),
  };
}

const gzip = (source) => gzipSync(typeof source === "string" ? Buffer.from(source) : source, { level: 9 }).length;

/** Whether a chunk holds the recap's data only (the figures leave it out). */
const isData = (chunk) => chunk.name === "recap-data";

/** Everything a page loads, JS and CSS, gzip, the recap's data left out. */
export function pageSize(built) {
  const js = built.chunks.filter((chunk) => !isData(chunk)).reduce((sum, chunk) => sum + gzip(chunk.code), 0);
  const css = built.assets.filter((asset) => asset.fileName.endsWith(".css")).reduce((sum, asset) => sum + gzip(asset.source), 0);
  return { js, css, total: js + css };
}

/**
 * The recap-kit JavaScript a lazy route loads: of its own chunk and every chunk it imports (not the
 * entry's, which every route has), those that hold a module of recap-kit or clsx; the recap's data
 * and the route's own few lines are left out. `route` is the route module's file name (card.js).
 */
export function routeSize(built, route, { repo }) {
  const byName = new Map(built.chunks.map((chunk) => [chunk.fileName, chunk]));
  const start = built.chunks.find((chunk) => chunk.isDynamicEntry && chunk.facadeModuleId?.endsWith(`/${route}`));
  if (!start) throw new Error(`no chunk for the route ${route}`);
  const entry = new Set(built.chunks.filter((chunk) => chunk.isEntry).map((chunk) => chunk.fileName));
  const loaded = new Map();
  const visit = (chunk) => {
    if (loaded.has(chunk.fileName) || entry.has(chunk.fileName)) return;
    loaded.set(chunk.fileName, chunk);
    for (const name of chunk.imports) {
      const next = byName.get(name);
      if (next) visit(next);
    }
  };
  visit(start);
  const ours = (id) => id.startsWith(join(repo, "dist")) || /[\\/]node_modules[\\/]clsx[\\/]/.test(id);
  const chunks = [...loaded.values()].filter((chunk) => !isData(chunk) && chunk.moduleIds.some(ours));
  return {
    js: chunks.reduce((sum, chunk) => sum + gzip(chunk.code), 0),
    chunks: chunks.map((chunk) => chunk.fileName),
    code: [...loaded.values()].map((chunk) => chunk.code).join("\n"),
  };
}
