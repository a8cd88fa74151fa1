// The single place a request is sent: pacing, stats, retries and error mapping happen here once,
// so get/post/put/delete, pagination and scroll all behave the same. ky is used with its own
// retries and HTTP errors off because its retry rules (method-based) cannot express "POST
// /companies/list is a read" or "a write is retried on 429 only", and its HTTPError carries the
// Request (and with it the token). Each attempt also has a deadline covering the body, since a
// body that stalls after the headers is outside ky's timeout, and every 2xx body is checked
// (answer-shape.ts) before a caller sees it.
import ky from 'ky';
import type { Dispatcher } from 'undici';
import { parseAnswer } from './answer-shape.js';
import type { Query } from './client-types.js';
import type { RequestInfo, StartTimer } from './client-options.js';
import { toApiError, toNetworkError } from './errors.js';
import type { Pacer } from './pacer.js';
import { proxyDispatcher } from './proxy.js';
import { isRetryable, retryDelay, retryPolicy } from './retry.js';
import { requestUrl } from './request-url.js';
import type { StatsRecorder } from './stats.js';
import type { Wait } from './waits.js';

export const INTERCOM_VERSION = '2.16';

export type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';

export interface TransportConfig {
  baseUrl: string;
  token: string;
  maxRetries: number;
  timeoutMs: number;
  /** Per-attempt deadline covering the body too (ky's `timeout` ends at the headers). */
  totalTimeoutMs: number;
  startTimer: StartTimer;
  wait: Wait;
  /** Epoch milliseconds, compared with X-RateLimit-Reset. */
  now: () => number;
  pacer: Pacer;
  stats: StatsRecorder;
  onRequest?: (info: RequestInfo) => void;
  /** The proxy to send through (proxyFor); undefined for direct connections. */
  proxy?: URL;
}

export interface SendOptions {
  query?: Query;
  body?: unknown;
}

type Outcome =
  | { kind: 'response'; status: number; headers: Headers; text: string }
  | { kind: 'network'; error: unknown };

export type Send = <T>(
  method: Method,
  path: string,
  options?: SendOptions,
) => Promise<T | undefined>;

export function createTransport(config: TransportConfig): Send {
  const headers = {
    Authorization: `Bearer ${config.token}`,
    'Intercom-Version': INTERCOM_VERSION,
    Accept: 'application/json',
  };

  let dispatcher: Promise<Dispatcher> | undefined;

  async function attemptOnce(method: Method, url: URL, body: unknown): Promise<Outcome> {
    const via = config.proxy ? await (dispatcher ??= proxyDispatcher(config.proxy)) : undefined;
    await config.pacer.acquire();
    // Started after the pacer's wait, which is not the server's fault.
    const deadline = new AbortController();
    const cancelDeadline = config.startTimer(config.totalTimeoutMs, () =>
      deadline.abort(deadlineError(config.totalTimeoutMs)),
    );
    let released = false;
    try {
      const response = await ky(url, {
        method,
        headers,
        ...(body === undefined ? {} : { json: body }),
        retry: 0,
        throwHttpErrors: false,
        timeout: config.timeoutMs,
        signal: deadline.signal,
        // ky hands options it does not know to fetch; undici's fetch takes `dispatcher`.
        ...(via ? { dispatcher: via } : {}),
      });
      config.pacer.release(response.headers);
      released = true;
      const text = await response.text();
      return { kind: 'response', status: response.status, headers: response.headers, text };
    } catch (error) {
      return { kind: 'network', error: deadline.signal.aborted ? deadline.signal.reason : error };
    } finally {
      cancelDeadline();
      if (!released) config.pacer.release();
    }
  }

  return async function send<T>(method: Method, path: string, options: SendOptions = {}) {
    const url = requestUrl(config.baseUrl, path, options.query);
    const policy = retryPolicy(method, path);
    for (let attempt = 1; ; attempt++) {
      config.stats.record(method, path, attempt > 1);
      const outcome = await attemptOnce(method, url, options.body);
      const status = outcome.kind === 'response' ? outcome.status : undefined;
      config.onRequest?.({ method, path, status, attempt });

      if (outcome.kind === 'response' && outcome.status < 300) {
        return parseAnswer(method, path, outcome.text, config.token) as T | undefined;
      }
      if (attempt <= config.maxRetries && isRetryable(policy, status)) {
        const reset = outcome.kind === 'response' ? outcome.headers.get('x-ratelimit-reset') : null;
        const delay = retryDelay(attempt, status, reset, config.now());
        await config.wait(delay, status === 429 ? 'rate-limit' : 'retry', `${method} ${path}`);
        continue;
      }
      if (outcome.kind === 'network')
        throw toNetworkError(method, path, outcome.error, config.token);
      throw toApiError(factsOf(method, path, outcome), config.token);
    }
  };
}

/** Named like ky's timeout error, so toNetworkError reports both as "timed out". */
function deadlineError(ms: number): Error {
  return Object.assign(new Error(`no complete answer within ${ms} ms`), { name: 'TimeoutError' });
}

function factsOf(method: string, path: string, outcome: Extract<Outcome, { kind: 'response' }>) {
  return {
    method,
    path,
    status: outcome.status,
    body: outcome.text,
    requestIdHeader: outcome.headers.get('x-request-id'),
  };
}
