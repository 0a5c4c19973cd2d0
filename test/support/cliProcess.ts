import { type SpawnOptions, spawn } from "node:child_process";
import { mkdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const root = fileURLToPath(new URL("../..", import.meta.url));
// Inside the project, so that the bundle's bare imports (react, yaml …) resolve from node_modules.
const outdir = `${root}node_modules/.cache/recap-kit-cli-test`;

/**
 * Bundles a TypeScript entry of src (the command line's main.ts, or a small script importing its
 * modules) into a file Node runs: for what only a real process shows (signals, closed pipes,
 * /proc/self/fd, standard input that is a file).
 */
export async function bundle(name: string, entry: { file: string } | { source: string }): Promise<string> {
  mkdirSync(outdir, { recursive: true });
  const outfile = `${outdir}/${name}.mjs`;
  await build({
    ...("file" in entry
      ? { entryPoints: [`${root}${entry.file}`] }
      : { stdin: { contents: entry.source, resolveDir: root, loader: "ts" } }),
    outfile,
    bundle: true,
    platform: "node",
    format: "esm",
    packages: "external",
    jsx: "automatic",
    define: { __RECAP_KIT_VERSION__: '"test"' },
    logLevel: "error",
    plugins: [
      {
        name: "styles",
        setup(builder) {
          builder.onResolve({ filter: /^virtual:recap-kit\/styles$/ }, () => ({ path: "styles", namespace: "styles" }));
          builder.onLoad({ filter: /.*/, namespace: "styles" }, () => ({ contents: "export default '';", loader: "js" }));
        },
      },
    ],
  });
  return outfile;
}

export interface ProcessResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Starts `node script args…`; `started` gets the child before it ends (to write, read or signal). */
export function runProcess(
  script: string,
  args: string[],
  options: SpawnOptions & { started?: (child: ReturnType<typeof spawn>) => void } = {},
): Promise<ProcessResult> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [script, ...args], { stdio: "pipe", ...options });
    let stdout = "";
    let stderr = "";
    child.stdout?.on("data", (chunk: Buffer) => {
      stdout += chunk.toString();
    });
    child.stderr?.on("data", (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.on("error", fail);
    child.on("close", (code, signal) => done({ code, signal, stdout, stderr }));
    options.started?.(child);
  });
}
