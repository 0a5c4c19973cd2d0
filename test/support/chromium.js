// Finds a Chromium for the browser tests: $CHROMIUM_PATH, then Debian's package, then the
// browser Playwright downloads with `npx playwright install chromium` on a contributor's laptop.
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

const SYSTEM_CHROMIUMS = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"];

/** Flags that keep Chromium quiet on a closed network and runnable as root in CI. */
export const chromiumArgs = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
  "--font-render-hinting=none",
];

/** @returns {Promise<string | undefined>} */
export async function findChromium() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : undefined;
  const system = SYSTEM_CHROMIUMS.find((path) => existsSync(path));
  if (system) return system;
  try {
    const { chromium } = await import("playwright");
    const bundled = chromium.executablePath();
    return bundled && existsSync(bundled) ? bundled : undefined;
  } catch {
    return undefined;
  }
}

export const missingChromiumMessage =
  "recap-kit: no Chromium for the browser tests, and none could be installed. Install one (Debian: `sudo apt-get install chromium`; elsewhere: `npx playwright install chromium`) or set CHROMIUM_PATH to its executable.";

/**
 * Runs a command, its output shown as it goes; resolves whether it succeeded.
 * @param {string} command
 * @param {string[]} args
 * @param {number} timeoutMs
 */
async function attempt(command, args, timeoutMs) {
  const { spawnSync } = await import("node:child_process");
  const result = spawnSync(command, args, { stdio: ["ignore", "inherit", "inherit"], timeout: timeoutMs });
  return result.status === 0;
}

/** Whether this process may install system packages: root, or sudo without a password. */
async function maySudo() {
  if (typeof process.getuid === "function" && process.getuid() === 0) return [];
  return (await attempt("sudo", ["-n", "true"], 10_000)) ? ["sudo", "-n"] : undefined;
}

/**
 * Gets a Chromium where there is none: Playwright's own download where the network allows it,
 * then Debian's package where this process may install packages (with the DejaVu fonts the
 * screenshot baselines were made with). Each step says what it tries, on standard error.
 * @returns {Promise<string | undefined>}
 */
export async function installChromium() {
  console.error("recap-kit: no Chromium for the browser tests; trying `npx playwright install chromium` …");
  const playwright = fileURLToPath(new URL("../../node_modules/.bin/playwright", import.meta.url));
  if (existsSync(playwright) && (await attempt(playwright, ["install", "chromium"], 300_000))) {
    const found = await findChromium();
    if (found) return found;
  }
  const sudo = existsSync("/usr/bin/apt-get") ? await maySudo() : undefined;
  if (sudo) {
    console.error("recap-kit: trying Debian's chromium package (apt-get install chromium fonts-dejavu-core) …");
    // sudo clears the environment: `env` sets it on the far side.
    const [command = "env", ...prefix] = [...sudo, "env", "DEBIAN_FRONTEND=noninteractive", "apt-get"];
    if (
      (await attempt(command, [...prefix, "update", "-qq"], 300_000)) &&
      (await attempt(command, [...prefix, "install", "-y", "-qq", "chromium", "fonts-dejavu-core", "fontconfig"], 600_000))
    ) {
      return findChromium();
    }
  }
  return undefined;
}

// `node test/support/chromium.js` runs before the browser tests: it finds a Chromium, or gets one,
// or stops with one clear line.
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  if (process.env.CHROMIUM_PATH && !existsSync(process.env.CHROMIUM_PATH)) {
    console.error(`recap-kit: CHROMIUM_PATH=${process.env.CHROMIUM_PATH} does not exist.`);
    process.exit(1);
  }
  const path = (await findChromium()) ?? (await installChromium());
  if (!path) {
    console.error(missingChromiumMessage);
    process.exit(1);
  }
}
