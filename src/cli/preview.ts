import { type FSWatcher, watch } from "node:fs";
import { createServer, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { basename, dirname, resolve } from "node:path";
import { escapeHtml } from "../static/escapeHtml.js";
import { renderRecapToHtml } from "../static/renderRecapToHtml.js";
import type { Args } from "./args.js";
import { readInputFile } from "./files.js";
import { CliError, count, EXIT, shown } from "./messages.js";
import { type CliIo, readRecapText } from "./run.js";

type Note = { path: string; message: string; line?: number | undefined };

/** The port `preview` listens on unless --port says otherwise. */
export const DEFAULT_PREVIEW_PORT = 4321;

// The only script of the preview: it asks the server (on the same loopback origin) to say when the file changed.
const RELOAD = `<script>new EventSource("/events").onmessage=function(){location.reload()}</script>`;

function noteList(notes: readonly Note[]): string {
  const items = notes.map(
    (note) =>
      `<li>${note.line === undefined ? "" : `<strong>line ${note.line}</strong>, `}<code>${escapeHtml(note.path || "(document)")}</code>: ${escapeHtml(note.message)}</li>`,
  );
  return `<ul>${items.join("")}</ul>`;
}

const PANEL_STYLE =
  "font:16px/1.5 system-ui,sans-serif;margin:1rem;padding:1rem 1.5rem;border:3px solid;border-radius:.5rem;background:Canvas;color:CanvasText";

/** A page that says what is wrong, instead of the recap: the preview never crashes on a bad save. */
function problemPage(name: string, heading: string, notes: readonly Note[], warnings: readonly Note[]): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(heading)}</title></head><body><main style="${PANEL_STYLE}"><h1>${escapeHtml(heading)}</h1><p>Fix ${escapeHtml(name)} and save: this page reloads by itself.</p>${noteList(notes)}${warnings.length ? `<h2>${count(warnings.length, "warning")}</h2>${noteList(warnings)}` : ""}</main>${RELOAD}</body></html>`;
}

/** The page for the file as it is now: the recap with its warnings and to-dos on top, or its problems. */
export async function previewPage(args: Args, cwd: string): Promise<string> {
  const name = args.input;
  try {
    const { bytes } = await readInputFile(resolve(cwd, args.input), name, args.maxInputSize);
    const text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    const read = await readRecapText(args, text);
    if (!read.ok)
      return problemPage(name, `${name} is not a valid recap (${count(read.issues.length, "problem")})`, read.issues, read.warnings);
    const html = renderRecapToHtml(read.recap);
    const notes = [
      ...read.warnings.map((note) => ({ ...note, message: `warning: ${note.message}` })),
      ...read.todos.map((todo) => ({ ...todo, message: `to-do: ${todo.text}` })),
    ];
    const panel = notes.length
      ? `<aside style="${PANEL_STYLE}" aria-label="recap-kit preview"><strong>${count(read.warnings.length, "warning")}, ${count(read.todos.length, "to-do")}</strong>${noteList(notes)}</aside>`
      : "";
    return html.replace(/<body([^>]*)>/, (body) => `${body}${panel}`).replace("</body>", `${RELOAD}</body>`);
  } catch (error) {
    const message = error instanceof CliError ? error.message : error instanceof Error ? error.message : String(error);
    return problemPage(name, `${name} cannot be read`, [{ path: "", message }], []);
  }
}

/**
 * `recap-kit preview FILE`: serves the rendered page on 127.0.0.1 only, re-renders it on every
 * request, and tells the open page to reload when the file is saved. Problems and warnings show in
 * the page with their lines. It stops on Ctrl-C (or when `io.signal` aborts), closing everything.
 */
export async function preview(args: Args, io: CliIo): Promise<void> {
  // A file that is not there is said at once, as the other commands do.
  await readInputFile(resolve(io.cwd, args.input), args.input, args.maxInputSize);
  const clients = new Set<ServerResponse>();
  const server = createServer((request, response) => {
    if (request.url === "/events") {
      response.writeHead(200, { "content-type": "text/event-stream", "cache-control": "no-store" });
      response.write(": connected\n\n");
      clients.add(response);
      request.on("close", () => clients.delete(response));
      return;
    }
    if (request.url !== "/" && request.url !== "/index.html") {
      response.writeHead(404, { "content-type": "text/plain; charset=utf-8" }).end("Not found: the preview is at /.");
      return;
    }
    void previewPage(args, io.cwd).then((html) =>
      response.writeHead(200, { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" }).end(html),
    );
  });
  const port = await new Promise<number>((done, fail) => {
    server.once("error", (error: NodeJS.ErrnoException) =>
      fail(
        new CliError(
          EXIT.usage,
          error.code === "EADDRINUSE"
            ? `port ${args.port ?? DEFAULT_PREVIEW_PORT} is in use: choose another with --port.`
            : `cannot serve the preview (${shown(error.message)}).`,
        ),
      ),
    );
    server.listen(args.port ?? DEFAULT_PREVIEW_PORT, "127.0.0.1", () => done((server.address() as AddressInfo).port));
  });
  // Editors save by replacing the file: watch its folder, for its name.
  const file = basename(args.input);
  let timer: ReturnType<typeof setTimeout> | undefined;
  let watcher: FSWatcher | undefined;
  try {
    watcher = watch(dirname(resolve(io.cwd, args.input)), (_event, changed) => {
      if (changed !== null && changed !== file) return;
      clearTimeout(timer);
      timer = setTimeout(() => {
        for (const client of clients) client.write("data: reload\n\n");
      }, 50);
    });
  } catch {
    watcher = undefined;
  }
  io.stderr(`recap-kit: previewing ${shown(args.input)} at http://127.0.0.1:${port}/ (it reloads when you save; Ctrl-C stops it)\n`);
  await new Promise<void>((done) => {
    const stop = () => done();
    if (io.signal?.aborted) return stop();
    io.signal?.addEventListener("abort", stop, { once: true });
    if (!io.signal) process.once("SIGINT", stop);
  });
  clearTimeout(timer);
  watcher?.close();
  for (const client of clients) client.end();
  server.closeAllConnections();
  await new Promise((done) => server.close(done));
  io.stderr("recap-kit: preview stopped.\n");
}
