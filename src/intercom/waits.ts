// Every wait in the client goes through here so the long ones can be announced. The client never
// prints: it tells `onWait`, and the CLI decides how to show it. A backoff of a second is routine
// and stays silent; a pause over LONG_WAIT_MS looks like a hang unless something says why.
import type { WaitInfo, WaitReason } from './client-options.js';

/** Waits longer than this are reported to `onWait`. */
export const LONG_WAIT_MS = 5_000;

/** Sleeps `ms`, first telling `onWait` when the wait is long. */
export type Wait = (ms: number, reason: WaitReason, request?: string) => Promise<void>;

export function createWait(
  sleep: (ms: number) => Promise<void>,
  onWait?: (wait: WaitInfo) => void,
): Wait {
  return async (ms, reason, request) => {
    if (onWait && ms > LONG_WAIT_MS) {
      onWait({ ms, reason, request, message: waitMessage(ms, reason, request) });
    }
    await sleep(ms);
  };
}

/** One line for a person, e.g. "waiting 12 s for Intercom's rate limit to reset (GET /articles)". */
export function waitMessage(ms: number, reason: WaitReason, request?: string): string {
  const seconds = `${Math.ceil(ms / 1000)} s`;
  const about = request ? ` (${request})` : '';
  if (reason === 'rate-limit')
    return `waiting ${seconds} for Intercom's rate limit to reset${about}`;
  if (reason === 'retry') return `waiting ${seconds} before retrying ${request ?? 'a request'}`;
  return (
    `waiting ${seconds} for the open company scroll to expire before starting it again` +
    ' (Intercom allows one scroll at a time per workspace)'
  );
}
