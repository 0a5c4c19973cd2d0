/**
 * How an output file is written, besides its name and content: plain data, so that it crosses
 * from a worker thread to the main thread as it is; read by files.ts's writeOutputFile.
 */
export interface WriteOptions {
  /** The file the input came from (the named file, or standard input's): never written over. */
  input?: FileIdentity | undefined;
  /**
   * An existing regular file may be replaced (--force). Without it, a file that is there is left as
   * it was and the command fails: a draft written by hand is never lost to a command run again.
   */
  force?: boolean | undefined;
}

/** Which file a path or a descriptor is: the same device and inode is the same file, whatever its names. */
export interface FileIdentity {
  dev: number;
  ino: number;
}

/**
 * What the command line talks to: the process gives its own (main.ts), a worker thread one that
 * asks the main thread (thread.ts), tests theirs (test/support/cli.ts). Commands see nothing else
 * of the process.
 */
export interface CliIo {
  cwd: string;
  /** Standard input; reading may stop once more than `maxBytes` have come. */
  readStdin: (maxBytes: number) => Promise<Uint8Array>;
  /** Writes to standard output; throws the system's error (EPIPE, ENOSPC) when it cannot. */
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  env?: Record<string, string | undefined>;
  /** Which file standard input is, when it is one (`< recap.json`): the output may not be it. */
  stdinIdentity?: () => FileIdentity | undefined;
  /** Standard output is a terminal: what a document says is shown with its control characters escaped. */
  stdoutIsTerminal?: boolean;
  /**
   * Stops a command that stops itself (`preview`, whose Ctrl-C ends it with exit 0); without it,
   * preview stops on SIGINT.
   */
  signal?: AbortSignal;
  /**
   * Writes an output file (`-o`) as files.ts's `writeOutputFile` does, somewhere else: a worker
   * thread asks the main thread, which owns the temporary files a signal must remove. Without it,
   * the file is written here.
   */
  writeFile?: (output: string, content: string, options: WriteOptions) => Promise<void>;
  /**
   * Runs a long command (the command table says which) elsewhere and returns its exit code: the
   * process runs it in a worker thread, so that its main thread stays free to answer Ctrl-C.
   * Without it, the command runs here.
   */
  runLong?: (argv: readonly string[]) => Promise<number>;
}
