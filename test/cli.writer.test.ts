// @vitest-environment node
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { EXIT, runCli } from "../src/cli/run.js";
import { cliSandbox } from "./support/cli.js";

const sandbox = cliSandbox("writer");
const { cli, write } = sandbox;
const fixture = (name: string) => readFileSync(resolve(process.cwd(), "test/fixtures", name), "utf8");

/** A recap with the writer's usual slips: a misspelled key, a speaker line read one of two ways, a detail that is not one. */
const slips = [
  "---",
  "title: Our highlights",
  "pubishedAt: 2023-05-01",
  "event:",
  "  name: PyCon US",
  "---",
  "",
  "## A session",
  "",
  "- Speakers: Jane Doe (Acme)",
  "- Slide: https://x.example/s.pdf",
  "",
  "What it was about.",
  "",
].join("\n");

describe("recap-kit render and the writer's slips", () => {
  it("prints every warning with its line to standard error, still writes the page, and ends with what it wrote", async () => {
    write("recap.md", slips);
    const result = await cli(["render", "recap.md", "-o", "recap.html"]);
    expect(result.code).toBe(EXIT.ok);
    expect(result.stderr).toContain("recap-kit: warning: recap.md: 3 warnings:\n");
    expect(result.stderr).toContain('  - line 3, pubishedAt: is not a field of a recap, so it is left out. Did you mean "publishedAt"?');
    expect(result.stderr).toContain('  - line 10, sessions[0].speakers: "Jane Doe (Acme)" was read as Jane Doe — Acme');
    expect(result.stderr).toContain(
      '  - line 11, sessions[0]: "Slide" is not a session detail, so this line is left out. Did you mean "Slides"?',
    );
    expect(result.stderr.trimEnd().split("\n").at(-1)).toBe("recap-kit: wrote recap.html: 1 session, 0 related reads, 3 warnings.");
    expect(readFileSync(join(sandbox.dir, "recap.html"), "utf8")).toContain("A session");
  });

  it("with --strict refuses warnings: exit 4, every one with its line, and nothing written", async () => {
    write("recap.md", slips);
    const result = await cli(["render", "recap.md", "--strict", "-o", "recap.html"]);
    expect(result.code).toBe(EXIT.invalidDocument);
    expect(result.stderr).toMatch(/^recap-kit: recap\.md is not a valid recap document \(3 problems\):\n {2}- line 3, pubishedAt:/);
    expect(result.stderr).toContain("(--strict: warnings and to-dos count as problems.)");
    expect(existsSync(join(sandbox.dir, "recap.html"))).toBe(false);
  });

  it("warns about a misspelled field in JSON too, which used to vanish", async () => {
    write("recap.json", JSON.stringify({ title: "T", event: { name: "E" }, sessions: [{ title: "S", speakers: [], sumary: "Lost?" }] }));
    const result = await cli(["render", "recap.json", "-o", "recap.html"]);
    expect(result.code).toBe(EXIT.ok);
    expect(result.stderr).toContain('  - sessions[0].sumary: is not a field of a session, so it is left out. Did you mean "summary"?');
  });
});

describe("recap-kit check", () => {
  it("writes nothing and shows how the document was read: sessions with name — organisation — role, links, warnings", async () => {
    write("recap.md", slips);
    const before = readFileSync(join(sandbox.dir, "recap.md"), "utf8");
    const result = await cli(["check", "recap.md"]);
    expect(result.code).toBe(EXIT.ok);
    expect(result.stdout).toContain("recap.md is a valid recap. This is how it was read:");
    expect(result.stdout).toContain("  1. A session #a-session\n     speaker: Jane Doe — Acme\n");
    expect(result.stdout).toContain("Warnings (3):\n  - line 3, pubishedAt:");
    expect(readFileSync(join(sandbox.dir, "recap.md"), "utf8")).toBe(before);
  });

  it("lists the real recap's sessions and links, and says when there is nothing to do", async () => {
    write("kubecon.md", fixture("kubecon-eu-2021.recap.md"));
    const result = await cli(["check", "kubecon.md"]);
    expect(result.code).toBe(EXIT.ok);
    expect(result.stdout).toMatch(/^kubecon\.md is a valid recap, with nothing left to do\./);
    expect(result.stdout).toContain("     speaker: Marco Palladino — Kong");
    expect(result.stdout).toContain("To-dos: none.\n\nWarnings: none.");
  });

  it("exits 4 with every problem and its line for a broken draft, and with --strict for warnings", async () => {
    write("broken.md", slips.replace("title: Our highlights\n", ""));
    const broken = await cli(["check", "broken.md"]);
    expect(broken.code).toBe(EXIT.invalidDocument);
    expect(broken.stderr).toContain("  - line 1, title: is missing.");
    write("recap.md", slips);
    expect((await cli(["check", "recap.md", "--strict"])).code).toBe(EXIT.invalidDocument);
  });
});

