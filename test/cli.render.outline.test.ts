// `render --embed`, `--heading-level` and `--no-title` (issue 21): the command line's way to the
// embed and to an outline that fits under a page's own headings.
import { describe, expect, it } from "vitest";
import raw from "./fixtures/kubecon-eu-2021.recap.json" with { type: "json" };
import { parseHtml } from "./support/arbitraries.js";
import { cliSandbox } from "./support/cli.js";

const fixture = JSON.stringify(raw);
const { title } = raw;

const headings = (html: string) =>
  [...parseHtml(html).querySelectorAll("h1, h2, h3, h4, h5, h6")].map(
    (heading) => `${heading.tagName.toLowerCase()} ${heading.textContent}`,
  );

describe("recap-kit render: the outline and the embed", () => {
  const sandbox = cliSandbox("outline");

  it("--embed writes one self-contained element with its styles in a declarative shadow root", async () => {
    const input = sandbox.write("recap.json", fixture);
    const { code, stdout, stderr } = await sandbox.cli(["render", input, "--embed"]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^<recap-kit-embed><template shadowrootmode="open"><style>/);
    expect(stdout).toMatch(/<\/style><div class="rk-Embed"><article [^>]*class="rk-RecapArticle"/);
    expect(stdout.trimEnd()).toMatch(/<\/template><\/recap-kit-embed>$/);
    expect(stdout).not.toContain("<html");
    expect(stderr).toMatch(/^recap-kit: wrote standard output: /);
  });

  it("--heading-level 2 puts the title at h2 and everything under it a level down", async () => {
    const input = sandbox.write("recap.json", fixture);
    const alone = headings((await sandbox.cli(["render", input, "--fragment"])).stdout);
    const under = headings((await sandbox.cli(["render", input, "--fragment", "--heading-level", "2"])).stdout);
    expect(alone[0]).toBe(`h1 ${title}`);
    expect(under[0]).toBe(`h2 ${title}`);
    expect(under.filter((heading) => heading.startsWith("h1"))).toEqual([]);
    // The same headings, each one level lower.
    expect(under).toEqual(alone.map((heading) => heading.replace(/^h(\d)/, (_, level) => `h${Math.min(6, Number(level) + 1)}`)));
  });

  it("--no-title leaves the title to the page and keeps the dates and the reading time", async () => {
    const input = sandbox.write("recap.json", fixture);
    const { code, stdout } = await sandbox.cli(["render", input, "--embed", "--no-title", "--heading-level", "1"]);
    expect(code).toBe(0);
    expect(headings(stdout).some((heading) => heading.endsWith(title))).toBe(false);
    expect(stdout).toMatch(/<time dateTime="2021-05-04">/);
    expect(stdout).toMatch(/min read/);
  });

  it.each([
    [["--fragment", "--embed"], /--fragment and --embed are two different outputs/],
    [["--heading-level", "7"], /--heading-level takes a heading level from 1 to 6/],
    [["--heading-level", "h2"], /--heading-level takes a heading level from 1 to 6/],
  ])("refuses %j as wrong usage (exit 1)", async (options, message) => {
    const input = sandbox.write("recap.json", fixture);
    const { code, stderr } = await sandbox.cli(["render", input, ...options]);
    expect(code).toBe(1);
    expect(stderr).toMatch(message);
  });
});
