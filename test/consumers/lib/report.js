// What the consumer tests found: each check passed or failed with a message that names the app,
// the page, the element and the values; the time of each phase; the sizes measured.

export class CheckFailure extends Error {}

/** Fails the current check with `message` unless `condition` holds. */
export function expect(condition, message) {
  if (!condition) throw new CheckFailure(message);
}

const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;

export class Report {
  /** @type {{ app: string, page: string, name: string, ok: boolean, message?: string }[]} */
  results = [];
  /** @type {{ name: string, ms: number, note?: string }[]} */
  phases = [];
  /** @type {{ app: string, what: string, raw: number, gzip: number, note: string }[]} */
  sizes = [];

  /** @type {{ host: string, site: string, os: string, lowest: Record<string, number> }[]} */
  matrix = [];

  /** One row of the contrast matrix: the lowest ratio of each kind of text on one host page in one OS. */
  matrixRow(host, site, os, lowest) {
    this.matrix.push({ host, site, os, lowest });
  }

  /** Times `fn` as one phase of the run. */
  async phase(name, fn, note) {
    const start = performance.now();
    console.log(`\n== ${name}`);
    try {
      return await fn();
    } finally {
      this.phases.push({ name, ms: performance.now() - start, note });
    }
  }

  /** Runs one check; a thrown error (a CheckFailure or anything else) fails it. */
  async check(app, page, name, fn) {
    try {
      await fn();
      this.pass(app, page, name);
    } catch (error) {
      this.fail(app, page, name, error instanceof CheckFailure ? error.message : `${error?.stack ?? error}`);
    }
  }

  pass(app, page, name) {
    this.results.push({ app, page, name, ok: true });
    console.log(`  ✓ ${app} › ${page} › ${name}`);
  }

  fail(app, page, name, message) {
    this.results.push({ app, page, name, ok: false, message });
    console.log(`  ✗ ${app} › ${page} › ${name}\n${indent(message, 6)}`);
  }

  size(app, what, raw, gzip, note = "") {
    this.sizes.push({ app, what, raw, gzip, note });
  }

  summary() {
    const failed = this.results.filter((result) => !result.ok);
    const kB = (bytes) => `${(bytes / 1024).toFixed(2)} kB`;
    if (failed.length) {
      console.log(`\n== Failed checks (${failed.length})`);
      for (const result of failed) console.log(`  ✗ ${result.app} › ${result.page} › ${result.name}\n${indent(result.message ?? "", 6)}`);
    }
    if (this.sizes.length) {
      console.log("\n== Client JavaScript added by recap-kit (minified by the app's own build; gzip level 9)");
      console.log(`  ${"app".padEnd(22)}${"what".padEnd(58)}${"raw".padStart(10)}${"gzip".padStart(10)}`);
      for (const size of this.sizes) {
        console.log(
          `  ${size.app.padEnd(22)}${size.what.padEnd(58)}${kB(size.raw).padStart(10)}${kB(size.gzip).padStart(10)}  ${size.note}`,
        );
      }
    }
    if (this.matrix.length) {
      console.log("\n== Contrast on the real background: lowest ratio of each kind (host × site theme × reader's OS)");
      const cell = (value) => (value === undefined ? "—" : `${value.toFixed(2)}${value < 4.5 ? " ✗" : ""}`).padStart(10);
      console.log(
        `  ${"host".padEnd(40)}${"site".padEnd(36)}${"OS".padEnd(7)}${"text".padStart(10)}${"muted".padStart(10)}${"link".padStart(10)}`,
      );
      for (const row of this.matrix) {
        const { text, muted, link } = row.lowest;
        console.log(`  ${row.host.padEnd(40)}${row.site.padEnd(36)}${row.os.padEnd(7)}${cell(text)}${cell(muted)}${cell(link)}`);
      }
    }
    console.log("\n== Time per phase");
    for (const phase of this.phases) console.log(`  ${phase.name.padEnd(60)}${seconds(phase.ms).padStart(9)}  ${phase.note ?? ""}`);
    const total = this.phases.reduce((sum, phase) => sum + phase.ms, 0);
    console.log(`  ${"total".padEnd(60)}${seconds(total).padStart(9)}`);
    const passed = this.results.length - failed.length;
    console.log(`\nconsumers: ${passed} passed, ${failed.length} failed`);
    return failed.length === 0 && this.results.length > 0;
  }
}

function indent(text, spaces) {
  return text
    .split("\n")
    .map((line) => `${" ".repeat(spaces)}${line}`)
    .join("\n");
}
