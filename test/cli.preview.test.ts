// @vitest-environment node
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { rmSync } from "node:fs";
import { connect } from "node:net";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { PREVIEW_TIMEOUTS } from "../src/cli/commands/preview.js";
import { EXIT, runCli } from "../src/cli/run.js";
import { cliSandbox } from "./support/cli.js";

// preview listens on 127.0.0.1, but a page on a DNS-rebinding domain reaches 127.0.0.1 too (its
// name resolved there), with its own name as the Host: it read the whole draft with fetch("/")
// and opened /events. Now only requests addressed to 127.0.0.1 or localhost with the preview's
// port are answered; the page cannot be framed; idle connections are closed; a FIFO swapped in
// for the file is said in the page instead of hanging the preview for good.

const sandbox = cliSandbox("preview");
const { cli, write } = sandbox;
const recap = JSON.stringify({ title: "A recap", event: { name: "PyCon" }, sessions: [{ title: "Opening", speakers: [{ name: "Ada" }] }] });

let stops: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  await Promise.all(stops.map((stop) => stop()));
  stops = [];
});

/** Starts the preview on a free port; resolves with that port once it listens. */
async function start(file: string) {
  const controller = new AbortController();
  let stderr = "";
  let ready: (port: number) => void = () => {};
  const listening = new Promise<number>((resolve) => {
    ready = resolve;
  });
  const done = runCli(["preview", file, "--port", "0"], {
    cwd: sandbox.dir,
    readStdin: async () => new Uint8Array(),
    stdout: () => {},
    stderr: (text) => {
      stderr += text;
      const port = /127\.0\.0\.1:(\d+)\//.exec(text)?.[1];
      if (port) ready(Number(port));
    },
    env: {},
    signal: controller.signal,
  });
  const stop = () => {
    controller.abort();
    return done;
  };
  stops.push(stop);
  return { port: await listening, stop, done, stderr: () => stderr };
}

interface RawResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** One request as written on the wire, Host header and all; the answer as read back. */
function raw(port: number, head: string): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, "127.0.0.1");
    let data = "";
    socket.on("data", (chunk) => {
      data += chunk.toString();
      const end = data.indexOf("\r\n\r\n");
      if (end < 0) return;
      const [statusLine = "", ...lines] = data.slice(0, end).split("\r\n");
      const headers = Object.fromEntries(
        lines.map((line) => [line.slice(0, line.indexOf(":")).toLowerCase(), line.slice(line.indexOf(":") + 1).trim()]),
      );
      const length = Number(headers["content-length"] ?? Number.NaN);
      const body = data.slice(end + 4);
      if (Number.isNaN(length) || Buffer.byteLength(body) >= length) {
        socket.destroy();
        resolve({ status: Number(statusLine.split(" ")[1]), headers, body });
      }
    });
    socket.on("error", reject);
    socket.write(head);
  });
}

/** A GET with the Host given; without one, as HTTP/1.0 (Node itself refuses HTTP/1.1 without a Host, with 400). */
const get = (port: number, path: string, host: string | undefined) =>
  raw(port, host === undefined ? `GET ${path} HTTP/1.0\r\n\r\n` : `GET ${path} HTTP/1.1\r\nHost: ${host}\r\nConnection: close\r\n\r\n`);

describe("recap-kit preview answers only requests addressed to it", () => {
  it.each(["/", "/events", "/index.html", "/elsewhere"])("refuses %s with 421 for a forged Host, or none", async (path) => {
    write("recap.json", recap);
    const { port } = await start("recap.json");
    for (const host of [
      `rebind.attacker.example:${port}`,
      "rebind.attacker.example",
      "127.0.0.1",
      `127.0.0.1:${port + 1}`,
      `127.0.0.1.nip.io:${port}`,
      undefined,
    ]) {
      const response = await get(port, path, host);
      expect(response.status, `Host: ${host}`).toBe(421);
      expect(response.body).not.toContain("A recap");
      expect(response.headers["content-type"]).toBe("text/plain; charset=utf-8");
    }
  });

  it("answers 127.0.0.1 and localhost with its port, in any case", async () => {
    write("recap.json", recap);
    const { port } = await start("recap.json");
    for (const host of [`127.0.0.1:${port}`, `localhost:${port}`, `LocalHost:${port}`]) {
      const response = await get(port, "/", host);
      expect(response.status).toBe(200);
      expect(response.body).toContain("A recap");
    }
  });

  it("answers only GET and HEAD", async () => {
    write("recap.json", recap);
    const { port } = await start("recap.json");
    const posted = await raw(port, `POST / HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n`);
    expect(posted.status).toBe(405);
    expect(posted.headers.allow).toBe("GET, HEAD");
  });
});

