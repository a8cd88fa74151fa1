// One line per change, worded exactly like the plain renderer (same address, same verbs), so a
// user who has seen CI logs recognises the TTY view and vice versa. Only the mark differs while a
// change runs: a spinner instead of `...`, plus how long it has been running.
import { Text } from 'ink';
import { changeAddress, formatApplyEvent } from '../apply-lines.js';
import { formatDuration, PRESENT_PARTICIPLE } from '../format.js';
import { createStyle } from '../style.js';
import type { RunningChange, SettledEvent } from './apply-state.js';
import { Spinner } from './Spinner.js';

export function RunningChangeLine({
  running,
  now,
  color,
}: {
  running: RunningChange;
  now: number;
  color: boolean;
}) {
  const style = createStyle(color);
  const { change, startedAt } = running;
  const took = formatDuration(Math.max(0, now - startedAt));
  return (
    <Text>
      {'  '}
      <Spinner now={now} paint={style.cyan} />
      {` ${changeAddress(change)}: ${PRESENT_PARTICIPLE[change.action]} `}
      {style.dim(`[${took}]`)}
    </Text>
  );
}

export function SettledLine({ event, color }: { event: SettledEvent; color: boolean }) {
  return <Text>{formatApplyEvent(event, { color }) ?? ''}</Text>;
}
