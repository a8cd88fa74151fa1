// Retry policy as pure functions, so the rules (what may be retried, how long to wait) are tested
// without HTTP. Reads are safe to repeat; writes are repeated only after a 429, because Intercom
// refused the request and nothing happened. A 5xx or a dropped connection on a write may have
// created the object, so it is surfaced and the caller decides. A company scroll cannot be
// resumed after a 5xx (scroll.ts restarts it), so its pages are treated like writes here.

export const BACKOFF_BASE_MS = 500;
export const BACKOFF_CAP_MS = 30_000;
/** Added to `X-RateLimit-Reset`: the header has one-second resolution and clocks drift. */
export const RESET_MARGIN_MS = 250;

export type RetryPolicy = 'read' | 'write';

export function retryPolicy(method: string, path: string): RetryPolicy {
  const route = path.split('?')[0]?.replace(/\/+$/, '') ?? path;
  if (method === 'GET' && route === '/companies/scroll') return 'write';
  if (method === 'GET') return 'read';
  if (method === 'POST' && route === '/companies/list') return 'read';
  return 'write';
}

/** Whether an HTTP status (or, with `undefined`, a network error) is worth another attempt. */
export function isRetryable(policy: RetryPolicy, status: number | undefined): boolean {
  if (status === 429) return true;
  if (policy === 'write') return false;
  return status === undefined || status >= 500;
}

/**
 * Exponential backoff with "equal jitter": half the delay is fixed and half random, so retries
 * spread out without ever retrying immediately.
 * @param attempt the attempt that just failed, from 1
 */
export function backoffDelay(attempt: number, random: () => number = Math.random): number {
  const exp = Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** Math.max(0, attempt - 1));
  return Math.round(exp / 2 + random() * (exp / 2));
}

/**
 * Milliseconds until `X-RateLimit-Reset` (unix seconds) plus a margin, capped; undefined when
 * the header is missing, malformed or already past.
 */
export function untilReset(
  resetHeader: string | null | undefined,
  nowMs: number,
): number | undefined {
  const resetAtMs = parseResetMs(resetHeader);
  if (resetAtMs === undefined || resetAtMs <= nowMs) return undefined;
  return Math.min(BACKOFF_CAP_MS, resetAtMs - nowMs + RESET_MARGIN_MS);
}

export function parseResetMs(resetHeader: string | null | undefined): number | undefined {
  if (!resetHeader) return undefined;
  const seconds = Number(resetHeader);
  return Number.isFinite(seconds) && seconds > 0 ? seconds * 1000 : undefined;
}

/** The wait before the next attempt: until the reset on a 429 that names one, else backoff. */
export function retryDelay(
  attempt: number,
  status: number | undefined,
  resetHeader: string | null | undefined,
  nowMs: number,
): number {
  if (status === 429) return untilReset(resetHeader, nowMs) ?? backoffDelay(attempt);
  return backoffDelay(attempt);
}
