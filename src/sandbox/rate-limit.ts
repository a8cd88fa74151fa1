// Intercom spreads its per-minute budget over fixed 10-second windows and reports the window's
// allowance in X-RateLimit-* headers; a client that paces itself by those headers should never
// see a 429 here, and one that ignores them should.
import { ApiError } from './errors.js';

/** Intercom's window. Tests may shorten it so a client waiting for a reset does not wait 10 s. */
export const WINDOW_MS = 10_000;

export interface RateStatus {
  limit: number;
  remaining: number;
  /** Unix seconds at which the current window ends. */
  reset: number;
  exceeded: boolean;
}

export class FixedWindowLimiter {
  private window = -1;
  private used = 0;

  constructor(
    private readonly limit: number,
    private readonly windowMs: number = WINDOW_MS,
  ) {}

  /** Counts one request at `nowMs` and reports the window's state after it. */
  take(nowMs: number): RateStatus {
    const window = Math.floor(nowMs / this.windowMs);
    if (window !== this.window) {
      this.window = window;
      this.used = 0;
    }
    this.used += 1;
    return {
      limit: this.limit,
      remaining: Math.max(0, this.limit - this.used),
      reset: ((window + 1) * this.windowMs) / 1000,
      exceeded: this.used > this.limit,
    };
  }
}

export function rateHeaders(s: RateStatus): Record<string, string> {
  return {
    'X-RateLimit-Limit': String(s.limit),
    'X-RateLimit-Remaining': String(s.remaining),
    'X-RateLimit-Reset': String(s.reset),
  };
}

export function rateLimitError(limit: number): ApiError {
  return new ApiError(429, 'rate_limit_exceeded', `Exceeded rate limit of ${limit} in 10_seconds`);
}
