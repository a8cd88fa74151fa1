// The one line that answers "how far along is it?" while changes run; counts turn red/yellow only
// when non-zero so a clean run stays quiet.
import { Text } from 'ink';
import { formatDuration } from '../format.js';
import { createStyle } from '../style.js';
import type { ApplyViewState } from './apply-state.js';
import { elapsedMs } from './apply-state.js';

export function footerText(state: ApplyViewState, now: number, color: boolean): string {
  const style = createStyle(color);
  const failed = `${state.failed} failed`;
  const skipped = `${state.skipped} skipped`;
  return [
    `${state.done}/${state.total} done`,
    state.failed > 0 ? style.red(failed) : failed,
    state.skipped > 0 ? style.yellow(skipped) : skipped,
    `elapsed ${formatDuration(elapsedMs(state, now))}`,
  ].join(style.dim(' · '));
}

export function Footer({
  state,
  now,
  color,
}: {
  state: ApplyViewState;
  now: number;
  color: boolean;
}) {
  return <Text>{footerText(state, now, color)}</Text>;
}
