// The single place a request is sent: pacing, stats, retries and error mapping happen here once,
// so get/post/put/delete, pagination and scroll all behave the same. ky is used with its own
// retries and HTTP errors off because its retry rules (method-based) cannot express "POST
// /companies/list is a read" or "a write is retried on 429 only", and its HTTPError carries the
// Request (and with it the token).
import ky from 'ky';
import type { Query } from './client-types.js';
import type { Clock, RequestInfo } from './client-options.js';
import { toApiError, toNetworkError, toUnexpectedBodyError, parseJson } from './errors.js';
import type { Pacer } from './pacer.js';
import { isRetryable, retryDelay, retryPolicy } from './retry.js';
import { requestUrl } from './request-url.js';
import type { StatsRecorder } from './stats.js';

export const INTERCOM_VERSION = '2.16';

export type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';

export interface TransportConfig {
  baseUrl: string;
  token: string;
  maxRetries: number;
  timeoutMs: number;
  clock: Clock;
  pacer: Pacer;
  stats: StatsRecorder;
  onRequest?: (info: RequestInfo) => void;
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

  async function attemptOnce(method: Method, url: URL, body: unknown): Promise<Outcome> {
    await config.pacer.acquire();
    let released = false;
    try {
      const response = await ky(url, {
        method,
        headers,
        ...(body === undefined ? {} : { json: body }),
        retry: 0,
        throwHttpErrors: false,
        timeout: config.timeoutMs,
      });
      config.pacer.release(response.headers);
      released = true;
      const text = await response.text();
      return { kind: 'response', status: response.status, headers: response.headers, text };
    } catch (error) {
      return { kind: 'network', error };
    } finally {
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
        return parseSuccess<T>(method, path, outcome, config.token);
      }
      if (attempt <= config.maxRetries && isRetryable(policy, status)) {
        const reset = outcome.kind === 'response' ? outcome.headers.get('x-ratelimit-reset') : null;
        await config.clock.sleep(retryDelay(attempt, status, reset, config.clock.now()));
        continue;
      }
      if (outcome.kind === 'network')
        throw toNetworkError(method, path, outcome.error, config.token);
      throw toApiError(factsOf(method, path, outcome), config.token);
    }
  };
}

function parseSuccess<T>(
  method: string,
  path: string,
  outcome: Extract<Outcome, { kind: 'response' }>,
  token: string,
): T | undefined {
  if (outcome.text.trim() === '') return undefined;
  const parsed = parseJson(outcome.text);
  if (parsed === undefined) throw toUnexpectedBodyError(factsOf(method, path, outcome), token);
  return parsed as T;
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
