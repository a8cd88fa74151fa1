// How apply talks to a person: an ink view with spinners and a prompt on a real terminal (and not
// in CI), plain one-line-per-event output everywhere else. The engine's events are the same
// either way; only this file chooses.
import type { ApplyListener } from '../apply/events.js';
import { formatApplyEvent } from '../render/apply-lines.js';
import { shouldUseInk } from '../render/ink/should-use-ink.js';
import { colorFor, type Io } from './io.js';

const QUESTION = 'Do you want to perform these actions? Only "yes" will be accepted: ';

export interface ApplyUi {
  confirm(): Promise<boolean>;
  /** Creates the progress display; call finish() when apply returns or throws. */
  progress(): Promise<{ onEvent: ApplyListener; finish(): Promise<void> }>;
}

export function applyUi(io: Io): ApplyUi {
  const terminal = io.terminal;
  const color = colorFor(io, 'stderr');
  const ink = terminal !== undefined && shouldUseInk(io.env, io.stderrIsTTY);
  return {
    async confirm() {
      if (!ink) return (await io.prompt(`\n${QUESTION}`)).trim() === 'yes';
      const { confirmWithInk } = await import('../render/ink/confirm.js');
      return confirmWithInk({ stdin: terminal.stdin, stdout: terminal.stderr, color });
    },
    async progress() {
      if (!ink) {
        return {
          onEvent: (event) => {
            const line = formatApplyEvent(event, { color });
            if (line !== undefined) io.err(line + '\n');
          },
          finish: async () => {},
        };
      }
      const { createInkApplyReporter } = await import('../render/ink/apply-reporter.js');
      // The summary goes to stdout; show it in the view only when stdout is not this terminal.
      return createInkApplyReporter({ stdout: terminal.stderr, color, summary: !io.stdoutIsTTY });
    },
  };
}
