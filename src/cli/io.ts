// Every byte the CLI writes goes through Io, so tests can run the real entry point and read what
// a user would see, and so colour is decided once: on for a TTY, off for NO_COLOR or a pipe.

export interface Io {
  out(text: string): void;
  err(text: string): void;
  env: Record<string, string | undefined>;
  stdoutIsTTY: boolean;
  stderrIsTTY: boolean;
  stdinIsTTY: boolean;
  /** Reads one line of user input (only called when stdin and stderr are TTYs). */
  prompt(question: string): Promise<string>;
  /** The real terminal streams, for the ink UI; absent in tests, which stay on plain lines. */
  terminal?: { stdin: NodeJS.ReadStream; stderr: NodeJS.WriteStream };
}

export function colorFor(io: Io, stream: 'stdout' | 'stderr'): boolean {
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') return false;
  if (io.env.FORCE_COLOR !== undefined && io.env.FORCE_COLOR !== '0') return true;
  return stream === 'stdout' ? io.stdoutIsTTY : io.stderrIsTTY;
}

export function processIo(): Io {
  return {
    out: (text) => void process.stdout.write(text),
    err: (text) => void process.stderr.write(text),
    env: process.env,
    stdoutIsTTY: process.stdout.isTTY === true,
    stderrIsTTY: process.stderr.isTTY === true,
    stdinIsTTY: process.stdin.isTTY === true,
    terminal: { stdin: process.stdin, stderr: process.stderr },
    prompt: async (question) => {
      const { createInterface } = await import('node:readline/promises');
      const rl = createInterface({ input: process.stdin, output: process.stderr });
      try {
        return await rl.question(question);
      } finally {
        rl.close();
      }
    },
  };
}
