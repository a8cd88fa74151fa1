// What apply looks like on a terminal: settled changes scroll up and stay (ink's <Static>), the
// ones running now spin below them, a footer counts, and the summary closes the run. Driven only
// by props so tests can render any moment without timers or an engine.
import { Box, Static, Text } from 'ink';
import { renderApplyResult } from '../apply-result.js';
import type { ApplyViewState } from './apply-state.js';
import { RunningChangeLine, SettledLine } from './ChangeLine.js';
import { Footer } from './Footer.js';

export interface ApplyViewProps {
  state: ApplyViewState;
  /** The current time, in the same clock as the stamps in `state`. */
  now: number;
  color: boolean;
  /** Show renderApplyResult's text after apply-done (default true). */
  summary?: boolean;
}

export function ApplyView({ state, now, color, summary = true }: ApplyViewProps) {
  return (
    <>
      <Static items={state.settled}>
        {(event, index) => <SettledLine key={index} event={event} color={color} />}
      </Static>
      {state.startedAt !== undefined && (
        <Box flexDirection="column">
          {state.running.map((running) => (
            <RunningChangeLine key={running.change.ref} running={running} now={now} color={color} />
          ))}
          <Footer state={state} now={now} color={color} />
          {summary && state.result !== undefined && (
            <Box marginTop={1}>
              <Text>{renderApplyResult(state.result, { color })}</Text>
            </Box>
          )}
        </Box>
      )}
    </>
  );
}
