// Intercom allows one open company scroll per workspace. After a 500 mid-scroll (or a run killed
// mid-scroll) the old scroll stays open until it has been unused for a minute, and a new one is
// refused; the client waits that out (announcing it), then starts again, a bounded number of times.
import nock from 'nock';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { IntercomApiError } from '../../src/errors/intercom-api-error.js';
import type { WaitInfo } from '../../src/intercom/create-client.js';
import { SCROLL_EXPIRY_WAIT_MS } from '../../src/intercom/scroll.js';
import { BASE, rejection, testClient } from './helpers.js';

beforeAll(() => nock.disableNetConnect());
afterEach(() => nock.cleanAll());

const scrollPage = (ids: string[], param?: string) => ({
  type: 'list',
  data: ids.map((id) => ({ type: 'company', id })),
  pages: null,
  total_count: null,
  ...(param ? { scroll_param: param } : {}),
});
const scrollExists = { type: 'error.list', errors: [{ code: 'scroll_exists' }] };
// What Intercom has also been seen to send, and what the sandbox sends.
const alreadyExists = {
  type: 'error.list',
  errors: [{ code: 'bad_request', message: 'scroll already exists for this app' }],
};

function recording() {
  const events: WaitInfo[] = [];
  return { events, onWait: (wait: WaitInfo) => void events.push(wait) };
}

describe('scrollCompanies when a scroll is still open', () => {
  it('after a 500 mid-scroll, waits for the old scroll to expire and starts again', async () => {
    const scope = nock(BASE)
      .get('/companies/scroll')
      .reply(200, scrollPage(['a'], 'old'))
      .get('/companies/scroll')
      .query({ scroll_param: 'old' })
      .reply(500, { type: 'error.list', errors: [{ code: 'server_error' }] })
      .get('/companies/scroll')
      .reply(400, scrollExists)
      .get('/companies/scroll')
      .reply(200, scrollPage(['a', 'b'], 'new'))
      .get('/companies/scroll')
      .query({ scroll_param: 'new' })
      .reply(200, scrollPage([]));
    const { events, onWait } = recording();
    const { client, clock } = testClient({ onWait });
    const companies = await client.scrollCompanies<{ id: string }>();
    expect(companies.map((c) => c.id)).toEqual(['a', 'b']);
    expect(scope.isDone()).toBe(true);
    expect(clock.waits.slice(1)).toEqual([SCROLL_EXPIRY_WAIT_MS]); // after the short backoff
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ reason: 'scroll-expiry', request: 'GET /companies/scroll' });
    expect(events[0]!.message).toMatch(/waiting 65 s for the open company scroll to expire/);
  });

  it('a run that finds a scroll left open by a killed run waits it out', async () => {
    nock(BASE)
      .get('/companies/scroll')
      .reply(400, alreadyExists)
      .get('/companies/scroll')
      .reply(200, scrollPage(['a'], 'p'))
      .get('/companies/scroll')
      .query({ scroll_param: 'p' })
      .reply(200, scrollPage([]));
    const { client, clock } = testClient();
    await expect(client.scrollCompanies()).resolves.toEqual([{ type: 'company', id: 'a' }]);
    expect(clock.waits).toEqual([SCROLL_EXPIRY_WAIT_MS]);
  });

  it('gives up after 3 waits with an error that says the scroll stayed open', async () => {
    nock(BASE).get('/companies/scroll').times(4).reply(400, scrollExists);
    const { events, onWait } = recording();
    const { client, clock } = testClient({ onWait });
    const error = await rejection(client.scrollCompanies());
    expect(error).toBeInstanceOf(IntercomApiError);
    expect((error as Error).message).toMatch(/a company scroll stayed open through 3 waits/);
    expect((error as IntercomApiError).hint).toMatch(/another process is scrolling companies/);
    expect(client.stats().requests).toBe(4);
    expect(clock.waits).toEqual([65_000, 65_000, 65_000]);
    expect(events).toHaveLength(3);
  });
});
