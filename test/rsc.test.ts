// @vitest-environment node
import { execFileSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import { resolve } from "node:path";
import { build } from "esbuild";
import { beforeAll, describe, expect, it } from "vitest";
import raw from "./fixtures/kubecon-eu-2021.recap.json" with { type: "json" };

const root = process.cwd();
const out = resolve(root, "node_modules/.cache/recap-kit-rsc");
const library = resolve(out, "recap-kit.mjs");

function renderFlight(fixture: string): { errors: string[]; flight: string } {
  const output = execFileSync(
    process.execPath,
    ["--conditions", "react-server", resolve(root, "test/rsc/render-flight.mjs"), library, fixture],
    {
      cwd: root,
      encoding: "utf8",
      env: { ...process.env, NODE_ENV: "production" },
    },
  );
  return JSON.parse(output);
}

describe("React Server Components", () => {
  beforeAll(async () => {
    mkdirSync(out, { recursive: true });
    // The library's source, bundled with the react-server condition, as a framework would.
    await build({
      entryPoints: [resolve(root, "src/index.ts")],
      outfile: library,
      bundle: true,
      format: "esm",
      platform: "node",
      conditions: ["react-server"],
      external: ["react", "react/*", "react-dom", "react-dom/*"],
      logLevel: "error",
    });
  });

  it("renders the whole RecapArticle, structured data included, with the server-components renderer, no client code needed", () => {
    const { errors, flight } = renderFlight(resolve(root, "test/fixtures/kubecon-eu-2021.recap.json"));
    expect(errors).toEqual([]);
    for (const session of raw.sessions) expect(flight).toContain(JSON.stringify(session.title).slice(1, -1));
    expect(flight).toContain("application/ld+json");
    // A client component would appear as a client reference ("I" row); there are none.
    expect(flight).not.toMatch(/^[0-9a-f]+:I\[/m);
  });

  it("renders the German recap over two days as well", () => {
    const { errors, flight } = renderFlight(resolve(root, "test/fixtures/cloudtage-hamburg-2024.de.recap.json"));
    expect(errors).toEqual([]);
    expect(flight).toContain("Dienstag, 10. September 2024");
  });
});
