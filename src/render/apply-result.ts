// The last word of an apply. After a partial failure the user must know exactly what changed in
// the workspace and what did not, and that re-running is the way forward (nothing is rolled back).
import type { ApplyResult } from '../apply/events.js';
import { changeAddress, formatFailure, skipReason } from './apply-lines.js';
import { createStyle } from './style.js';

export function renderApplyResult(result: ApplyResult, options: { color: boolean }): string {
  const style = createStyle(options.color);
  const failed = result.failed.length;
  const skipped = result.skipped.length;
  const applied = `${result.applied.length} applied`;
  if (failed === 0 && skipped === 0) {
    return `${style.bold('Apply complete:')} ${style.green(applied)}.`;
  }
  const blocks = [
    `${style.bold('Apply complete:')} ${applied}, ${style.red(`${failed} failed`)}, ` +
      `${style.yellow(`${skipped} skipped`)}.`,
  ];
  if (failed > 0) {
    const lines = result.failed.map(
      ({ change, error }) => `  ${style.red('✗')} ${formatFailure(change, error, style)}`,
    );
    blocks.push([style.bold('Failed:'), ...lines].join('\n'));
  }
  if (skipped > 0) {
    const lines = result.skipped.map(
      ({ change, because }) =>
        `  ${style.yellow('-')} ${changeAddress(change)}: ${skipReason(because)}`,
    );
    blocks.push([style.bold('Not applied (skipped):'), ...lines].join('\n'));
  }
  blocks.push(
    'Nothing was rolled back. Run `apply` again to retry what is left: ' +
      'a fresh plan contains only what still differs.',
  );
  return blocks.join('\n\n');
}
