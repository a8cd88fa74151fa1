import nock from 'nock';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { UserError } from '../../src/errors/user-error.js';
import { createClient } from '../../src/intercom/create-client.js';
import { BASE, TOKEN, leaks, testClient } from './helpers.js';

beforeAll(() => nock.disableNetConnect());
afterEach(() => nock.cleanAll());

type Captured = { headers: Record<string, string | string[] | undefined>; body: unknown };

function capture(interceptor: nock.Interceptor, status: number, reply: unknown): Captured {
  const seen: Captured = { headers: {}, body: undefined };
  interceptor.reply(function (_uri, body) {
    seen.headers = this.req.headers;
    seen.body = body;
    return [status, reply as nock.Body];
  });
  return seen;
}

describe('request headers and bodies', () => {
  it('sends Bearer auth, Intercom-Version 2.16 and Accept JSON on a GET, with no Content-Type', async () => {
    const seen = capture(nock(BASE).get('/me'), 200, { type: 'admin' });
    await testClient().client.get('/me');
    expect(seen.headers.authorization).toBe(`Bearer ${TOKEN}`);
    expect(seen.headers['intercom-version']).toBe('2.16');
    expect(seen.headers.accept).toBe('application/json');
    expect(seen.headers['content-type']).toBeUndefined();
  });

  it('sends a JSON body with Content-Type on POST and PUT', async () => {
    const post = capture(nock(BASE).post('/tags'), 200, { type: 'tag', id: '1' });
    const put = capture(nock(BASE).put('/articles/7'), 200, { id: '7' });
    const { client } = testClient();
    await expect(client.post('/tags', { name: 'vip' })).resolves.toEqual({ type: 'tag', id: '1' });
    await client.put('/articles/7', { title: 'Hi' });
    expect(post.headers['content-type']).toMatch(/^application\/json/);
    expect(post.headers['intercom-version']).toBe('2.16');
    expect(post.body).toEqual({ name: 'vip' });
    expect(put.headers['content-type']).toMatch(/^application\/json/);
    expect(put.body).toEqual({ title: 'Hi' });
  });

  it('sends query parameters and skips undefined ones', async () => {
    const scope = nock(BASE)
      .get('/companies')
      .query({ company_id: 'acme', page: '2' })
      .reply(200, {});
    await testClient().client.get('/companies', { company_id: 'acme', page: 2, name: undefined });
    expect(scope.isDone()).toBe(true);
  });

  it('resolves delete to undefined on an empty 200 and to the body otherwise', async () => {
    nock(BASE).delete('/tags/17').reply(200, '');
    nock(BASE).delete('/articles/9').reply(200, { id: '9', deleted: true });
    const { client } = testClient();
    await expect(client.delete('/tags/17')).resolves.toBeUndefined();
    await expect(client.delete('/articles/9')).resolves.toEqual({ id: '9', deleted: true });
  });

  it('reports each attempt to onRequest without the token', async () => {
    nock(BASE).get('/tags').reply(500, {}).get('/tags').reply(200, { data: [] });
    const infos: unknown[] = [];
    await testClient({ onRequest: (info) => infos.push(info) }).client.get('/tags');
    expect(infos).toEqual([
      { method: 'GET', path: '/tags', status: 500, attempt: 1 },
      { method: 'GET', path: '/tags', status: 200, attempt: 2 },
    ]);
    expect(JSON.stringify(infos)).not.toContain(TOKEN);
  });
});

describe('token checks', () => {
  it('rejects an empty token', () => {
    expect(() => createClient({ token: '  ' })).toThrow(UserError);
  });

  it('rejects a token with a newline without quoting it (fetch would quote the header)', () => {
    const bad = `${TOKEN}\nX-Evil: 1`;
    let error: unknown;
    try {
      createClient({ token: bad });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(UserError);
    expect(leaks(error)).toEqual([]);
  });

  it('trims surrounding whitespace from the token', async () => {
    const seen = capture(nock(BASE).get('/me'), 200, {});
    await testClient({ token: `  ${TOKEN}\n` }).client.get('/me');
    expect(seen.headers.authorization).toBe(`Bearer ${TOKEN}`);
  });
});
