import nock from 'nock';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { Pacer } from '../../src/intercom/pacer.js';
import { BASE, T0, fakeClock, testClient } from './helpers.js';

beforeAll(() => nock.disableNetConnect());
afterEach(() => nock.cleanAll());

const limits = (remaining: number, resetInSeconds: number) => ({
  'X-RateLimit-Limit': '167',
  'X-RateLimit-Remaining': String(remaining),
  'X-RateLimit-Reset': String(T0 / 1000 + resetInSeconds),
});

describe('pacer in the client', () => {
  it('delays the next request until the reset once remaining hits 0', async () => {
    nock(BASE)
      .get('/tags')
      .reply(200, { data: [] }, limits(0, 3))
      .get('/admins')
      .reply(200, { admins: [] }, limits(166, 13));
    const { client, clock } = testClient();
    await client.get('/tags');
    expect(clock.waits).toEqual([]);
    await client.get('/admins');
    expect(clock.waits).toEqual([3_250]);
    expect(client.stats().retries).toBe(0); // paced, not refused and retried
  });

  it('does not wait while plenty of the window is left', async () => {
    nock(BASE).get('/tags').times(2).reply(200, { data: [] }, limits(100, 3));
    const { client, clock } = testClient();
    await client.get('/tags');
    await client.get('/tags');
    expect(clock.waits).toEqual([]);
  });

  it('counts requests in flight against what is left', async () => {
    nock(BASE).get('/me').reply(200, {}, limits(3, 5));
    nock(BASE).get('/tags').times(3).reply(200, { data: [] });
    const { client, clock } = testClient();
    await client.get('/me');
    // 3 left, reserve 1: two may go at once, the third waits for the window.
    await Promise.all([client.get('/tags'), client.get('/tags'), client.get('/tags')]);
    expect(clock.waits).toEqual([5_250]);
  });
});

describe('Pacer', () => {
  const headers = (remaining: number, resetInSeconds: number) =>
    new Headers(limits(remaining, resetInSeconds));

  it('knows nothing until it has seen headers', () => {
    expect(new Pacer(fakeClock()).waitMs()).toBe(0);
  });

  it('ignores a response from an older window and keeps the lowest count within one', () => {
    // release() without acquire() just feeds headers; the in-flight count never goes below 0.
    const pacer = new Pacer(fakeClock());
    pacer.release(headers(0, 4));
    expect(pacer.waitMs()).toBe(4_250);
    pacer.release(headers(50, 2)); // an older window arriving late
    expect(pacer.waitMs()).toBe(4_250);
    pacer.release(headers(10, 14)); // a newer window replaces the old one
    expect(pacer.waitMs()).toBe(0);
    pacer.release(headers(1, 14)); // same window: the lower count wins...
    expect(pacer.waitMs()).toBe(14_250);
    pacer.release(headers(5, 14)); // ...and a late, higher one does not undo it
    expect(pacer.waitMs()).toBe(14_250);
  });

  it('waits once per request, then lets it go even if the clock still says wait', async () => {
    const waits: number[] = [];
    const stuck = { now: () => 0, sleep: async (ms: number) => void waits.push(ms) };
    const pacer = new Pacer(stuck);
    pacer.release(new Headers({ 'X-RateLimit-Remaining': '0', 'X-RateLimit-Reset': '5' }));
    await pacer.acquire();
    expect(waits).toEqual([5_250]);
  });

  it('goes at once when the reset is already past', async () => {
    const clock = fakeClock();
    const pacer = new Pacer(clock);
    await pacer.acquire();
    pacer.release(headers(0, -1));
    expect(pacer.waitMs()).toBe(0);
  });
});
