import nock from 'nock';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { mapConcurrent } from '../../src/intercom/pagination.js';
import { BASE, rejection, testClient } from './helpers.js';

beforeAll(() => nock.disableNetConnect());
afterEach(() => nock.cleanAll());

const page = (items: unknown[], n: number, total: number) => ({
  type: 'list',
  data: items,
  pages: { type: 'pages', page: n, per_page: 2, total_pages: total },
});

describe('listPages', () => {
  it('reads every page with page/per_page and returns items in page order', async () => {
    const scope = nock(BASE)
      .get('/articles')
      .query({ page: '1', per_page: '2' })
      .reply(200, page([{ id: 1 }, { id: 2 }], 1, 3))
      .get('/articles')
      .query({ page: '2', per_page: '2' })
      .delay(30) // page 3 arrives first; order must still be 1, 2, 3
      .reply(200, page([{ id: 3 }, { id: 4 }], 2, 3))
      .get('/articles')
      .query({ page: '3', per_page: '2' })
      .reply(200, page([{ id: 5 }], 3, 3));
    const { client } = testClient();
    const items = await client.listPages('/articles', { perPage: 2 });
    expect(items).toEqual([{ id: 1 }, { id: 2 }, { id: 3 }, { id: 4 }, { id: 5 }]);
    expect(scope.isDone()).toBe(true);
    expect(client.stats().byRoute).toEqual({ 'GET /articles': 3 });
  });

  it('defaults per_page to 150 and merges extra query parameters', async () => {
    const scope = nock(BASE)
      .get('/companies')
      .query({ tag_id: '7', page: '1', per_page: '150' })
      .reply(200, page([{ id: 'a' }], 1, 1));
    await testClient().client.listPages('/companies', { query: { tag_id: 7 } });
    expect(scope.isDone()).toBe(true);
  });

  it('treats pages: null as a single page', async () => {
    nock(BASE)
      .get('/help_center/collections')
      .query(true)
      .reply(200, { type: 'list', data: [{ id: 'c' }], pages: null });
    const { client } = testClient();
    await expect(client.listPages('/help_center/collections')).resolves.toEqual([{ id: 'c' }]);
    expect(client.stats().requests).toBe(1);
  });

  it('treats a missing pages object as a single page', async () => {
    nock(BASE)
      .get('/tags')
      .query(true)
      .reply(200, { type: 'list', data: [{ id: 't' }] });
    await expect(testClient().client.listPages('/tags')).resolves.toEqual([{ id: 't' }]);
  });

  it('uses POST for /companies/list, with page and per_page in the query', async () => {
    const scope = nock(BASE)
      .post('/companies/list')
      .query({ page: '1', per_page: '50', order: 'asc' })
      .reply(200, page([{ id: 'x' }], 1, 2))
      .post('/companies/list')
      .query({ page: '2', per_page: '50', order: 'asc' })
      .reply(200, page([{ id: 'y' }], 2, 2));
    const items = await testClient().client.listPages('/companies/list', {
      perPage: 50,
      query: { order: 'asc' },
    });
    expect(items).toEqual([{ id: 'x' }, { id: 'y' }]);
    expect(scope.isDone()).toBe(true);
  });

  it('refuses a response without a data array instead of returning nothing', async () => {
    nock(BASE).get('/articles').query(true).reply(200, { type: 'list', articles: [] });
    const error = await rejection(testClient().client.listPages('/articles'));
    expect(String(error)).toMatch(
      /GET \/articles answered with "data" that is not a list on page 1/,
    );
  });

  it('fails when a later page fails', async () => {
    nock(BASE)
      .get('/articles')
      .query({ page: '1', per_page: '150' })
      .reply(200, page([{ id: 1 }], 1, 2))
      .get('/articles')
      .query({ page: '2', per_page: '150' })
      .reply(404, { type: 'error.list', errors: [{ code: 'not_found' }] });
    const error = await rejection(testClient().client.listPages('/articles'));
    expect(error).toMatchObject({ status: 404, code: 'not_found' });
  });
});

describe('mapConcurrent', () => {
  it('never runs more than the limit at once and keeps input order', async () => {
    let active = 0;
    let peak = 0;
    const result = await mapConcurrent([5, 1, 4, 2, 3, 0, 6, 7, 8], 4, async (n) => {
      active++;
      peak = Math.max(peak, active);
      await new Promise((resolve) => setImmediate(resolve));
      for (let i = 0; i < n; i++) await Promise.resolve();
      active--;
      return n * 10;
    });
    expect(result).toEqual([50, 10, 40, 20, 30, 0, 60, 70, 80]);
    expect(peak).toBe(4);
  });

  it('starts no new work after a failure', async () => {
    const started: number[] = [];
    const run = mapConcurrent([1, 2, 3, 4, 5, 6], 2, async (n) => {
      started.push(n);
      await Promise.resolve();
      if (n === 1) throw new Error('boom');
      await new Promise((resolve) => setImmediate(resolve));
      return n;
    });
    await expect(run).rejects.toThrow('boom');
    await new Promise((resolve) => setImmediate(resolve));
    expect(started).toEqual([1, 2]);
  });
});
