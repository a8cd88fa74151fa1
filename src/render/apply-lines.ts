// Plain progress for CI and pipes: one self-contained line per event, readable in a log viewer
// that drops colour and interleaves nothing, unlike the ink view used on a TTY.
import type { ApplyEvent, ErrorInfo } from '../apply/events.js';
import type { Change } from '../model/change.js';
import {
  address,
  describeRef,
  formatDuration,
  PAST_PARTICIPLE,
  PRESENT_PARTICIPLE,
  plural,
  printable,
  printableLines,
} from './format.js';
import { createStyle } from './style.js';
import type { Style } from './style.js';

const HINT_INDENT = '      ';

export function formatApplyEvent(
  event: ApplyEvent,
  options: { color: boolean },
): string | undefined {
  const style = createStyle(options.color);
  switch (event.type) {
    case 'apply-start':
      return `Applying ${plural(event.total, 'change')} (concurrency ${event.concurrency})`;
    case 'change-start':
      return `  ${style.dim('...')} ${changeAddress(event.change)}: ${PRESENT_PARTICIPLE[event.change.action]}`;
    case 'change-done':
      return (
        `  ${style.green('✓')} ${changeAddress(event.change)}: ${PAST_PARTICIPLE[event.change.action]} ` +
        `(id ${printable(event.id)})${event.recovered ? ' after a lost answer was checked' : ''} ` +
        style.dim(`[${formatDuration(event.durationMs)}]`)
      );
    case 'change-failed':
      return `  ${style.red('✗')} ${formatFailure(event.change, event.error, style)}`;
    case 'change-skipped':
      return `  ${style.yellow('-')} ${changeAddress(event.change)}: skipped (${skipReason(event.because)})`;
    case 'apply-done':
      // The summary belongs to renderApplyResult, which the CLI prints once at the end.
      return undefined;
  }
}

export function changeAddress(change: Change): string {
  return address(change.kind, change.key);
}

/** `article "welcome": update failed: <message>`, plus an indented hint line when there is one. */
export function formatFailure(change: Change, error: ErrorInfo, style: Style): string {
  const line =
    `${changeAddress(change)}: ${style.red(`${change.action} failed`)}: ` +
    printableLines(error.message, HINT_INDENT);
  return error.hint
    ? `${line}\n${HINT_INDENT}hint: ${printableLines(error.hint, HINT_INDENT)}`
    : line;
}

/** `depends on failed tag "beta-tester"` when `because` is a change ref; otherwise `because` itself. */
export function skipReason(because: string): string {
  const failed = describeRef(because);
  return failed === undefined
    ? printableLines(because, HINT_INDENT)
    : `depends on failed ${failed}`;
}
