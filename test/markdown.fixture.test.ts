import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parseRecapMarkdown, toRecapMarkdown } from "../src/markdown/index.js";
import { parseRecap } from "../src/parse/parseRecap.js";
import raw from "./fixtures/kubecon-eu-2021.recap.json" with { type: "json" };

// Resolved with node:path: jsdom's URL does not resolve file: URLs.
const markdown = readFileSync(join(dirname(fileURLToPath(import.meta.url)), "fixtures/kubecon-eu-2021.recap.md"), "utf8");

describe("the real KubeCon Europe 2021 recap in Markdown", () => {
  it("reads to exactly what parseRecap makes of the JSON", () => {
    expect(parseRecapMarkdown(markdown)).toStrictEqual(parseRecap(raw));
  });

  it("is what toRecapMarkdown writes for the JSON, so the writer's output is the documented form", () => {
    expect(toRecapMarkdown(parseRecap(raw))).toBe(markdown);
  });

  it("reads as a document a writer would write: bylines, details and marked sections in prose, no YAML blocks", () => {
    const lines = markdown.split("\n");
    expect(lines).toContain("## Hacking into Kubernetes Security");
    expect(lines).toContain("- Speakers: Ellen Körbes, Tilt & Tabitha Sable, Datadog");
    expect(lines).toContain("- Speakers: Michael Medellin & Gordon Tillman, Department of Defense");
    expect(lines).toContain("- Track: ServiceMeshCon 2021");
    expect(lines).toContain("- Repo: [Kuma on GitHub](https://github.com/kumahq/kuma)");
    expect(lines).toContain("## What others have also read {.related-reads}");
    expect(lines).toContain("## Want to dive deeper into this topic? {.call-to-action}");
    expect(lines).toContain("- Button: Get in touch");
    expect(markdown).not.toContain("```");
    // Session ids are all derived from the titles, so none is written.
    expect(markdown).not.toMatch(/\{#/);
  });

  it("still reads the same with Windows line endings and a byte-order mark", () => {
    expect(parseRecapMarkdown(`\uFEFF${markdown.replace(/\n/g, "\r\n")}`)).toStrictEqual(parseRecap(raw));
  });
});
