// One pacer per client, shared by every request, so concurrent callers see one budget. It trusts
// Intercom's own counters (X-RateLimit-Remaining / -Reset) instead of guessing a rate: when what
// is left, minus what is already in flight, falls to the reserve, new requests wait for the
// window to reset. That turns a would-be burst of 429s into one short pause. It waits at most
// once per request (capped) so a skewed clock or a stale header slows a run but never stalls it.
import type { Clock } from './client-options.js';
import { BACKOFF_CAP_MS, RESET_MARGIN_MS, parseResetMs } from './retry.js';

/** Requests kept back for other apps in the workspace and for our own stragglers. */
export const PACER_RESERVE = 1;

export class Pacer {
  #remaining: number | undefined;
  #resetAtMs: number | undefined;
  #inFlight = 0;

  constructor(private readonly clock: Clock) {}

  /** Resolves when a request may be sent; every acquire must be matched by one `release`. */
  async acquire(): Promise<void> {
    const wait = this.waitMs();
    if (wait > 0) await this.clock.sleep(wait);
    this.#inFlight++;
  }

  /** Called when the attempt has ended, with the response's headers if there was one. */
  release(headers?: Headers): void {
    this.#inFlight = Math.max(0, this.#inFlight - 1);
    if (headers) this.observe(headers);
  }

  /** The wait a request arriving now would get; 0 when it may go at once. */
  waitMs(): number {
    if (this.#remaining === undefined || this.#resetAtMs === undefined) return 0;
    const now = this.clock.now();
    if (now >= this.#resetAtMs) return 0;
    if (this.#remaining - this.#inFlight > PACER_RESERVE) return 0;
    return Math.min(BACKOFF_CAP_MS, this.#resetAtMs - now + RESET_MARGIN_MS);
  }

  private observe(headers: Headers): void {
    const remaining = Number(headers.get('x-ratelimit-remaining') ?? Number.NaN);
    const resetAtMs = parseResetMs(headers.get('x-ratelimit-reset'));
    if (!Number.isFinite(remaining) || resetAtMs === undefined) return;
    // Responses arrive out of order: within one window the lowest count is the newest truth,
    // and a response from an older window says nothing about the current one.
    if (this.#resetAtMs === undefined || resetAtMs > this.#resetAtMs) {
      this.#resetAtMs = resetAtMs;
      this.#remaining = remaining;
    } else if (resetAtMs === this.#resetAtMs) {
      this.#remaining = Math.min(this.#remaining ?? remaining, remaining);
    }
  }
}
