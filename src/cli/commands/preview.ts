import { createHash } from "node:crypto";
import { type FSWatcher, watch } from "node:fs";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { basename, dirname, resolve } from "node:path";
import { escapeHtml } from "../../static/escapeHtml.js";
import { defineCommand } from "../command.js";
import { readInput, readInputFile } from "../files.js";
import { type Format, formatOf } from "../formats.js";
import type { CliIo } from "../io.js";
import { CliError, count, EXIT, shown } from "../messages.js";
import { from, lang, maxInputSize, option } from "../options.js";
import { type Note, readRecap } from "../readRecap.js";

/** The port `preview` listens on unless --port says otherwise. */
export const DEFAULT_PREVIEW_PORT = 4321;

/**
 * How long the preview waits for a client, in milliseconds: for a request's headers and for all of
 * it, and for the next request on a kept-alive connection. A browser on the same machine needs
 * a few; a connection that says nothing is closed, so none can be held open for good.
 */
export const PREVIEW_TIMEOUTS = { headers: 5_000, request: 10_000, keepAlive: 5_000, checkEvery: 1_000 } as const;

// The only script of the preview: it asks the server (on the same loopback origin) to say when the file changed.
const RELOAD_SCRIPT = `new EventSource("/events").onmessage=function(){location.reload()}`;
const RELOAD = `<script>${RELOAD_SCRIPT}</script>`;

/**
 * What the page may do: its own inline styles, images from the web (a speaker's picture), the one
 * reload script (by its hash) talking to this server, and nothing else; no site may frame it.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  `script-src 'sha256-${createHash("sha256").update(RELOAD_SCRIPT).digest("base64")}'`,
  "connect-src 'self'",
  "style-src 'unsafe-inline'",
  "img-src http: https: data:",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join("; ");

/** Sent with every answer, the refusals included. */
const SECURITY_HEADERS = {
  "content-security-policy": CONTENT_SECURITY_POLICY,
  "x-frame-options": "DENY",
  "x-content-type-options": "nosniff",
  "referrer-policy": "no-referrer",
  "cross-origin-resource-policy": "same-origin",
  "cache-control": "no-store",
};

function noteList(notes: readonly Note[]): string {
  const items = notes.map((note) => {
    const where = [
      note.line === undefined ? "" : `<strong>line ${note.line}</strong>`,
      note.path ? `<code>${escapeHtml(note.path)}</code>` : "",
    ]
      .filter(Boolean)
      .join(", ");
    return `<li>${where || "<code>(document)</code>"}: ${escapeHtml(note.message)}</li>`;
  });
  return `<ul>${items.join("")}</ul>`;
}

const PANEL_STYLE =
  "font:16px/1.5 system-ui,sans-serif;margin:1rem;padding:1rem 1.5rem;border:3px solid;border-radius:.5rem;background:Canvas;color:CanvasText";

