// @vitest-environment node
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { createLogger, type HotPayload, type Plugin, build as viteBuild, createServer as viteServer } from "vite";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { parseRecapMarkdown } from "../src/markdown/index.js";
import { parseRecap } from "../src/parse/parseRecap.js";
import recap, { type RecapPluginOptions } from "../src/vite/index.js";

// recap-kit/vite in Vite's own build() and dev server, on a small app of a few files.
const markdown = readFileSync(resolve(process.cwd(), "test/fixtures/kubecon-eu-2021.recap.md"), "utf8");
const json = readFileSync(resolve(process.cwd(), "test/fixtures/kubecon-eu-2021.recap.json"), "utf8");
const ENTRY = `import fromMarkdown from "./data/kubecon.recap.md";
import fromJson from "./data/kubecon.recap.json";
export { fromMarkdown, fromJson };
`;

let root = "";
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), "recap-kit-vite-"));
  mkdirSync(join(root, "data"));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

function app(files: Record<string, string>): void {
  for (const [name, text] of Object.entries(files)) writeFileSync(join(root, name), text);
}

/** Builds `main.js` as a library (so that its exports stay), returns its code and what Vite printed. */
async function build(options?: RecapPluginOptions, before: Plugin[] = []) {
  const warnings: string[] = [];
  const logger = createLogger("warn");
  logger.warn = (message) => warnings.push(message);
  await viteBuild({
    root,
    configFile: false,
    customLogger: logger,
    logLevel: "warn",
    plugins: [...before, recap(options)],
    build: {
      lib: { entry: join(root, "main.js"), formats: ["es"], fileName: () => "main.mjs" },
      outDir: join(root, "dist"),
      minify: false,
    },
  });
  const file = join(root, "dist/main.mjs");
  return { code: readFileSync(file, "utf8"), module: (await import(pathToFileURL(file).href)) as Record<string, unknown>, warnings };
}

const lineOf = (text: string, needle: string) => text.slice(0, text.indexOf(needle)).split("\n").length;
const brokenMarkdown = markdown.replace(/^- Format: talk$/m, "- Format: Keynote");

