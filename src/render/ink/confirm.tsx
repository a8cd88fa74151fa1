// The facade the CLI awaits before apply: mounts the prompt on the terminal, resolves with the
// answer, and only returns once ink has released stdin (raw mode off) and finished drawing, so
// the apply view or any message that follows starts on a clean line.
import { render } from 'ink';
import { ConfirmPrompt } from './ConfirmPrompt.js';

export interface ConfirmWithInkOptions {
  stdin: NodeJS.ReadStream;
  /** Where to draw: stderr in practice. */
  stdout: NodeJS.WriteStream;
  question?: string;
  color?: boolean;
}

export async function confirmWithInk(options: ConfirmWithInkOptions): Promise<boolean> {
  if (options.stdin.isTTY !== true) {
    // Ink would fail to enter raw mode; the CLI must refuse (or take --auto-approve) instead.
    throw new Error('confirmWithInk needs a terminal on stdin');
  }
  let resolveAnswer: (accepted: boolean) => void = () => {};
  const answered = new Promise<boolean>((resolve) => {
    resolveAnswer = resolve;
  });
  const instance = render(
    <ConfirmPrompt question={options.question} color={options.color} onAnswer={resolveAnswer} />,
    {
      stdin: options.stdin,
      stdout: options.stdout,
      stderr: options.stdout,
      exitOnCtrlC: false,
      patchConsole: false,
    },
  );
  const accepted = await answered;
  const exited = instance.waitUntilExit();
  instance.unmount();
  await exited;
  return accepted;
}
