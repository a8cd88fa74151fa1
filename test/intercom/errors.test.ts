import nock from 'nock';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { IntercomApiError } from '../../src/errors/intercom-api-error.js';
import { IntercomNetworkError } from '../../src/errors/intercom-network-error.js';
import { MalformedAnswerError } from '../../src/errors/malformed-answer-error.js';
import { BASE, TOKEN, leaks, reachable, rejection, testClient } from './helpers.js';

beforeAll(() => nock.disableNetConnect());
afterEach(() => nock.cleanAll());

const notFound = {
  type: 'error.list',
  request_id: 'b3a2f1e0-0000-4000-8000-000000000001',
  errors: [{ code: 'not_found', message: 'Resource Not Found' }],
};

describe('error mapping', () => {
  it('maps an error.list body to IntercomApiError with status, code, message and requestId', async () => {
    nock(BASE).get('/articles/39').reply(404, notFound);
    const { client } = testClient();
    const error = await rejection(client.get('/articles/39'));
    expect(error).toBeInstanceOf(IntercomApiError);
    const api = error as IntercomApiError;
    expect(api.status).toBe(404);
    expect(api.code).toBe('not_found');
    expect(api.requestId).toBe('b3a2f1e0-0000-4000-8000-000000000001');
    expect(api.method).toBe('GET');
    expect(api.path).toBe('/articles/39');
    expect(api.message).toContain('Resource Not Found');
    expect(client.stats().requests).toBe(1); // a 404 is not retried
  });

  it('takes the first of several errors and tolerates request_id null', async () => {
    nock(BASE)
      .post('/companies')
      .reply(400, {
        type: 'error.list',
        request_id: null,
        errors: [
          { code: 'bad_request', message: "bad 'test' parameter" },
          { code: 'parameter_invalid', message: 'second' },
        ],
      });
    const api = (await rejection(testClient().client.post('/companies', {}))) as IntercomApiError;
    expect(api.code).toBe('bad_request');
    expect(api.message).toContain("bad 'test' parameter");
    expect(api.message).not.toContain('second');
    expect(api.requestId).toBeUndefined();
  });

  it('falls back to the X-Request-Id header when the body has no request_id', async () => {
    nock(BASE)
      .get('/me')
      .reply(
        401,
        { type: 'error.list', errors: [{ code: 'unauthorized' }] },
        {
          'X-Request-Id': 'hdr-123',
        },
      );
    const api = (await rejection(testClient().client.get('/me'))) as IntercomApiError;
    expect(api.status).toBe(401);
    expect(api.code).toBe('unauthorized');
    expect(api.requestId).toBe('hdr-123');
    expect(api.hint).toMatch(/INTERCOM_TOKEN/);
  });

  it('gives a clean error for a non-JSON error body', async () => {
    nock(BASE).get('/tags').reply(502, '<html><body><h1>502 Bad Gateway</h1></body></html>');
    const { client } = testClient({ maxRetries: 0 });
    const api = (await rejection(client.get('/tags'))) as IntercomApiError;
    expect(api).toBeInstanceOf(IntercomApiError);
    expect(api.status).toBe(502);
    expect(api.code).toBeUndefined();
    expect(api.message).toBe('GET /tags: 502: a non-JSON body: 502 Bad Gateway');
  });

  it('rejects a 2xx that is not JSON, pointing at the base URL', async () => {
    nock(BASE).get('/tags').reply(200, '<html>login page</html>');
    const error = (await rejection(testClient().client.get('/tags'))) as MalformedAnswerError;
    expect(error).toBeInstanceOf(MalformedAnswerError);
    expect(error.message).toBe('GET /tags answered with a non-JSON body: login page');
    expect(error.hint).toMatch(/INTERCOM_API_URL/);
  });

  it('maps a timeout to IntercomNetworkError with timedOut wording', async () => {
    nock(BASE).get('/tags').delay(2_000).reply(200, {});
    const { client } = testClient({ timeoutMs: 20, maxRetries: 0 });
    const error = await rejection(client.get('/tags'));
    expect(error).toBeInstanceOf(IntercomNetworkError);
    expect((error as Error).message).toBe('GET /tags: timed out');
    expect(leaks(error)).toEqual([]);
  });
});

describe('the token never leaks', () => {
  it('is not reachable from an API error, even when the body echoes it', async () => {
    nock(BASE)
      .get('/me')
      .reply(401, {
        type: 'error.list',
        request_id: 'r1',
        errors: [{ code: 'unauthorized', message: `Access Token Invalid: Bearer ${TOKEN}` }],
      });
    const error = await rejection(testClient().client.get('/me'));
    expect(error).toBeInstanceOf(IntercomApiError);
    expect((error as Error).message).toContain('[redacted]');
    expect(leaks(error)).toEqual([]);
  });

  it('is not reachable from a non-JSON error body that echoes it', async () => {
    nock(BASE).get('/me').reply(400, `Bad header Authorization: Bearer ${TOKEN}`);
    const error = await rejection(testClient().client.get('/me'));
    expect(leaks(error)).toEqual([]);
  });

  it('is not reachable from a network error, and the cause keeps a readable summary', async () => {
    nock(BASE).post('/tags').replyWithError(`socket hang up; sent Bearer ${TOKEN}`);
    const error = await rejection(testClient().client.post('/tags', { name: 'x' }));
    expect(error).toBeInstanceOf(IntercomNetworkError);
    expect(String((error as Error).cause)).toContain('socket hang up');
    expect(leaks(error)).toEqual([]);
  });

  it('the leak check itself finds a token held by a Request in a cause chain', () => {
    const request = new Request(`${BASE}/me`, { headers: { authorization: `Bearer ${TOKEN}` } });
    const kyLike = Object.assign(new Error('Request timed out'), { request });
    const wrapped = new Error('outer', { cause: kyLike });
    expect(reachable(wrapped).fetchObjects).toEqual(['Request']);
    expect(leaks(wrapped)).toContain('a reachable Request');
    expect(leaks(new Error('x', { cause: { deep: [`Bearer ${TOKEN}`] } }))).toContain(
      'a reachable string',
    );
  });
});