describe("recap-kit/vite in vite build", () => {
  it("makes .recap.md and .recap.json files modules of their parsed recap, with no parser in the bundle", async () => {
    app({ "main.js": ENTRY, "data/kubecon.recap.md": markdown, "data/kubecon.recap.json": json });
    const { code, module, warnings } = await build();
    expect(module.fromMarkdown).toEqual(JSON.parse(JSON.stringify(parseRecapMarkdown(markdown))));
    expect(module.fromJson).toEqual(JSON.parse(JSON.stringify(parseRecap(JSON.parse(json)))));
    expect((module.fromMarkdown as { $recapKit: unknown }).$recapKit).toBe(1);
    // Data only: none of the validator's words, no import of recap-kit.
    expect(code).not.toContain("is not a session format");
    expect(code).not.toMatch(/from\s*["']recap-kit/);
    expect(warnings).toEqual([]);
  });

  it("fails the build with the file, the line and check's words for every problem", async () => {
    app({ "main.js": 'export { default } from "./data/kubecon.recap.md";', "data/kubecon.recap.md": brokenMarkdown });
    const line = lineOf(brokenMarkdown, "- Format: Keynote");
    const failure = await build().then(
      () => undefined,
      (error: Error) => error,
    );
    expect(failure?.message).toContain(`data/kubecon.recap.md is not a valid recap document (1 problem):`);
    expect(failure?.message).toMatch(new RegExp(`- line ${line}, sessions\\[\\d\\]\\.format: "Keynote" is not a session format`));
    expect(failure?.message).toContain(`kubecon.recap.md:${line}`);
  });

  it("prints warnings with the file and line, and the build goes on", async () => {
    const typo = markdown.replace(/^- Format: talk$/m, "- Formt: talk");
    app({ "main.js": 'export { default } from "./data/kubecon.recap.md";', "data/kubecon.recap.md": typo });
    const { module, warnings } = await build();
    expect(module.default).toBeTruthy();
    expect(warnings).toEqual([expect.stringContaining(`data/kubecon.recap.md: line ${lineOf(typo, "- Formt")}, sessions[`)]);
    expect(warnings[0]).toContain('Did you mean "Format"?');
  });

  it("takes parseRecap's options: strict fails on a warning, language dates a recap that names none", async () => {
    const typo = markdown.replace(/^- Format: talk$/m, "- Formt: talk");
    app({ "main.js": 'export { default } from "./data/kubecon.recap.md";', "data/kubecon.recap.md": typo });
    await expect(build({ strict: true })).rejects.toThrow(
      /1 problem\):\n {2}- line \d+, sessions\[\d\]: "Formt"[^\n]*\n\(strict: warnings/,
    );
    const { language: _language, ...document } = JSON.parse(json);
    app({ "main.js": 'export { default } from "./data/kubecon.recap.json";', "data/kubecon.recap.json": JSON.stringify(document) });
    const { module } = await build({ language: "de" });
    expect((module.default as { event: { dateText: { end: string } } }).event.dateText.end).toBe("7. Mai 2021");
  });

  it("reads only the files `include` names: JSON recaps can stay documents", async () => {
    app({ "main.js": ENTRY, "data/kubecon.recap.md": markdown, "data/kubecon.recap.json": json });
    const { module } = await build({ include: /\.recap\.md$/ });
    expect((module.fromMarkdown as { $recapKit: unknown }).$recapKit).toBe(1);
    expect(module.fromJson).toEqual(JSON.parse(json));
  });

  it("reads a recap before a framework's own Markdown plugin, which comes first, can (Astro makes components of .md files)", async () => {
    const markdownPages: Plugin = {
      name: "framework-markdown",
      enforce: "pre",
      load: (id) => (id.endsWith(".md") ? 'export default "a Markdown page";' : null),
    };
    app({ "main.js": ENTRY, "data/kubecon.recap.md": markdown, "data/kubecon.recap.json": json });
    const { module } = await build(undefined, [markdownPages]);
    expect(module.fromMarkdown).toEqual(JSON.parse(JSON.stringify(parseRecapMarkdown(markdown))));
  });

  it("leaves other files and Vite's ?raw imports alone", async () => {
    app({
      "main.js": 'export { default as raw } from "./data/kubecon.recap.md?raw";\nexport { default as notes } from "./data/notes.json";',
      "data/kubecon.recap.md": markdown,
      "data/notes.json": '{ "a": 1 }',
    });
    const { module } = await build();
    expect(module.raw).toBe(markdown);
    expect(module.notes).toEqual({ a: 1 });
  });
});

describe("recap-kit/vite in vite dev", () => {
  /** A dev server on a free port, with every HMR message it sends the browser recorded. */
  async function devServer() {
    const sent: HotPayload[] = [];
    const spy: Plugin = {
      name: "record-hmr",
      configureServer(server) {
        const hot = server.environments.client.hot;
        const send = hot.send.bind(hot);
        hot.send = ((payload: HotPayload) => {
          sent.push(payload);
          send(payload);
        }) as typeof hot.send;
      },
    };
    const server = await viteServer({
      root,
      configFile: false,
      logLevel: "silent",
      plugins: [recap(), spy],
      server: { port: 0, strictPort: false, watch: null },
      optimizeDeps: { noDiscovery: true },
    });
    await server.listen();
    return { server, sent };
  }

  it("shows a problem in the error overlay with the file and line, and a fix re-renders the importer (HMR)", async () => {
    app({
      // The page that shows the recap accepts updates, as a React component with Fast Refresh does.
      "main.js": 'import recap from "./data/kubecon.recap.md";\nexport const title = recap.title;\nimport.meta.hot.accept();\n',
      "data/kubecon.recap.md": markdown,
    });
    const { server, sent } = await devServer();
    try {
      const env = server.environments.client;
      // What the browser asks for: the recap module main.js imports.
      const main = await env.transformRequest("/main.js");
      const imported = /from\s*"([^"]*kubecon\.recap\.md[^"]*)"/.exec(main?.code ?? "")?.[1] ?? "";
      expect(imported).not.toBe("");
      // Vite's server unwraps the id of a module of its own before transforming it.
      const url = imported.replace("/@id/__x00__", "\0");
      const first = await env.transformRequest(url);
      expect(first?.code).toContain("KubeCon");

      // A saved mistake: the request fails with what the overlay shows (message, file, line, plugin).
      const file = join(root, "data/kubecon.recap.md");
      writeFileSync(file, brokenMarkdown);
      server.watcher.emit("change", file);
      await expect.poll(() => sent.some((payload) => payload.type === "update")).toBe(true);
      const update = sent.find((payload) => payload.type === "update");
      expect(update?.type === "update" && update.updates.map(({ path }) => path)).toContain("/main.js");
      const failure = await env.transformRequest(url).then(
        () => undefined,
        (error: Error & { loc?: { file: string; line: number }; plugin?: string }) => error,
      );
      expect(failure?.plugin).toBe("recap-kit");
      expect(failure?.loc).toEqual(expect.objectContaining({ file, line: lineOf(brokenMarkdown, "- Format: Keynote") }));
      expect(failure?.message).toContain('"Keynote" is not a session format');

      // Fixed and saved again: the module is the new recap.
      writeFileSync(file, markdown.replace('title: "', 'title: "Fixed: '));
      server.watcher.emit("change", file);
      await expect.poll(async () => (await env.transformRequest(url).catch(() => undefined))?.code ?? "").toContain("Fixed: ");
    } finally {
      await server.close();
    }
  });
});
