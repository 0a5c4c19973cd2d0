// Child processes of the consumer tests: commands that must succeed, and servers that must be
// torn down whatever happens. Output goes to a log file; a failure quotes its last lines.
import { spawn } from "node:child_process";
import { createWriteStream, mkdirSync, readFileSync } from "node:fs";
import { createServer } from "node:net";
import { join } from "node:path";

const servers = new Set();

/** The last lines of a log file, for a failure message. */
export function tail(file, lines = 25) {
  try {
    return readFileSync(file, "utf8").trimEnd().split("\n").slice(-lines).join("\n");
  } catch {
    return "(no output)";
  }
}

function logFile(logDir, name) {
  mkdirSync(logDir, { recursive: true });
  return join(logDir, `${name.replace(/[^\w.-]+/g, "_")}.log`);
}

/**
 * Runs a command to completion. Resolves with its output (stdout and stderr interleaved), rejects
 * with the command, its exit code and the end of its output.
 * @param {string} command @param {string[]} args
 * @param {{ cwd: string, env?: Record<string, string | undefined>, logDir: string, name: string, timeoutMs?: number }} options
 * @returns {Promise<string>}
 */
export function run(command, args, { cwd, env, logDir, name, timeoutMs = 15 * 60_000 }) {
  const file = logFile(logDir, name);
  const log = createWriteStream(file);
  let output = "";
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"], detached: true });
    const timer = setTimeout(() => killGroup(child), timeoutMs);
    for (const stream of [child.stdout, child.stderr]) {
      stream.on("data", (chunk) => {
        output += chunk;
        log.write(chunk);
      });
    }
    child.on("error", (error) => {
      clearTimeout(timer);
      log.end();
      reject(new Error(`${command} ${args.join(" ")} could not start: ${error.message}`));
    });
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      log.end(() => {
        if (code === 0) resolve(output);
        else {
          const how = signal ? `was stopped (${signal}${signal === "SIGTERM" ? ", time-out?" : ""})` : `exited with ${code}`;
          const error = new Error(`\`${command} ${args.join(" ")}\` in ${cwd} ${how}; log ${file}:\n${tail(file)}`);
          reject(Object.assign(error, { output }));
        }
      });
    });
  });
}

function killGroup(child, signal = "SIGTERM") {
  if (child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, signal); // the server and every worker it started
  } catch {
    child.kill(signal);
  }
}

/** A port that is free on 127.0.0.1 right now. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = /** @type {import("node:net").AddressInfo} */ (server.address());
      server.close(() => resolve(port));
    });
  });
}

/**
 * Starts a server and waits until `readyPath` answers 200. The server is stopped by `stop()` or,
 * at the latest, by stopAllServers() when the run ends.
 * @param {string} command @param {string[]} args
 * @param {{ cwd: string, env?: Record<string, string | undefined>, logDir: string, name: string, port: number, readyPath?: string, timeoutMs?: number }} options
 */
export async function startServer(command, args, { cwd, env, logDir, name, port, readyPath = "/", timeoutMs = 120_000 }) {
  const file = logFile(logDir, name);
  const log = createWriteStream(file);
  const child = spawn(command, args, { cwd, env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"], detached: true });
  child.stdout.pipe(log);
  child.stderr.pipe(log);
  const exited = new Promise((resolve) => child.on("exit", (code, signal) => resolve({ code, signal })));
  const server = {
    url: `http://127.0.0.1:${port}`,
    log: file,
    async stop() {
      servers.delete(server);
      killGroup(child);
      const timer = setTimeout(() => killGroup(child, "SIGKILL"), 5000);
      await exited;
      clearTimeout(timer);
    },
  };
  servers.add(server);
  const deadline = Date.now() + timeoutMs;
  let early;
  exited.then((status) => {
    early = status;
  });
  while (Date.now() < deadline) {
    if (early) {
      servers.delete(server);
      throw new Error(`${name} exited (${early.signal ?? early.code}) before it answered; log ${file}:\n${tail(file)}`);
    }
    try {
      const response = await fetch(`${server.url}${readyPath}`, { signal: AbortSignal.timeout(30_000) });
      if (response.ok) return server;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  await server.stop();
  throw new Error(`${name} did not answer ${server.url}${readyPath} within ${timeoutMs / 1000} s; log ${file}:\n${tail(file)}`);
}

/** Stops every server still running: called when the run ends, whatever happened. */
export async function stopAllServers() {
  await Promise.all([...servers].map((server) => server.stop()));
}

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript",
  ".mjs": "text/javascript",
  ".css": "text/css",
  ".json": "application/json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".woff2": "font/woff2",
  ".ico": "image/x-icon",
};

/**
 * Serves a built directory on 127.0.0.1 (a random free port), as any static host would:
 * `/` is index.html, a path without extension tries `<path>.html`.
 * @param {string} root
 */
export async function serveStatic(root) {
  const { createServer: createHttpServer } = await import("node:http");
  const { readFile } = await import("node:fs/promises");
  const { extname, normalize, resolve, sep } = await import("node:path");
  const base = resolve(root);
  const http = createHttpServer(async (request, response) => {
    const { pathname } = new URL(request.url ?? "/", "http://localhost");
    const candidates = pathname.endsWith("/") ? [`${pathname}index.html`] : [pathname, `${pathname}.html`];
    for (const candidate of candidates) {
      const file = normalize(join(base, decodeURIComponent(candidate)));
      if (file !== base && !file.startsWith(base + sep)) break;
      try {
        const body = await readFile(file);
        response.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" }).end(body);
        return;
      } catch {
        // try the next candidate
      }
    }
    response.writeHead(404, { "content-type": "text/plain" }).end("not found");
  });
  await new Promise((resolveListen) => http.listen(0, "127.0.0.1", () => resolveListen(undefined)));
  const { port } = /** @type {import("node:net").AddressInfo} */ (http.address());
  const server = {
    url: `http://127.0.0.1:${port}`,
    log: "",
    async stop() {
      servers.delete(server);
      http.closeAllConnections();
      await new Promise((resolveClose) => http.close(() => resolveClose(undefined)));
    },
  };
  servers.add(server);
  return server;
}
