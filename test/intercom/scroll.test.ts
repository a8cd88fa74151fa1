import nock from 'nock';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { IntercomApiError } from '../../src/errors/intercom-api-error.js';
import { BASE, rejection, testClient } from './helpers.js';

beforeAll(() => nock.disableNetConnect());
afterEach(() => nock.cleanAll());

const scrollPage = (ids: string[], param: string) => ({
  type: 'list',
  data: ids.map((id) => ({ type: 'company', id })),
  pages: null,
  total_count: null,
  scroll_param: param,
});
const networkFailure = {
  type: 'error.list',
  errors: [{ code: 'server_error', message: 'Request failed due to an internal network error.' }],
};

describe('scrollCompanies', () => {
  it('follows scroll_param until a page comes back empty', async () => {
    const scope = nock(BASE)
      .get('/companies/scroll')
      .reply(200, scrollPage(['a', 'b'], 'p1'))
      .get('/companies/scroll')
      .query({ scroll_param: 'p1' })
      .reply(200, scrollPage(['c'], 'p1'))
      .get('/companies/scroll')
      .query({ scroll_param: 'p1' })
      .reply(200, scrollPage([], 'p1'));
    const { client } = testClient();
    const companies = await client.scrollCompanies<{ id: string }>();
    expect(companies.map((c) => c.id)).toEqual(['a', 'b', 'c']);
    expect(scope.isDone()).toBe(true);
  });

  it('restarts from the first page after a 500, without duplicating companies', async () => {
    const scope = nock(BASE)
      .get('/companies/scroll')
      .reply(200, scrollPage(['a'], 'old'))
      .get('/companies/scroll')
      .query({ scroll_param: 'old' })
      .reply(500, networkFailure)
      .get('/companies/scroll')
      .reply(200, scrollPage(['a'], 'new'))
      .get('/companies/scroll')
      .query({ scroll_param: 'new' })
      .reply(200, scrollPage(['b'], 'new'))
      .get('/companies/scroll')
      .query({ scroll_param: 'new' })
      .reply(200, scrollPage([], 'new'));
    const { client, clock } = testClient();
    const companies = await client.scrollCompanies<{ id: string }>();
    expect(companies.map((c) => c.id)).toEqual(['a', 'b']);
    expect(scope.isDone()).toBe(true);
    expect(clock.waits).toHaveLength(1); // one backoff before the restart
  });

  it('gives up after 3 restarts', async () => {
    nock(BASE).get('/companies/scroll').times(4).reply(500, networkFailure);
    const { client } = testClient();
    const error = await rejection(client.scrollCompanies());
    expect(error).toBeInstanceOf(IntercomApiError);
    expect((error as IntercomApiError).status).toBe(500);
    expect(client.stats().requests).toBe(4);
  });

  it('does not restart on a 4xx', async () => {
    nock(BASE)
      .get('/companies/scroll')
      .reply(400, { type: 'error.list', errors: [{ code: 'parameter_invalid' }] });
    const { client } = testClient();
    await rejection(client.scrollCompanies());
    expect(client.stats().requests).toBe(1);
  });

  it('is single-flight: a concurrent call shares the running scroll', async () => {
    nock(BASE)
      .get('/companies/scroll')
      .delay(20)
      .reply(200, scrollPage(['a'], 'p'))
      .get('/companies/scroll')
      .query({ scroll_param: 'p' })
      .reply(200, scrollPage([], 'p'));
    const { client } = testClient();
    const first = client.scrollCompanies();
    const second = client.scrollCompanies();
    expect(second).toBe(first);
    await expect(first).resolves.toEqual([{ type: 'company', id: 'a' }]);
    expect(client.stats().requests).toBe(2);
  });

  it('opens a new scroll for a call made after the previous one finished', async () => {
    nock(BASE).get('/companies/scroll').times(2).reply(200, scrollPage([], 'p'));
    const { client } = testClient();
    await client.scrollCompanies();
    await client.scrollCompanies();
    expect(client.stats().requests).toBe(2);
  });

  it('refuses a non-empty page without scroll_param instead of looping', async () => {
    nock(BASE)
      .get('/companies/scroll')
      .reply(200, { type: 'list', data: [{ id: 'a' }], scroll_param: null });
    const error = await rejection(testClient().client.scrollCompanies());
    expect(String(error)).toMatch(/without scroll_param/);
  });
});
