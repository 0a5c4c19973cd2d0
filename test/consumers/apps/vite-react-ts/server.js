// The production server: renders the app to HTML in Node with the packed recap-kit (the SSR
// bundle keeps node_modules external), and serves the client build for hydration.
import { readFile } from "node:fs/promises";
import { createServer } from "node:http";
import { extname, join, normalize } from "node:path";

const dist = new URL("./dist/", import.meta.url).pathname;
const template = await readFile(join(dist, "client/index.html"), "utf8");
const { render, routes } = await import("./dist/server/entry-server.js");
const TYPES = { ".js": "text/javascript", ".css": "text/css", ".svg": "image/svg+xml", ".json": "application/json" };

const server = createServer(async (request, response) => {
  const { pathname } = new URL(request.url ?? "/", "http://localhost");
  try {
    if (routes.includes(pathname)) {
      const html = template.replace("<!--app-html-->", await render(pathname));
      response.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(html);
      return;
    }
    const file = normalize(join(dist, "client", pathname));
    if (!file.startsWith(join(dist, "client/")) || file.endsWith(".html")) throw Object.assign(new Error(), { code: "ENOENT" });
    const body = await readFile(file);
    response.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" }).end(body);
  } catch (error) {
    response.writeHead(error?.code === "ENOENT" ? 404 : 500).end(error?.code === "ENOENT" ? "not found" : String(error));
  }
});
server.listen(Number(process.env.PORT ?? 3000), "127.0.0.1", () => console.log(`listening on ${JSON.stringify(server.address())}`));
