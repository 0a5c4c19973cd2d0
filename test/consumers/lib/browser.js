// Chromium through Playwright, with the repo's own way of finding it (test/support/chromium.js).
import { chromium } from "playwright";
import { chromiumArgs, findChromium, missingChromiumMessage } from "../../support/chromium.js";
import { installProbe } from "./probe.js";

export async function launchBrowser() {
  const executablePath = await findChromium();
  if (!executablePath) throw new Error(missingChromiumMessage);
  return chromium.launch({ executablePath, args: chromiumArgs, headless: true });
}

/**
 * Opens `url` in a fresh context with the given colour scheme, and collects what a developer
 * would see in the console: errors, warnings, uncaught exceptions, and the JavaScript loaded.
 * @param {import("playwright").Browser} browser
 * @param {string} url
 * @param {{ colorScheme?: "light" | "dark", waitFor?: string, timeoutMs?: number }} [options]
 */
export async function openPage(browser, url, { colorScheme = "light", waitFor, timeoutMs = 30_000 } = {}) {
  const context = await browser.newContext({ colorScheme, viewport: { width: 1024, height: 768 }, reducedMotion: "reduce" });
  await context.addInitScript(installProbe);
  const page = await context.newPage();
  /** @type {string[]} */
  const messages = [];
  /** @type {{ url: string, body: Buffer }[]} */
  const scripts = [];
  const pending = [];
  page.on("console", (message) => {
    if (message.type() !== "error" && message.type() !== "warning") return;
    const { url } = message.location();
    messages.push(`console.${message.type()}: ${message.text()}${url && !message.text().includes(url) ? ` (${url})` : ""}`);
  });
  page.on("pageerror", (error) => messages.push(`uncaught: ${error.message}`));
  page.on("response", (response) => {
    if (response.request().resourceType() !== "script") return;
    pending.push(
      response
        .body()
        .then((body) => scripts.push({ url: response.url(), body }))
        .catch(() => undefined),
    );
  });
  try {
    const response = await page.goto(url, { waitUntil: "load", timeout: timeoutMs });
    if (!response?.ok()) throw new Error(`${url} answered ${response?.status()}`);
    if (waitFor) await page.waitForSelector(waitFor, { timeout: timeoutMs });
    await page.waitForLoadState("networkidle", { timeout: timeoutMs }).catch(() => undefined);
    await Promise.all(pending);
  } catch (error) {
    await context.close();
    throw error;
  }
  return {
    page,
    messages,
    scripts,
    /** Probe call: `probe("text", ".rk-SessionCard-title")`. */
    probe: (method, ...args) => page.evaluate(([name, rest]) => window.__rkProbe[name](...rest), [method, args]),
    close: () => context.close(),
  };
}

/**
 * Moves focus to the element matching `selector` the way a keyboard user does (Tab, then
 * focus), so that :focus-visible applies, and returns the ring the browser draws.
 * @param {import("playwright").Page} page
 */
export async function focusWithKeyboard(page, selector) {
  await page.keyboard.press("Tab");
  await page.locator(selector).first().focus();
  return page.evaluate(() => window.__rkProbe.focusRing());
}