/** A page that says what is wrong, instead of the recap: the preview never crashes on a bad save. */
function problemPage(name: string, heading: string, notes: readonly Note[], warnings: readonly Note[]): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(heading)}</title></head><body><main style="${PANEL_STYLE}"><h1>${escapeHtml(heading)}</h1><p>Fix ${escapeHtml(name)} and save: this page reloads by itself.</p>${noteList(notes)}${warnings.length ? `<h2>${count(warnings.length, "warning")}</h2>${noteList(warnings)}` : ""}</main>${RELOAD}</body></html>`;
}

interface PreviewArgs {
  input: string;
  from: Format | undefined;
  lang: string | undefined;
  maxInputSize: number;
}

/** The page for the file as it is now: the recap with its warnings and to-dos on top, or what is wrong. */
async function previewPage(args: PreviewArgs, io: CliIo): Promise<string> {
  const name = args.input;
  try {
    // Only a regular file, opened without waiting: the file replaced by a FIFO must not hang the preview.
    const input = await readInput(io, args, { regularOnly: true });
    const result = await readRecap(input, { format: formatOf(args.input, args.from, "json"), language: args.lang });
    if (!result.ok) return problemPage(name, result.refusal.heading, result.refusal.issues, result.refusal.warnings);
    const { recap, warnings, todos } = result.read;
    // Loaded when needed: the main thread, which only reads the command line, starts without React.
    const { renderRecapToHtml } = await import("../../static/renderRecapToHtml.js");
    const html = renderRecapToHtml(recap);
    const notes = [
      ...warnings.map((note) => ({ ...note, message: `warning: ${note.message}` })),
      ...todos.map((todo) => ({ ...todo, message: `to-do: ${todo.text}` })),
    ];
    const panel = notes.length
      ? `<aside style="${PANEL_STYLE}" aria-label="recap-kit preview"><strong>${count(warnings.length, "warning")}, ${count(todos.length, "to-do")}</strong>${noteList(notes)}</aside>`
      : "";
    return html.replace(/<body([^>]*)>/, (body) => `${body}${panel}`).replace("</body>", `${RELOAD}</body>`);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return problemPage(name, `${name} cannot be read`, [{ path: "", message }], []);
  }
}

function port(value: string): number {
  const number = Number(value);
  if (/^\d+$/.test(value) && number <= 65535) return number;
  throw new CliError(EXIT.usage, `--port takes a port number such as 4321 (0 for any free one), not "${shown(value)}".`);
}

/**
 * Whether a request was meant for this server: its Host is 127.0.0.1 or localhost with our port.
 * A page on a DNS-rebinding domain reaches 127.0.0.1 too, but with its own name as the Host.
 */
function forThisServer(request: IncomingMessage, listening: number): boolean {
  const host = request.headers.host?.toLowerCase();
  return host === `127.0.0.1:${listening}` || host === `localhost:${listening}`;
}

function answer(response: ServerResponse, status: number, type: string, body: string, head = false): void {
  response.writeHead(status, { ...SECURITY_HEADERS, "content-type": type, "content-length": Buffer.byteLength(body) });
  response.end(head ? undefined : body);
}

const TEXT = "text/plain; charset=utf-8";

/**
 * `recap-kit preview FILE`: serves the rendered page on 127.0.0.1 only, to requests addressed to
 * 127.0.0.1 or localhost, re-renders it on every request, and tells the open page to reload when
 * the file is saved. Problems and warnings show in the page with their lines. It stops on Ctrl-C
 * (or when `io.signal` aborts), closing every connection.
 */
export const preview = defineCommand({
  name: "preview",
  operand: "<input>",
  options: [option({ flag: "--port", key: "port", value: "<number>", parse: port }), lang, from, maxInputSize],
  description: `serves the rendered page on http://127.0.0.1:${DEFAULT_PREVIEW_PORT}/ (loopback only), re-renders it when the file is saved (the page reloads by itself) and shows problems and warnings in the page with their lines. Ctrl-C stops it.`,
  // Rendering a big recap takes a while: in a worker, Ctrl-C is still answered at once.
  long: true,
  onSignal: "stop",
  async run(args, io) {
    // A file that is not there is said at once, as the other commands do.
    await readInputFile(resolve(io.cwd, args.input), args.input, args.maxInputSize, { regularOnly: true });
    const clients = new Set<ServerResponse>();
    let listening = 0;
    const server = createServer(
      {
        headersTimeout: PREVIEW_TIMEOUTS.headers,
        requestTimeout: PREVIEW_TIMEOUTS.request,
        keepAliveTimeout: PREVIEW_TIMEOUTS.keepAlive,
        connectionsCheckingInterval: PREVIEW_TIMEOUTS.checkEvery,
      },
      (request, response) => {
        const head = request.method === "HEAD";
        if (!forThisServer(request, listening))
          return answer(response, 421, TEXT, `Misdirected request: the preview answers only http://127.0.0.1:${listening}/.`, head);
        if (request.method !== "GET" && !head) {
          response.setHeader("allow", "GET, HEAD");
          return answer(response, 405, TEXT, "Method not allowed: the preview is read with GET.");
        }
        if (request.url === "/events") {
          response.writeHead(200, { ...SECURITY_HEADERS, "content-type": "text/event-stream" });
          response.write(": connected\n\n");
          clients.add(response);
          request.on("close", () => clients.delete(response));
          return;
        }
        if (request.url !== "/" && request.url !== "/index.html")
          return answer(response, 404, TEXT, "Not found: the preview is at /.", head);
        void previewPage(args, io).then((html) => answer(response, 200, "text/html; charset=utf-8", html, head));
      },
    );
    listening = await new Promise<number>((done, fail) => {
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
    io.stderr(`recap-kit: previewing ${shown(args.input)} at http://127.0.0.1:${listening}/ (it reloads when you save; Ctrl-C stops it)\n`);
    await new Promise<void>((done) => {
      const stop = () => done();
      if (io.signal?.aborted) return stop();
      io.signal?.addEventListener("abort", stop, { once: true });
      if (!io.signal) process.once("SIGINT", stop);
    });
    clearTimeout(timer);
    watcher?.close();
    for (const client of clients) client.end();
    clients.clear();
    server.closeAllConnections();
    await new Promise((done) => server.close(done));
    io.stderr("recap-kit: preview stopped.\n");
  },
});
