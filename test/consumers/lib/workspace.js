// The throwaway workspace the consumer apps are built in: outside the repository (so nothing
// resolves from the repo's own node_modules), installed once from the committed lockfile with
// `npm ci`, reused while the lockfile does not change, with the packed recap-kit installed into it.
import { createHash } from "node:crypto";
import { cpSync, existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { run } from "./process.js";

const MARKER = ".recap-kit-consumers.json";

/** Builds recap-kit and packs it as `npm publish` would; returns the tarball's path. */
export async function packRecapKit({ repo, work, logDir }) {
  await run("npm", ["run", "build"], { cwd: repo, logDir, name: "recap-kit-build" });
  const packDir = join(work, "pack");
  rmSync(packDir, { recursive: true, force: true });
  mkdirSync(packDir, { recursive: true });
  await run("npm", ["pack", "--pack-destination", packDir], { cwd: repo, logDir, name: "recap-kit-pack" });
  const tarballs = readdirSync(packDir).filter((name) => name.endsWith(".tgz"));
  if (tarballs.length !== 1) throw new Error(`npm pack left ${tarballs.length} tarballs in ${packDir}`);
  return join(packDir, /** @type {string} */ (tarballs[0]));
}

function manifestFiles(source) {
  const apps = readdirSync(join(source, "apps")).sort();
  return ["package.json", "package-lock.json", ...apps.map((app) => join("apps", app, "package.json"))];
}

/**
 * Copies the apps into `work` and installs their dependencies with `npm ci`, unless the
 * installed tree came from the same lockfile and manifests.
 * @returns {Promise<{ reused: boolean }>}
 */
export async function prepareWorkspace({ source, work, logDir }) {
  mkdirSync(work, { recursive: true });
  const hash = createHash("sha256");
  for (const file of manifestFiles(source)) hash.update(file).update(readFileSync(join(source, file)));
  hash.update(process.version);
  const key = hash.digest("hex");

  // Fresh sources every run; installed node_modules are kept.
  for (const file of ["package.json", "package-lock.json"]) cpSync(join(source, file), join(work, file));
  const apps = readdirSync(join(source, "apps"));
  mkdirSync(join(work, "apps"), { recursive: true });
  for (const stale of readdirSync(join(work, "apps"))) {
    if (!apps.includes(stale)) rmSync(join(work, "apps", stale), { recursive: true, force: true });
  }
  for (const app of apps) {
    const target = join(work, "apps", app);
    mkdirSync(target, { recursive: true });
    for (const entry of readdirSync(target)) {
      if (entry !== "node_modules") rmSync(join(target, entry), { recursive: true, force: true });
    }
    cpSync(join(source, "apps", app), target, { recursive: true });
  }

  const marker = join(work, "node_modules", MARKER);
  if (existsSync(marker) && JSON.parse(readFileSync(marker, "utf8")).key === key) return { reused: true };
  rmSync(join(work, "node_modules"), { recursive: true, force: true });
  for (const app of apps) rmSync(join(work, "apps", app, "node_modules"), { recursive: true, force: true });
  await run("npm", ["ci", "--no-audit", "--no-fund"], { cwd: work, logDir, name: "npm-ci", env: { npm_config_update_notifier: "false" } });
  writeFileSync(marker, JSON.stringify({ key }));
  return { reused: false };
}

/**
 * `npm install <tarball>` as a user would, without saving it: the committed lockfile stays as it
 * is, and every package it pins must still be installed at its pinned version afterwards.
 */
export async function installTarball({ source, work, tarball, logDir }) {
  await run("npm", ["install", "--no-save", "--no-audit", "--no-fund", tarball], {
    cwd: work,
    logDir,
    name: "npm-install-tarball",
    env: { npm_config_update_notifier: "false" },
  });
  const committed = readFileSync(join(source, "package-lock.json"), "utf8");
  if (readFileSync(join(work, "package-lock.json"), "utf8") !== committed) {
    throw new Error("installing the tarball rewrote package-lock.json");
  }
  const lock = JSON.parse(committed);
  const drifted = [];
  for (const [path, entry] of Object.entries(lock.packages)) {
    if (!path || entry.link || !entry.version) continue;
    const manifest = join(work, path, "package.json");
    if (!existsSync(manifest)) {
      if (!entry.optional && !entry.devOptional) drifted.push(`${path}: missing`);
      continue;
    }
    const installed = JSON.parse(readFileSync(manifest, "utf8")).version;
    if (installed !== entry.version) drifted.push(`${path}: ${installed} instead of the pinned ${entry.version}`);
  }
  if (drifted.length) throw new Error(`after installing the tarball, packages differ from the lockfile:\n${drifted.join("\n")}`);
  const installed = join(work, "node_modules", "recap-kit");
  if (lstatSync(installed).isSymbolicLink()) throw new Error(`${installed} is a link, not the unpacked tarball`);
  return JSON.parse(readFileSync(join(installed, "package.json"), "utf8"));
}