describe("recap-kit new", () => {
  it("writes a starter that check passes as it is, listing its to-dos, and that --strict refuses until they are written", async () => {
    const made = await cli(["new", "recap.md", "--title", "Our KubeCon: highlights", "--event", "KubeCon EU"]);
    expect(made.code).toBe(EXIT.ok);
    expect(made.stderr).toBe("recap-kit: wrote recap.md, a starter recap. Write its TODO: texts, then: recap-kit check recap.md\n");
    const starter = readFileSync(join(sandbox.dir, "recap.md"), "utf8");
    for (const section of ["{.takeaways}", "{.outro}", "{.related-reads}", "{.call-to-action}", "### Key takeaways", "- Button:"])
      expect(starter).toContain(section);
    const checked = await cli(["check", "recap.md"]);
    expect(checked.code).toBe(EXIT.ok);
    expect(checked.stdout).toContain("Title: Our KubeCon: highlights\nEvent: KubeCon EU");
    expect(checked.stdout).toMatch(/To-dos \(\d+\), to write before publishing:\n {2}- line 7, authors\[0\]\.name: TODO: your name\n/);
    expect(checked.stdout).toMatch(/\n {2}- line \d+, intro\[0\]: TODO: the intro/);
    expect(checked.stdout).toContain("Warnings: none.");
    expect((await cli(["check", "recap.md", "--strict"])).code).toBe(EXIT.invalidDocument);
  });

  it("never replaces a file that is there, unless --force", async () => {
    write("recap.md", "mine");
    const result = await cli(["new", "recap.md"]);
    expect(result).toEqual({
      code: EXIT.unwritableOutput,
      stdout: "",
      stderr:
        "recap-kit: recap.md is already there, and recap-kit never replaces a file unless told to: choose another -o, or add --force to replace it.\n",
    });
    expect(readFileSync(join(sandbox.dir, "recap.md"), "utf8")).toBe("mine");
    expect((await cli(["new", "recap.md", "--force"])).code).toBe(EXIT.ok);
    expect(readFileSync(join(sandbox.dir, "recap.md"), "utf8")).toMatch(/^---\n/);
  });
});

describe("recap-kit import", () => {
  const sessionize = () => fixture("import/cloud-native-days-iberia-2024.sessionize.json");
  const schedule = () => fixture("import/datenfest-leipzig-2025.schedule.json");

  it("never replaces a draft that is there, unless --force; a choice that matches nothing writes nothing", async () => {
    write("programme.json", sessionize());
    write("draft.md", "my filled-in draft");
    const again = await cli(["import", "programme.json", "--sessions", "501223", "-o", "draft.md"]);
    expect(again).toEqual({
      code: EXIT.unwritableOutput,
      stdout: "",
      stderr: expect.stringMatching(/recap-kit: draft\.md is already there, and recap-kit never replaces a file unless told to: .*--force/),
    });
    expect(readFileSync(join(sandbox.dir, "draft.md"), "utf8")).toBe("my filled-in draft");
    // Nothing matches: an error, even with --force, and the draft stays.
    const none = await cli(["import", "programme.json", "--match", "blockchain", "-o", "draft.md", "--force"]);
    expect(none.code).toBe(EXIT.invalidDocument);
    expect(none.stderr).toContain('has no session with the words "blockchain" in the title');
    expect(readFileSync(join(sandbox.dir, "draft.md"), "utf8")).toBe("my filled-in draft");
    const forced = await cli(["import", "programme.json", "--sessions", "501223", "-o", "draft.md", "--force"]);
    expect(forced.code).toBe(EXIT.ok);
    expect(readFileSync(join(sandbox.dir, "draft.md"), "utf8")).toMatch(/^---\n/);
    expect(readdirSync(sandbox.dir).sort()).toEqual(["draft.md", "programme.json"]);
  });

  it("turns a Sessionize export into a Markdown draft that check reads, its to-dos listed", async () => {
    write("programme.json", sessionize());
    const result = await cli(["import", "programme.json", "-o", "draft.md"]);
    expect(result.code).toBe(EXIT.ok);
    expect(result.stderr).toMatch(
      /recap-kit: wrote draft\.md from a Sessionize export: \d+ sessions, \d+ to-dos, \d+ warnings?\. Write the to-dos, then: recap-kit check draft\.md\n$/,
    );
    const checked = await cli(["check", "draft.md"]);
    expect(checked.code).toBe(EXIT.ok);
    expect(checked.stdout).toMatch(/To-dos \(\d+\), to write before publishing:\n/);
    expect(checked.stdout).toMatch(/\n {2}- line \d+, sessions\[0\]\.summary\[0\]: TODO: what was this session about\?\n/);
  });

  it("finds the format itself, takes sessions by code, and writes JSON for a .json output", async () => {
    write("schedule.json", schedule());
    const data = JSON.parse(schedule());
    const firstDay = Object.values(data.schedule.conference.days[0].rooms as Record<string, { code: string; title: string }[]>).flat();
    const talk = firstDay.find((event) => event.code) as { code: string; title: string };
    const result = await cli(["import", "schedule.json", "--sessions", talk.code, "-o", "draft.json"]);
    expect(result.code).toBe(EXIT.ok);
    expect(result.stderr).toContain("from a pretalx/frab schedule: 1 session,");
    const draft = JSON.parse(readFileSync(join(sandbox.dir, "draft.json"), "utf8"));
    expect(draft.sessions.map((session: { title: string }) => session.title)).toEqual([talk.title]);
  });

  it("names a session that is not in the programme, writes nothing, and never a stack trace", async () => {
    write("programme.json", sessionize());
    const result = await cli(["import", "programme.json", "--sessions", "no-such-session", "-o", "draft.md"]);
    expect(result.code).toBe(EXIT.invalidDocument);
    expect(result.stderr).toMatch(
      /^recap-kit: programme\.json is not a programme export recap-kit can import \(1 problem\):\n.*no-such-session/,
    );
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(join(sandbox.dir, "draft.md"))).toBe(false);
  });

  it("gives one clear message for a file that is neither format, or cut off, and never writes over its input", async () => {
    write("recap.json", fixture("kubecon-eu-2021.recap.json"));
    const neither = await cli(["import", "recap.json", "-o", "draft.md"]);
    expect(neither.code).toBe(EXIT.invalidDocument);
    expect(neither.stderr).toBe(
      "recap-kit: recap.json is not a programme export recap-kit can import (1 problem):\n  - (document): is a recap document already, not a programme export: check it with recap-kit check, or render it with recap-kit render.\n",
    );
    write("cut.json", sessionize().slice(0, 500));
    const cut = await cli(["import", "cut.json"]);
    expect(cut).toMatchObject({
      code: EXIT.invalidJson,
      stderr: expect.stringMatching(/^recap-kit: cut\.json ends before the programme does/),
    });
    write("programme.json", sessionize());
    const over = await cli(["import", "programme.json", "-o", "programme.json"]);
    expect(over.code).toBe(EXIT.unwritableOutput);
    expect(readFileSync(join(sandbox.dir, "programme.json"), "utf8")).toBe(sessionize());
  });

  it("refuses an option the import does not know, as wrong usage", async () => {
    write("programme.json", sessionize());
    expect((await cli(["import", "programme.json", "--from", "eventbrite"])).code).toBe(EXIT.usage);
    expect((await cli(["import", "programme.json", "--time-zone", "Mars/Olympus"])).code).toBe(EXIT.usage);
  });
});

