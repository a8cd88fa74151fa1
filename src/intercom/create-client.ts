// The composition root of the transport: it validates options once, then wires one pacer, one
// stats recorder and one scroller per client, so everything sharing a client shares its rate
// budget, counters and the single open company scroll. It reads no environment: the CLI resolves
// INTERCOM_TOKEN, the base URL (resolveBaseUrl) and the environment the proxy settings come from
// and passes them in, which keeps tests hermetic.
import { UserError } from '../errors/user-error.js';
import { REGION_BASE_URLS, regionBaseUrl } from './base-url.js';
import type { ClientOptions } from './client-options.js';
import type { IntercomClient, PageListOptions, Query } from './client-types.js';
import { listPages } from './pagination.js';
import { Pacer } from './pacer.js';
import { proxyFor } from './proxy.js';
import { createScroller } from './scroll.js';
import { StatsRecorder } from './stats.js';
import { createTransport } from './transport.js';
import { createWait } from './waits.js';

export type { ClientOptions, RequestInfo, WaitInfo, WaitReason } from './client-options.js';
export { LONG_WAIT_MS } from './waits.js';
export { resolveBaseUrl } from './base-url.js';
export type { Region } from './base-url.js';
export { INTERCOM_VERSION } from './transport.js';

const DEFAULT_MAX_RETRIES = 4;
const DEFAULT_TIMEOUT_MS = 30_000;
const DEFAULT_TOTAL_TIMEOUT_MS = 60_000;

/**
 * An Intercom REST client for API version 2.16 with retries, rate-limit pacing and pagination.
 * @example
 * const client = createClient({ token: process.env.INTERCOM_TOKEN!, region: 'eu' });
 * const tags = await client.get<{ data: Tag[] }>('/tags');
 */
export function createClient(options: ClientOptions): IntercomClient {
  const token = checkedToken(options.token);
  const clock = {
    sleep: options.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms))),
    now: options.now ?? Date.now,
  };
  const wait = createWait(clock.sleep, options.onWait);
  const stats = new StatsRecorder();
  const baseUrl =
    options.baseUrl ?? (options.region ? regionBaseUrl(options.region) : REGION_BASE_URLS.us);
  const send = createTransport({
    baseUrl,
    token,
    maxRetries: Math.max(0, options.maxRetries ?? DEFAULT_MAX_RETRIES),
    timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    totalTimeoutMs: options.totalTimeoutMs ?? DEFAULT_TOTAL_TIMEOUT_MS,
    startTimer: options.startTimer ?? realTimer,
    wait,
    now: clock.now,
    // The pacer's waits are rate-limit waits too, so they are announced the same way.
    pacer: new Pacer({ now: clock.now, sleep: (ms) => wait(ms, 'rate-limit') }),
    stats,
    onRequest: options.onRequest,
    proxy: proxyFor(baseUrl, options.env ?? {}),
  });
  const scroll = createScroller(send, wait);

  return {
    get: async <T>(path: string, query?: Query) => (await send<T>('GET', path, { query })) as T,
    post: async <T>(path: string, body?: unknown, query?: Query) =>
      (await send<T>('POST', path, { body, query })) as T,
    put: async <T>(path: string, body: unknown) => (await send<T>('PUT', path, { body })) as T,
    delete: <T>(path: string) => send<T>('DELETE', path),
    listPages: <T>(path: string, pageOptions?: PageListOptions) =>
      listPages<T>(send, path, pageOptions),
    scrollCompanies: <T>() => scroll<T>(),
    stats: () => stats.snapshot(),
  };
}

function realTimer(ms: number, onTimeout: () => void): () => void {
  const timer = setTimeout(onTimeout, ms);
  return () => clearTimeout(timer);
}

// A token with whitespace or control characters makes fetch throw an error whose message quotes
// the whole header value; rejecting it here, without echoing it, keeps the token out of errors.
function checkedToken(raw: string): string {
  const token = (raw ?? '').trim();
  if (token === '') {
    throw new UserError('no Intercom access token', { hint: 'set INTERCOM_TOKEN' });
  }
  if (!/^[\x21-\x7e]+$/.test(token)) {
    throw new UserError('the Intercom access token contains spaces or non-ASCII characters', {
      hint: 'copy the token again from Developer Hub > Configure > Authentication',
    });
  }
  return token;
}
