import nock from 'nock';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { IntercomApiError } from '../../src/errors/intercom-api-error.js';
import { IntercomNetworkError } from '../../src/errors/intercom-network-error.js';
import { backoffDelay, isRetryable, retryPolicy, untilReset } from '../../src/intercom/retry.js';
import { BASE, T0, rejection, testClient } from './helpers.js';

beforeAll(() => nock.disableNetConnect());
afterEach(() => nock.cleanAll());

const rateLimited = { type: 'error.list', errors: [{ code: 'rate_limit_exceeded' }] };
const serverError = { type: 'error.list', errors: [{ code: 'server_error' }] };

describe('reads', () => {
  it('retries a GET after a 500 with a backoff between 250 and 500 ms, then succeeds', async () => {
    const scope = nock(BASE)
      .get('/tags')
      .reply(500, serverError)
      .get('/tags')
      .reply(200, { data: [{ id: 'ok' }] });
    const { client, clock } = testClient();
    await expect(client.get('/tags')).resolves.toEqual({ data: [{ id: 'ok' }] });
    expect(scope.isDone()).toBe(true);
    expect(clock.waits).toHaveLength(1);
    expect(clock.waits[0]).toBeGreaterThanOrEqual(250);
    expect(clock.waits[0]).toBeLessThanOrEqual(500);
    expect(client.stats()).toMatchObject({ requests: 2, retries: 1 });
  });

  it('on a 429 waits until X-RateLimit-Reset plus a margin, then retries', async () => {
    const reset = String(T0 / 1000 + 5);
    nock(BASE)
      .get('/admins')
      .reply(429, rateLimited, { 'X-RateLimit-Remaining': '0', 'X-RateLimit-Reset': reset })
      .get('/admins')
      .reply(200, { admins: [] });
    const { client, clock } = testClient();
    await expect(client.get('/admins')).resolves.toEqual({ admins: [] });
    expect(clock.waits).toEqual([5_250]);
  });

  it('on a 429 without a reset header falls back to backoff', async () => {
    nock(BASE).get('/admins').reply(429, rateLimited).get('/admins').reply(200, { admins: [] });
    const { client, clock } = testClient();
    await client.get('/admins');
    expect(clock.waits).toHaveLength(1);
    expect(clock.waits[0]).toBeLessThanOrEqual(500);
  });

  it('retries a GET after a network error', async () => {
    nock(BASE).get('/me').replyWithError('ECONNRESET').get('/me').reply(200, { id: '1' });
    const { client } = testClient();
    await expect(client.get('/me')).resolves.toEqual({ id: '1' });
    expect(client.stats().retries).toBe(1);
  });

  it('treats POST /companies/list as a read and retries it on 503', async () => {
    nock(BASE)
      .post('/companies/list')
      .query(true)
      .reply(503, serverError)
      .post('/companies/list')
      .query(true)
      .reply(200, { type: 'list', data: [{ id: 'c1' }], pages: { total_pages: 1 } });
    const { client } = testClient();
    await expect(client.listPages('/companies/list')).resolves.toEqual([{ id: 'c1' }]);
  });

  it('gives up after maxRetries retries with growing backoff and throws the last error', async () => {
    nock(BASE).get('/tags').times(3).reply(500, serverError);
    const { client, clock } = testClient({ maxRetries: 2 });
    const error = await rejection(client.get('/tags'));
    expect(error).toBeInstanceOf(IntercomApiError);
    expect((error as IntercomApiError).status).toBe(500);
    expect(client.stats()).toMatchObject({ requests: 3, retries: 2 });
    expect(clock.waits).toHaveLength(2);
    expect(clock.waits[1]).toBeGreaterThanOrEqual(500);
    expect(clock.waits[1]).toBeLessThanOrEqual(1_000);
  });

  it('does not retry a 4xx other than 429', async () => {
    nock(BASE)
      .get('/tags/1')
      .reply(404, { type: 'error.list', errors: [{ code: 'not_found' }] });
    const { client, clock } = testClient();
    await rejection(client.get('/tags/1'));
    expect(client.stats().requests).toBe(1);
    expect(clock.waits).toEqual([]);
  });
});

describe('writes', () => {
  it('does not retry a POST after a 500', async () => {
    const scope = nock(BASE).post('/tags').reply(500, serverError);
    const { client, clock } = testClient();
    const error = await rejection(client.post('/tags', { name: 'vip' }));
    expect((error as IntercomApiError).status).toBe(500);
    expect(scope.isDone()).toBe(true);
    expect(client.stats()).toMatchObject({ requests: 1, retries: 0 });
    expect(clock.waits).toEqual([]);
  });

  it('retries a POST after a 429, waiting for the reset', async () => {
    const reset = String(T0 / 1000 + 2);
    nock(BASE)
      .post('/tags', { name: 'vip' })
      .reply(429, rateLimited, { 'X-RateLimit-Reset': reset })
      .post('/tags', { name: 'vip' })
      .reply(200, { type: 'tag', id: '5' });
    const { client, clock } = testClient();
    await expect(client.post('/tags', { name: 'vip' })).resolves.toEqual({ type: 'tag', id: '5' });
    expect(clock.waits).toEqual([2_250]);
  });

  it('does not retry a POST after a network error', async () => {
    nock(BASE).post('/articles').replyWithError('socket hang up');
    const { client } = testClient();
    const error = await rejection(client.post('/articles', { title: 't' }));
    expect(error).toBeInstanceOf(IntercomNetworkError);
    expect(client.stats().requests).toBe(1);
  });

  it('does not retry PUT or DELETE after a 503', async () => {
    nock(BASE).put('/articles/1').reply(503, serverError).delete('/tags/2').reply(503, serverError);
    const { client } = testClient();
    await rejection(client.put('/articles/1', {}));
    await rejection(client.delete('/tags/2'));
    expect(client.stats()).toMatchObject({ requests: 2, retries: 0 });
  });
});

describe('retry policy functions', () => {
  it('classifies reads and writes', () => {
    expect(retryPolicy('GET', '/articles')).toBe('read');
    expect(retryPolicy('POST', '/companies/list')).toBe('read');
    expect(retryPolicy('POST', '/companies')).toBe('write');
    expect(retryPolicy('GET', '/companies/scroll')).toBe('write');
    expect(isRetryable('read', undefined)).toBe(true);
    expect(isRetryable('write', undefined)).toBe(false);
    expect(isRetryable('write', 429)).toBe(true);
    expect(isRetryable('read', 409)).toBe(false);
  });

  it('backs off exponentially with equal jitter up to the 30 s cap', () => {
    expect(backoffDelay(1, () => 0)).toBe(250);
    expect(backoffDelay(1, () => 1)).toBe(500);
    expect(backoffDelay(3, () => 1)).toBe(2_000);
    expect(backoffDelay(20, () => 1)).toBe(30_000);
    expect(backoffDelay(20, () => 0)).toBe(15_000);
  });

  it('computes the wait until reset, ignoring past or malformed values and capping skew', () => {
    expect(untilReset(String(T0 / 1000 + 1), T0)).toBe(1_250);
    expect(untilReset(String(T0 / 1000 - 1), T0)).toBeUndefined();
    expect(untilReset('soon', T0)).toBeUndefined();
    expect(untilReset(String(T0 / 1000 + 3_600), T0)).toBe(30_000);
  });
});
