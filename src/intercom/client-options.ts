// The options type sits in its own file so the transport, pacer and scroll modules can depend on
// it without importing create-client.ts (which imports them). Time is injectable because every
// wait in the client (backoff, rate-limit reset, pacing) must be testable without real sleeping.
import type { Region } from './base-url.js';

/** What `onRequest` is told after each attempt; `status` is absent when no HTTP answer came. */
export interface RequestInfo {
  method: string;
  /** The path as the caller gave it, without query string. */
  path: string;
  status?: number;
  /** 1 for the first try, 2 for the first retry, and so on. */
  attempt: number;
}

/** Calls `onTimeout` after `ms` unless the returned function is called first. */
export type StartTimer = (ms: number, onTimeout: () => void) => () => void;

/** Why the client is pausing: `scroll-expiry` waits out a company scroll left open. */
export type WaitReason = 'rate-limit' | 'retry' | 'scroll-expiry';

/** What `onWait` is told before a wait longer than 5 s starts. */
export interface WaitInfo {
  ms: number;
  reason: WaitReason;
  /** `METHOD /path` of the request that waits; absent for pacing, which holds every request. */
  request?: string;
  /** One line for a person, e.g. "waiting 12 s for Intercom's rate limit to reset". */
  message: string;
}

export interface ClientOptions {
  /**
   * The Intercom access token, sent as `Authorization: Bearer <token>`. It never appears in an
   * error, a cause, `onRequest` or `stats()`.
   * @example process.env.INTERCOM_TOKEN
   */
  token: string;
  /**
   * The workspace's hosting region; ignored when `baseUrl` is given.
   * @default 'us'
   * @example 'eu'
   */
  region?: Region;
  /**
   * The full base URL, e.g. a proxy or the sandbox. Wins over `region`.
   * @default the region's URL, e.g. 'https://api.intercom.io'
   * @example 'http://localhost:4010'
   */
  baseUrl?: string;
  /**
   * Retries after the first attempt, for reads on 429, 5xx and network errors, and for writes on
   * 429 only.
   * @default 4
   * @example 0 // fail fast
   */
  maxRetries?: number;
  /**
   * Per-attempt timeout in milliseconds.
   * @default 30_000
   * @example 5_000
   */
  timeoutMs?: number;
  /**
   * Per-attempt deadline in milliseconds for the whole exchange: sending, the headers and every
   * byte of the body. `timeoutMs` ends when the headers arrive, so a body that stalls after them
   * would hang forever. Missing the deadline is an IntercomNetworkError ("timed out"), retried and
   * recovered like any lost answer.
   * @default 60_000
   * @example 10_000
   */
  totalTimeoutMs?: number;
  /**
   * Replaces every wait (backoff, rate-limit reset, pacing); for tests.
   * @default (ms) => new Promise((resolve) => setTimeout(resolve, ms))
   * @example async (ms) => { waits.push(ms); clock += ms; }
   */
  sleep?: (ms: number) => Promise<void>;
  /**
   * The current time in epoch milliseconds, compared with `X-RateLimit-Reset`; for tests.
   * @default Date.now
   * @example () => clock
   */
  now?: () => number;
  /**
   * Starts the `totalTimeoutMs` deadline of one attempt and returns its cancel function; for
   * tests, which end a stalled exchange on an event instead of after real time.
   * @default (ms, onTimeout) => { const t = setTimeout(onTimeout, ms); return () => clearTimeout(t); }
   * @example (ms, onTimeout) => { deadlines.push(onTimeout); return () => {}; }
   */
  startTimer?: StartTimer;
  /**
   * Called after every attempt, including retries; for progress and debug logs.
   * @default undefined
   * @example (info) => log.debug(`${info.method} ${info.path} -> ${info.status ?? 'no response'}`)
   */
  onRequest?: (info: RequestInfo) => void;
  /**
   * Told before every wait longer than 5 s (rate limit, retry backoff, an open company scroll), so
   * a long pause does not look like a hang. The client itself never prints.
   * @default undefined (waits are silent)
   * @example (wait) => io.err(`${wait.message}\n`)
   */
  onWait?: (wait: WaitInfo) => void;
  /**
   * The environment HTTPS_PROXY, HTTP_PROXY and NO_PROXY (or their lowercase forms) are read from.
   * Passed in rather than read from process.env, so the CLI's Io decides and tests stay hermetic.
   * @default {} (direct connections, no proxy)
   * @example io.env
   */
  env?: Readonly<Record<string, string | undefined>>;
}

/** The clock the pacer, retries and scroll restarts share. */
export interface Clock {
  sleep: (ms: number) => Promise<void>;
  now: () => number;
}
