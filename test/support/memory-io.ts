// An Io that records what the CLI writes, so tests run the real entry point with no process.
import type { Io } from '../../src/cli/io.js';

export interface MemoryIo extends Io {
  stdout: string;
  stderr: string;
}

export function memoryIo(
  options: { env?: Record<string, string | undefined>; tty?: boolean; answers?: string[] } = {},
): MemoryIo {
  const answers = [...(options.answers ?? [])];
  const io: MemoryIo = {
    stdout: '',
    stderr: '',
    out: (text) => void (io.stdout += text),
    err: (text) => void (io.stderr += text),
    env: { ...(options.env ?? {}) },
    stdoutIsTTY: options.tty ?? false,
    stderrIsTTY: options.tty ?? false,
    stdinIsTTY: options.tty ?? false,
    prompt: async (question) => {
      io.stderr += question;
      return answers.shift() ?? '';
    },
  };
  return io;
}
