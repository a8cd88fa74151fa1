// Waits over 5 s are announced through onWait (the client never prints), so a long rate-limit
// pause does not look like a hang; routine short backoffs stay silent.
import nock from 'nock';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { WaitInfo } from '../../src/intercom/create-client.js';
import { waitMessage } from '../../src/intercom/waits.js';
import { BASE, T0, testClient } from './helpers.js';

beforeAll(() => nock.disableNetConnect());
afterEach(() => nock.cleanAll());

const rateLimited = { type: 'error.list', errors: [{ code: 'rate_limit_exceeded' }] };
const resetIn = (seconds: number) => ({
  'X-RateLimit-Remaining': '0',
  'X-RateLimit-Reset': String(T0 / 1000 + seconds),
});

function recording() {
  const events: WaitInfo[] = [];
  return { events, onWait: (wait: WaitInfo) => void events.push(wait) };
}

describe('onWait', () => {
  it('announces a 429 wait over 5 s before it starts, naming the request', async () => {
    nock(BASE)
      .get('/tags')
      .reply(429, rateLimited, resetIn(12))
      .get('/tags')
      .reply(200, { data: [] });
    const { events, onWait } = recording();
    const { client, clock } = testClient({ onWait });
    await client.get('/tags');
    expect(clock.waits).toEqual([12_250]);
    expect(events).toEqual([
      {
        ms: 12_250,
        reason: 'rate-limit',
        request: 'GET /tags',
        message: "waiting 13 s for Intercom's rate limit to reset (GET /tags)",
      },
    ]);
  });

  it('stays silent for a wait of 5 s or less', async () => {
    nock(BASE)
      .get('/tags')
      .reply(429, rateLimited, resetIn(4))
      .get('/tags')
      .reply(500, {})
      .get('/tags')
      .reply(200, { data: [] });
    const { events, onWait } = recording();
    const { client, clock } = testClient({ onWait });
    await client.get('/tags');
    expect(clock.waits).toHaveLength(2);
    expect(events).toEqual([]);
  });

  it("announces the pacer's wait for the rate-limit window", async () => {
    nock(BASE)
      .get('/tags')
      .reply(200, { data: [] }, resetIn(9))
      .get('/admins')
      .reply(200, { admins: [] });
    const { events, onWait } = recording();
    const { client } = testClient({ onWait });
    await client.get('/tags');
    await client.get('/admins');
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ ms: 9_250, reason: 'rate-limit', request: undefined });
  });

  it('words each reason for a person', () => {
    expect(waitMessage(8_000, 'retry', 'GET /articles')).toBe(
      'waiting 8 s before retrying GET /articles',
    );
    expect(waitMessage(65_000, 'scroll-expiry')).toMatch(
      /^waiting 65 s for the open company scroll to expire/,
    );
  });
});