describe("recap-kit preview cannot be framed, and its page runs only its own script", () => {
  it("sends X-Frame-Options and a CSP with frame-ancestors 'none' on every answer", async () => {
    write("recap.json", recap);
    const { port } = await start("recap.json");
    const answers = [
      await get(port, "/", `127.0.0.1:${port}`),
      await get(port, "/elsewhere", `127.0.0.1:${port}`),
      await get(port, "/", "evil.example"),
    ];
    expect(answers.map((answer) => answer.status)).toEqual([200, 404, 421]);
    for (const { headers } of answers) {
      expect(headers["x-frame-options"]).toBe("DENY");
      expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
      expect(headers["content-security-policy"]).toContain("default-src 'none'");
      expect(headers["x-content-type-options"]).toBe("nosniff");
    }
  });

  it("allows exactly the reload script the page carries, by its hash, and its connection to /events", async () => {
    write("recap.json", recap);
    const { port } = await start("recap.json");
    const page = await get(port, "/", `127.0.0.1:${port}`);
    const policy = page.headers["content-security-policy"] ?? "";
    // Every executable script of the page (JSON-LD is data, not run) is allowed by its hash.
    const scripts = [...page.body.matchAll(/<script>([^<]*)<\/script>/g)].map((match) => match[1] as string);
    expect(scripts).toHaveLength(1);
    for (const script of scripts) expect(policy).toContain(`'sha256-${createHash("sha256").update(script).digest("base64")}'`);
    expect(scripts[0]).toContain('new EventSource("/events")');
    expect(policy).toContain("connect-src 'self'");
    expect(policy).not.toContain("unsafe-eval");
    expect(policy).not.toMatch(/script-src[^;]*unsafe-inline/);
  });
});

describe("recap-kit preview and what can hold it", () => {
  it.skipIf(process.platform === "win32")("says in the page that its file was replaced by a FIFO, and goes on serving", async () => {
    write("recap.json", recap);
    const { port } = await start("recap.json");
    rmSync(join(sandbox.dir, "recap.json"));
    execFileSync("mkfifo", [join(sandbox.dir, "recap.json")]);
    const started = performance.now();
    const page = await get(port, "/", `127.0.0.1:${port}`);
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(page.status).toBe(200);
    expect(page.body).toContain("recap.json cannot be read");
    expect(page.body).toContain("is a named pipe (FIFO), not a file");
    rmSync(join(sandbox.dir, "recap.json"));
    write("recap.json", recap);
    expect((await get(port, "/", `127.0.0.1:${port}`)).body).toContain("A recap");
  });

  it("refuses a FIFO at once when started on one, exit 2", async () => {
    execFileSync("mkfifo", [join(sandbox.dir, "pipe.json")]);
    expect(await cli(["preview", "pipe.json"])).toEqual({
      code: EXIT.unreadableInput,
      stdout: "",
      stderr: "recap-kit: pipe.json is a named pipe (FIFO), not a file: preview reads a file, again at every save.\n",
    });
  });

  it("closes a connection that sends nothing, and one kept alive with nothing more to ask", async () => {
    write("recap.json", recap);
    const { port } = await start("recap.json");
    const closedAfter = (send: string) =>
      new Promise<number>((resolve) => {
        const socket = connect(port, "127.0.0.1");
        const opened = performance.now();
        socket.on("data", () => {});
        socket.on("close", () => resolve(performance.now() - opened));
        socket.write(send);
      });
    const [silent, keptAlive] = await Promise.all([closedAfter(""), closedAfter(`GET / HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\n\r\n`)]);
    const slack = PREVIEW_TIMEOUTS.checkEvery + 2_000;
    expect(silent).toBeLessThan(PREVIEW_TIMEOUTS.headers + slack);
    expect(keptAlive).toBeLessThan(PREVIEW_TIMEOUTS.keepAlive + slack);
  }, 20_000);

  it("closes its event streams when it stops", async () => {
    write("recap.json", recap);
    const preview = await start("recap.json");
    const response = await fetch(`http://127.0.0.1:${preview.port}/events`);
    expect(response.headers.get("content-type")).toBe("text/event-stream");
    const reader = response.body?.getReader();
    const first = await reader?.read();
    expect(new TextDecoder().decode(first?.value)).toContain(": connected");
    const ended = (async () => {
      for (;;) if ((await reader?.read())?.done) return true;
    })();
    expect(await preview.stop()).toBe(EXIT.ok);
    expect(await ended).toBe(true);
    expect(preview.stderr()).toMatch(/preview stopped\.\n$/);
  });
});