describe("recap-kit preview", () => {
  /** Starts the preview in the test's folder; resolves with its address once it listens. */
  function start(args: string[]) {
    const controller = new AbortController();
    let stderr = "";
    let ready: (url: string) => void = () => {};
    const listening = new Promise<string>((resolve) => {
      ready = resolve;
    });
    const done = runCli(["preview", ...args], {
      cwd: sandbox.dir,
      readStdin: async () => new Uint8Array(),
      stdout: () => {},
      stderr: (text) => {
        stderr += text;
        const url = /at (http:\/\/127\.0\.0\.1:\d+\/)/.exec(text)?.[1];
        if (url) ready(url);
      },
      env: {},
      signal: controller.signal,
    });
    return { listening, done, stop: () => controller.abort(), stderr: () => stderr };
  }

  /** Waits for the page's next "reload" event from the server. */
  async function nextReload(url: string): Promise<void> {
    const response = await fetch(`${url}events`);
    const reader = response.body?.getReader();
    const decoder = new TextDecoder();
    let seen = "";
    for (;;) {
      const chunk = await reader?.read();
      if (!chunk || chunk.done) throw new Error("the event stream ended");
      seen += decoder.decode(chunk.value);
      if (seen.includes("data: reload")) break;
    }
    await reader?.cancel();
  }

  it("serves the page on loopback, shows a change once the file is saved, shows problems in the page, and stops cleanly", async () => {
    write("recap.md", slips);
    const preview = start(["recap.md", "--port", "0"]);
    const url = await preview.listening;
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const first = await (await fetch(url)).text();
    expect(first).toContain("<h1");
    expect(first).toContain("A session");
    // The warnings, with their lines, on top of the page.
    expect(first).toContain("<strong>line 3</strong>, <code>pubishedAt</code>: warning: is not a field of a recap");

    const reloaded = nextReload(url);
    await new Promise((resolve) => setTimeout(resolve, 100));
    write("recap.md", slips.replace("## A session", "## A renamed session"));
    await reloaded;
    expect(await (await fetch(url)).text()).toContain("A renamed session");

    write("recap.md", slips.replace("title: Our highlights\n", ""));
    const broken = await (await fetch(url)).text();
    expect(broken).toContain("recap.md is not a valid recap document (1 problem)");
    expect(broken).toContain("<strong>line 1</strong>, <code>title</code>: is missing.");
    expect((await fetch(`${url}elsewhere`)).status).toBe(404);

    preview.stop();
    expect(await preview.done).toBe(EXIT.ok);
    expect(preview.stderr()).toMatch(/preview stopped\.\n$/);
    await expect(fetch(url)).rejects.toThrow();
  });

  it("says at once when the file is not there, as the other commands do", async () => {
    expect(await cli(["preview", "missing.md"])).toMatchObject({
      code: EXIT.unreadableInput,
      stderr: "recap-kit: missing.md does not exist.\n",
    });
  });
});
