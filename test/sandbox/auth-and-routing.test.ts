// The cross-cutting contract every endpoint shares: auth, error.list bodies, 404s, the log.
import { describe, expect, it } from 'vitest';
import { baseSeed, call, firstError, get, start } from './helpers.js';

describe('authentication and routing', () => {
  it('answers 401 unauthorized without a bearer token, and without rate-limit headers', async () => {
    const sb = await start({ seed: baseSeed });
    const variants: Record<string, string>[] = [
      {},
      { Authorization: 'Basic abc' },
      { Authorization: 'Bearer ' },
    ];
    for (const headers of variants) {
      const r = await call(sb, 'GET', '/me', undefined, headers);
      expect(r.status).toBe(401);
      expect(firstError(r)).toEqual({ code: 'unauthorized', message: 'Access Token Invalid' });
      expect(r.body.request_id).toMatch(
        /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/,
      );
      expect(r.headers.get('x-ratelimit-limit')).toBeNull();
    }
    expect((await get(sb, '/me')).status).toBe(200);
  });

  it('answers unknown routes and unsupported methods with 404 not_found', async () => {
    const sb = await start({ seed: baseSeed });
    expect(firstError(await get(sb, '/nope')).code).toBe('not_found');
    const r = await call(sb, 'PATCH', '/tags');
    expect(r.status).toBe(404);
    expect(firstError(r).code).toBe('not_found');
  });

  it('rejects a body that is not JSON with 400 parameter_invalid', async () => {
    const sb = await start({ seed: baseSeed });
    const res = await fetch(`${sb.url}/tags`, {
      method: 'POST',
      headers: { Authorization: 'Bearer t', 'Content-Type': 'application/json' },
      body: '{not json',
    });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { errors: { code: string }[] }).errors[0]?.code).toBe(
      'parameter_invalid',
    );
  });

  it('gives every response its own request_id, in the header and in error bodies', async () => {
    const sb = await start({ seed: baseSeed });
    const a = await get(sb, '/tags/999');
    const b = await get(sb, '/tags/999');
    expect(a.body.request_id).not.toBe(b.body.request_id);
    expect(a.headers.get('x-request-id')).toBe(a.body.request_id);
  });

  it('logs requests and counts them per route template', async () => {
    const sb = await start({ seed: baseSeed });
    await get(sb, '/articles/31');
    await get(sb, '/articles/32?x=1');
    await call(sb, 'POST', '/tags', { name: 'logged' });
    expect(sb.counters()).toEqual({ 'GET /articles/{id}': 2, 'POST /tags': 1 });
    expect(sb.log[1]).toMatchObject({
      method: 'GET',
      path: '/articles/32',
      query: { x: '1' },
      status: 200,
    });
    expect(sb.log[2]).toMatchObject({
      body: { name: 'logged' },
      response: { type: 'tag', name: 'logged' },
    });
    sb.resetLog();
    expect(sb.log).toEqual([]);
    expect(sb.counters()).toEqual({});
  });

  it('starts an empty workspace with one admin when given no seed', async () => {
    const sb = await start();
    const me = await get(sb, '/me');
    expect(me.body).toMatchObject({ type: 'admin', id: '1', app: { type: 'app', region: 'US' } });
    expect((await get(sb, '/tags')).body.data).toEqual([]);
  });
});
