// @vitest-environment node
// `recap-kit parse` (issue 22, item 3): the parsed recap as JSON for any other stack, which
// components take as it is once its every value is checked.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { isParsedRecap, parseRecap } from "../src/index.js";
import { renderRecapToHtml } from "../src/static/index.js";
import { cliSandbox } from "./support/cli.js";

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), "utf8");

describe("recap-kit parse", () => {
  const sandbox = cliSandbox("parse");

  it("writes the parsed recap as JSON: what parseRecap makes, recognised as parsed, rendering the same page", async () => {
    const input = sandbox.write("recap.json", fixture("kubecon-eu-2021.recap.json"));
    const { code, stderr } = await sandbox.cli(["parse", input, "-o", "recap.parsed.json"]);
    const expected = parseRecap(JSON.parse(fixture("kubecon-eu-2021.recap.json")));
    expect(code).toBe(0);
    expect(stderr).toBe(`recap-kit: wrote recap.parsed.json: a parsed recap, ${expected.sessions.length} sessions, 0 warnings.\n`);
    const parsed: unknown = JSON.parse(readFileSync(join(sandbox.dir, "recap.parsed.json"), "utf8"));
    expect(parsed).toEqual(JSON.parse(JSON.stringify(expected)));
    expect(isParsedRecap(parsed)).toBe(true);
    expect(renderRecapToHtml(parsed)).toBe(renderRecapToHtml(expected));
  });

  it("reads Markdown, and refuses an invalid recap as check does (exit 4, nothing written)", async () => {
    const input = sandbox.write("recap.md", fixture("kubecon-eu-2021.recap.md"));
    const { code, stdout } = await sandbox.cli(["parse", input]);
    expect(code).toBe(0);
    expect(isParsedRecap(JSON.parse(stdout))).toBe(true);
    const broken = sandbox.write("broken.json", JSON.stringify({ title: "T", sessions: [] }));
    const refused = await sandbox.cli(["parse", broken, "-o", "out.json"]);
    expect(refused.code).toBe(4);
    expect(refused.stderr).toMatch(/event: is missing/);
    expect(() => readFileSync(join(sandbox.dir, "out.json"))).toThrow();
  });
});
