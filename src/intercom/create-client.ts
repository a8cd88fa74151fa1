// The composition root of the transport: it validates options once, then wires one pacer, one
// stats recorder and one scroller per client, so everything sharing a client shares its rate
// budget, counters and the single open company scroll. It reads no environment: the CLI resolves
// INTERCOM_TOKEN and the base URL (resolveBaseUrl) and passes them in, which keeps tests hermetic.
import { UserError } from '../errors/user-error.js';
import { REGION_BASE_URLS, regionBaseUrl } from './base-url.js';
import type { ClientOptions } from './client-options.js';
import type { IntercomClient, PageListOptions, Query } from './client-types.js';
import { listPages } from './pagination.js';
import { Pacer } from './pacer.js';
import { createScroller } from './scroll.js';
import { StatsRecorder } from './stats.js';
import { createTransport } from './transport.js';

export type { ClientOptions, RequestInfo } from './client-options.js';
export { resolveBaseUrl } from './base-url.js';
export type { Region } from './base-url.js';
export { INTERCOM_VERSION } from './transport.js';

const DEFAULT_MAX_RETRIES = 4;
const DEFAULT_TIMEOUT_MS = 30_000;

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
  const stats = new StatsRecorder();
  const send = createTransport({
    baseUrl:
      options.baseUrl ?? (options.region ? regionBaseUrl(options.region) : REGION_BASE_URLS.us),
    token,
    maxRetries: Math.max(0, options.maxRetries ?? DEFAULT_MAX_RETRIES),
    timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    clock,
    pacer: new Pacer(clock),
    stats,
    onRequest: options.onRequest,
  });
  const scroll = createScroller(send, clock);

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
