// A 2xx that is not the shape the operation returns is a MalformedAnswerError naming the request
// (a UserError, so the CLI prints it without a stack), never a TypeError later on, and never an
// empty list the planner would answer with duplicate creates.
import nock from 'nock';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { MalformedAnswerError } from '../../src/errors/malformed-answer-error.js';
import { isUserError } from '../../src/errors/user-error.js';
import { BASE, TOKEN, leaks, rejection, testClient } from './helpers.js';

beforeAll(() => nock.disableNetConnect());
afterEach(() => nock.cleanAll());

async function malformed(promise: Promise<unknown>): Promise<string> {
  const error = await rejection(promise);
  expect(error).toBeInstanceOf(MalformedAnswerError);
  expect(isUserError(error)).toBe(true);
  expect(leaks(error)).toEqual([]);
  return (error as Error).message;
}

describe('malformed answers', () => {
  it('an empty 200 where JSON was expected', async () => {
    nock(BASE).get('/me').reply(200, '');
    nock(BASE).put('/articles/7').reply(200, '');
    const { client } = testClient();
    expect(await malformed(client.get('/me'))).toBe(
      'GET /me answered with an empty body where JSON was expected',
    );
    expect(await malformed(client.put('/articles/7', {}))).toMatch(/^PUT \/articles\/7 answered/);
  });

  it('a body that is not JSON, without echoing the token', async () => {
    nock(BASE).get('/tags').reply(200, `<html>Bearer ${TOKEN}</html>`);
    const message = await malformed(testClient().client.get('/tags'));
    expect(message).toBe('GET /tags answered with a non-JSON body: Bearer [redacted]');
  });

  it('JSON that is not an object', async () => {
    nock(BASE).get('/me').reply(200, '[1, 2]');
    expect(await malformed(testClient().client.get('/me'))).toBe(
      'GET /me answered with JSON that is not an object',
    );
  });

  it('a list read with get whose items are not a list, or have no id', async () => {
    nock(BASE)
      .get('/tags')
      .reply(200, { type: 'list', data: { id: '1' } });
    nock(BASE).get('/tags').reply(200, { type: 'list' });
    nock(BASE)
      .get('/admins')
      .reply(200, { type: 'admin.list', admins: [{ id: '1' }, { email: 'x@y.z' }] });
    const { client } = testClient();
    expect(await malformed(client.get('/tags'))).toBe(
      'GET /tags answered with "data" that is not a list',
    );
    expect(await malformed(client.get('/tags'))).toMatch(/"data" that is not a list/);
    expect(await malformed(client.get('/admins'))).toBe(
      'GET /admins answered with a list item without an id (item 2 of "admins")',
    );
  });

  it('a list page whose data is not a list, or has an item without an id', async () => {
    nock(BASE).get('/articles').query(true).reply(200, { type: 'list', data: null });
    nock(BASE)
      .get('/help_center/collections')
      .query(true)
      .reply(200, { type: 'list', data: [{ id: 'c1' }, { name: 'no id' }] });
    const { client } = testClient();
    expect(await malformed(client.listPages('/articles'))).toBe(
      'GET /articles answered with "data" that is not a list on page 1',
    );
    expect(await malformed(client.listPages('/help_center/collections'))).toBe(
      'GET /help_center/collections answered with a list item without an id (item 2 of "data" on page 1)',
    );
  });

  it('a list page with a total_pages that is not a page count', async () => {
    nock(BASE)
      .get('/articles')
      .query(true)
      .reply(200, { type: 'list', data: [], pages: { total_pages: '3' } });
    expect(await malformed(testClient().client.listPages('/articles'))).toMatch(
      /^GET \/articles answered with pages.total_pages "3"/,
    );
  });

  it('a scroll page without data is an error, not the end of the scroll', async () => {
    nock(BASE)
      .get('/companies/scroll')
      .reply(200, { type: 'list', data: [{ id: 'a' }], scroll_param: 'p' })
      .get('/companies/scroll')
      .query({ scroll_param: 'p' })
      .reply(200, { type: 'list', scroll_param: 'p' });
    expect(await malformed(testClient().client.scrollCompanies())).toBe(
      'GET /companies/scroll answered with "data" that is not a list on page 2',
    );
  });

  it('a scroll page whose company has no id', async () => {
    nock(BASE)
      .get('/companies/scroll')
      .reply(200, { type: 'list', data: [{ company_id: 'acme' }], scroll_param: 'p' });
    expect(await malformed(testClient().client.scrollCompanies())).toMatch(
      /^GET \/companies\/scroll answered with a list item without an id/,
    );
  });

  it('still accepts the empty 200 of a DELETE', async () => {
    nock(BASE).delete('/tags/17').reply(200, '');
    await expect(testClient().client.delete('/tags/17')).resolves.toBeUndefined();
  });
});
