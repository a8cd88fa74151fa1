// The thin facade between the apply engine and ink (Shopify cli-kit style): the engine only emits
// events, this folds them into view state and redraws. One ticker advances the spinners and the
// elapsed clock together; finish() draws the final frame and waits until ink has let go of the
// terminal, so whatever the CLI prints next lands below the view.
import { render } from 'ink';
import type { ApplyEvent } from '../../apply/events.js';
import { ApplyView } from './ApplyView.js';
import { INITIAL_APPLY_VIEW_STATE, reduceApplyEvent } from './apply-state.js';
import { SPINNER_INTERVAL_MS } from './Spinner.js';

export interface InkApplyReporterOptions {
  /** The stream to draw on: stderr in practice, so stdout stays for the plan and the result. */
  stdout: NodeJS.WriteStream;
  /** Clock for elapsed times and spinner frames (default Date.now). */
  now?: () => number;
  /** Colour decided by the CLI (NO_COLOR, FORCE_COLOR); default true. */
  color?: boolean;
  /** Show the apply summary in the final frame (default true). */
  summary?: boolean;
  /** Redraw period for spinners and the elapsed clock; 0 redraws only on events. */
  tickMs?: number;
}

export interface InkApplyReporter {
  onEvent(event: ApplyEvent): void;
  /** Draws the final frame, unmounts, and resolves once ink has exited. Safe to call twice. */
  finish(): Promise<void>;
}

export function createInkApplyReporter(options: InkApplyReporterOptions): InkApplyReporter {
  const now = options.now ?? Date.now;
  const color = options.color ?? true;
  const summary = options.summary ?? true;
  const tickMs = options.tickMs ?? SPINNER_INTERVAL_MS;
  let state = INITIAL_APPLY_VIEW_STATE;

  const view = () => <ApplyView state={state} now={now()} color={color} summary={summary} />;
  const instance = render(view(), {
    stdout: options.stdout,
    stderr: options.stdout,
    exitOnCtrlC: false,
    patchConsole: false,
  });
  const ticker = tickMs > 0 ? setInterval(() => instance.rerender(view()), tickMs) : undefined;
  // A forgotten finish() must not keep the process alive.
  ticker?.unref();

  let finished: Promise<void> | undefined;
  return {
    onEvent(event) {
      if (finished !== undefined) return;
      state = reduceApplyEvent(state, event, now());
      instance.rerender(view());
    },
    finish() {
      finished ??= (async () => {
        if (ticker !== undefined) clearInterval(ticker);
        instance.rerender(view());
        const exited = instance.waitUntilExit();
        instance.unmount();
        await exited;
      })();
      return finished;
    },
  };
}
