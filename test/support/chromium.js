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
  "recap-kit: no Chromium for the browser tests. Install one (Debian: `sudo apt-get install chromium`; elsewhere: `npx playwright install chromium`) or set CHROMIUM_PATH to its executable.";

// `node test/support/chromium.js` checks before the test run, so a missing browser is one clear line.
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const path = await findChromium();
  if (!path) {
    console.error(
      process.env.CHROMIUM_PATH ? `recap-kit: CHROMIUM_PATH=${process.env.CHROMIUM_PATH} does not exist.` : missingChromiumMessage,
    );
    process.exit(1);
  }
}
