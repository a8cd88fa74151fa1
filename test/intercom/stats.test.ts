import nock from 'nock';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { routeTemplate } from '../../src/intercom/stats.js';
import { BASE, TOKEN, testClient } from './helpers.js';

beforeAll(() => nock.disableNetConnect());
afterEach(() => nock.cleanAll());

describe('routeTemplate', () => {
  it.each([
    ['PUT', '/articles/39', 'PUT /articles/{id}'],
    ['get', '/companies/5f1a2b3c4d5e6f7a8b9c0d1e', 'GET /companies/{id}'],
    ['PUT', '/admins/991267/away', 'PUT /admins/{id}/away'],
    ['GET', '/help_center/collections/12?x=1', 'GET /help_center/collections/{id}'],
    ['POST', '/companies/list', 'POST /companies/list'],
    ['GET', '/companies/scroll', 'GET /companies/scroll'],
    ['GET', '/things/face', 'GET /things/face'],
    ['GET', '/jobs/123e4567-e89b-12d3-a456-426614174000', 'GET /jobs/{id}'],
  ])('%s %s -> %s', (method, path, template) => {
    expect(routeTemplate(method, path)).toBe(template);
  });
});

describe('stats()', () => {
  it('counts requests, retries and route templates, retries included', async () => {
    nock(BASE)
      .put('/articles/1')
      .reply(200, {})
      .put('/articles/2')
      .reply(200, {})
      .get('/companies/5f1a2b3c4d5e6f7a8b9c0d1e')
      .reply(503, {})
      .get('/companies/5f1a2b3c4d5e6f7a8b9c0d1e')
      .reply(200, {})
      .delete('/tags/17')
      .reply(200, '');
    const { client } = testClient();
    await client.put('/articles/1', {});
    await client.put('/articles/2', {});
    await client.get('/companies/5f1a2b3c4d5e6f7a8b9c0d1e');
    await client.delete('/tags/17');
    const stats = client.stats();
    expect(stats).toEqual({
      requests: 5,
      retries: 1,
      byRoute: { 'PUT /articles/{id}': 2, 'GET /companies/{id}': 2, 'DELETE /tags/{id}': 1 },
    });
    expect(JSON.stringify(stats)).not.toContain(TOKEN);
  });

  it('returns a copy the caller cannot use to change the counters', async () => {
    nock(BASE).get('/tags').reply(200, { data: [] });
    const { client } = testClient();
    await client.get('/tags');
    const snapshot = client.stats();
    snapshot.requests = 99;
    snapshot.byRoute['GET /tags'] = 99;
    expect(client.stats()).toEqual({ requests: 1, retries: 0, byRoute: { 'GET /tags': 1 } });
  });
});
