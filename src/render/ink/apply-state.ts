// The apply view is a pure function of this state and the current time, so a test can render any
// moment of an apply without timers. The reporter folds engine events into it, stamping each with
// the time it arrived (the events themselves carry no clock).
import type { ApplyEvent, ApplyResult } from '../../apply/events.js';
import type { Change } from '../../model/change.js';

/** Events that end up as a permanent line above the live area. */
export type SettledEvent = Extract<
  ApplyEvent,
  { type: 'apply-start' | 'change-done' | 'change-failed' | 'change-skipped' }
>;

export interface RunningChange {
  change: Change;
  startedAt: number;
}

export interface ApplyViewState {
  total: number;
  concurrency: number;
  /** When apply-start arrived; undefined until then (nothing is drawn). */
  startedAt: number | undefined;
  running: RunningChange[];
  /** Append-only, so ink's <Static> prints each of these lines exactly once. */
  settled: SettledEvent[];
  done: number;
  failed: number;
  skipped: number;
  result: ApplyResult | undefined;
}

export const INITIAL_APPLY_VIEW_STATE: ApplyViewState = {
  total: 0,
  concurrency: 0,
  startedAt: undefined,
  running: [],
  settled: [],
  done: 0,
  failed: 0,
  skipped: 0,
  result: undefined,
};

export function reduceApplyEvent(
  state: ApplyViewState,
  event: ApplyEvent,
  at: number,
): ApplyViewState {
  switch (event.type) {
    case 'apply-start':
      return {
        ...state,
        total: event.total,
        concurrency: event.concurrency,
        startedAt: at,
        settled: [...state.settled, event],
      };
    case 'change-start':
      return { ...state, running: [...state.running, { change: event.change, startedAt: at }] };
    case 'change-done':
      return { ...settle(state, event), done: state.done + 1 };
    case 'change-failed':
      return { ...settle(state, event), failed: state.failed + 1 };
    case 'change-skipped':
      return { ...settle(state, event), skipped: state.skipped + 1 };
    case 'apply-done':
      // The result is authoritative for the final counts and the elapsed time.
      return {
        ...state,
        running: [],
        result: event.result,
        done: event.result.applied.length,
        failed: event.result.failed.length,
        skipped: event.result.skipped.length,
        startedAt: state.startedAt ?? at,
      };
  }
}

function settle(state: ApplyViewState, event: SettledEvent & { change: Change }): ApplyViewState {
  return {
    ...state,
    running: state.running.filter((running) => running.change.ref !== event.change.ref),
    settled: [...state.settled, event],
  };
}

/** Milliseconds since apply-start; frozen at the engine's own figure once apply is done. */
export function elapsedMs(state: ApplyViewState, now: number): number {
  if (state.result !== undefined) return state.result.durationMs;
  if (state.startedAt === undefined) return 0;
  return Math.max(0, now - state.startedAt);
}
