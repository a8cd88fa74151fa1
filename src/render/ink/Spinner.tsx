// A spinner whose frame is a function of the time it is given, not of a timer of its own: the
// reporter's single ticker advances it (and the elapsed clock) together, and tests that pass a
// fixed time get the same frame every run. Not worth an ink-spinner dependency.
import { Text } from 'ink';

export const SPINNER_FRAMES = ['⠋', '⠙', '⠹', '⠸', '⠼', '⠴', '⠦', '⠧', '⠇', '⠏'] as const;

/** How long each frame shows; the reporter ticks at this rate. */
export const SPINNER_INTERVAL_MS = 80;

export function spinnerFrame(now: number): string {
  const index = Math.floor(Math.max(0, now) / SPINNER_INTERVAL_MS) % SPINNER_FRAMES.length;
  return SPINNER_FRAMES[index] ?? SPINNER_FRAMES[0];
}

export function Spinner({ now, paint }: { now: number; paint?: (text: string) => string }) {
  const frame = spinnerFrame(now);
  return <Text>{paint ? paint(frame) : frame}</Text>;
}
