// A released version's notes are what its users read when they upgraded: never edited afterwards
// (corrections go in a changeset of the next release). Each "## x.y.z" section of CHANGELOG.md must
// read exactly as the commit that added it (`changeset version`'s "Version x.y.z" commit) wrote it.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const git = (...args: string[]) => execFileSync("git", args, { cwd: root, encoding: "utf8" });

/** The sections of a changelog by version. */
function sections(changelog: string): Map<string, string> {
  const found = new Map<string, string>();
  const parts = changelog.split(/^## /m).slice(1);
  for (const part of parts) found.set(part.slice(0, part.indexOf("\n")).trim(), `## ${part}`.trimEnd());
  return found;
}

const current = sections(readFileSync(join(root, "CHANGELOG.md"), "utf8"));

describe("CHANGELOG.md", () => {
  it("has released versions", () => {
    expect([...current.keys()]).toContain("0.2.0");
  });

  it.each([...current.keys()])("keeps %s's notes as they were released", (version) => {
    const commit = git("log", "--reverse", "--format=%H", `-S## ${version}\n`, "--", "CHANGELOG.md").split("\n")[0] ?? "";
    expect(commit, `no commit adding "## ${version}" in this clone's history (a shallow clone?)`).not.toBe("");
    const released = sections(git("show", `${commit}:CHANGELOG.md`)).get(version);
    expect(current.get(version)).toBe(released);
  });
});
