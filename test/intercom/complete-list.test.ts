// A list that comes back shorter than the total_count Intercom reported is read once more, and
// is never returned short: the planner would create the missing objects again.
import nock from 'nock';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { IncompleteListError } from '../../src/errors/incomplete-list-error.js';
import { BASE, rejection, testClient } from './helpers.js';

beforeAll(() => nock.disableNetConnect());
afterEach(() => nock.cleanAll());

const ids = (...list: string[]) => list.map((id) => ({ id }));
const page = (items: unknown[], n: number, totalPages: number, totalCount: number) => ({
  type: 'list',
  data: items,
  total_count: totalCount,
  pages: { type: 'pages', page: n, per_page: 2, total_pages: totalPages },
});
/** Three articles on two pages; `second` is what page 2 holds on that read. */
const articles = (second: unknown[]) =>
  nock(BASE)
    .get('/articles')
    .query({ page: '1', per_page: '2' })
    .reply(200, page(ids('a', 'b'), 1, 2, 3))
    .get('/articles')
    .query({ page: '2', per_page: '2' })
    .reply(200, page(second, 2, 2, 3));

describe('listPages against total_count', () => {
  it('reads the list again when a page silently missed an object', async () => {
    const first = articles([]);
    const second = articles(ids('c'));
    const { client } = testClient();
    const items = await client.listPages('/articles', { perPage: 2 });
    expect(items).toEqual(ids('a', 'b', 'c'));
    expect(first.isDone() && second.isDone()).toBe(true);
    expect(client.stats().requests).toBe(4);
  });

  it('fails naming the request and the counts when the second read is short too', async () => {
    articles([]);
    articles([]);
    const { client } = testClient();
    const error = await rejection(client.listPages('/articles', { perPage: 2 }));
    expect(error).toBeInstanceOf(IncompleteListError);
    expect((error as Error).message).toMatch(/^GET \/articles: read 2 of the 3 objects/);
    expect(error).toMatchObject({ received: 2, totalCount: 3 });
    expect(client.stats().requests).toBe(4);
  });

  it('counts an object seen on two shifted pages once, and returns it once', async () => {
    articles(ids('b'));
    articles(ids('b', 'c'));
    const { client } = testClient();
    await expect(client.listPages('/articles', { perPage: 2 })).resolves.toEqual(
      ids('a', 'b', 'c'),
    );
  });

  it('does not read again when the list has no total_count', async () => {
    nock(BASE)
      .get('/tags')
      .query(true)
      .reply(200, { type: 'list', data: ids('t') });
    const { client } = testClient();
    await expect(client.listPages('/tags')).resolves.toEqual(ids('t'));
    expect(client.stats().requests).toBe(1);
  });
});

describe('scrollCompanies against total_count', () => {
  const scroll = (companies: string[]) =>
    nock(BASE)
      .get('/companies/scroll')
      .reply(200, { type: 'list', data: ids(...companies), total_count: 3, scroll_param: 'p' })
      .get('/companies/scroll')
      .query({ scroll_param: 'p' })
      .reply(200, { type: 'list', data: [], total_count: 3 });

  it('scrolls again when a number total_count says a company is missing', async () => {
    scroll(['a', 'b']);
    scroll(['a', 'b', 'c']);
    const { client } = testClient();
    await expect(client.scrollCompanies()).resolves.toEqual(ids('a', 'b', 'c'));
    expect(client.stats().requests).toBe(4);
  });

  it('fails instead of returning a short scroll twice', async () => {
    scroll(['a']);
    scroll(['a', 'b']);
    const error = await rejection(testClient().client.scrollCompanies());
    expect(error).toBeInstanceOf(IncompleteListError);
    expect((error as Error).message).toMatch(/^GET \/companies\/scroll: read 2 of the 3 objects/);
  });
});
