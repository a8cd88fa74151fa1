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
   * Called after every attempt, including retries; for progress and debug logs.
   * @default undefined
   * @example (info) => log.debug(`${info.method} ${info.path} -> ${info.status ?? 'no response'}`)
   */
  onRequest?: (info: RequestInfo) => void;
}

/** The clock the pacer, retries and scroll restarts share. */
export interface Clock {
  sleep: (ms: number) => Promise<void>;
  now: () => number;
}
