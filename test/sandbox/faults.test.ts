// Fault injection: each kind must fail the way it promises (applied or not), reproducibly.
import { describe, expect, it } from 'vitest';
import { baseSeed, call, firstError, get, post, start } from './helpers.js';

const hasTag = (sb: Awaited<ReturnType<typeof start>>, name: string) =>
  sb.state.tags.some((t) => t.name === name);

describe('one-shot faults (failNext)', () => {
  it('429: answered rate_limit_exceeded and nothing applied; the retry succeeds', async () => {
    const sb = await start({ seed: baseSeed });
    sb.failNext({ method: 'POST', path: /^\/tags$/ }, '429');
    expect((await get(sb, '/tags')).status).toBe(200); // does not match the method
    const r = await post(sb, '/tags', { name: 'a' });
    expect(r.status).toBe(429);
    expect(firstError(r).code).toBe('rate_limit_exceeded');
    expect(r.headers.get('x-ratelimit-remaining')).toBe('0');
    expect(hasTag(sb, 'a')).toBe(false);
    expect((await post(sb, '/tags', { name: 'a' })).status).toBe(200);
  });

  it('500: answered server_error and nothing applied', async () => {
    const sb = await start({ seed: baseSeed });
    sb.failNext({ method: 'post', path: /tags/ }, '500');
    const r = await post(sb, '/tags', { name: 'b' });
    expect(r.status).toBe(500);
    expect(firstError(r).code).toBe('server_error');
    expect(hasTag(sb, 'b')).toBe(false);
  });

  it('drop: the connection is destroyed without an answer and nothing applied', async () => {
    const sb = await start({ seed: baseSeed });
    sb.failNext({ method: 'POST', path: /^\/tags$/ }, 'drop');
    await expect(post(sb, '/tags', { name: 'c' })).rejects.toThrow();
    expect(hasTag(sb, 'c')).toBe(false);
    expect(sb.log.at(-1)).toMatchObject({ path: '/tags', status: 0 });
    expect((await post(sb, '/tags', { name: 'c' })).status).toBe(200);
  });

  it('applied-but-500: the write happens, the answer is a 500', async () => {
    const sb = await start({ seed: baseSeed });
    sb.failNext({ method: 'DELETE', path: /^\/articles\/31$/ }, 'applied-but-500');
    const r = await call(sb, 'DELETE', '/articles/31');
    expect(r.status).toBe(500);
    expect(firstError(r).code).toBe('server_error');
    expect(sb.state.articles.some((a) => a.id === '31')).toBe(false);
    expect((await call(sb, 'DELETE', '/articles/31')).status).toBe(404);
  });
});

describe('random faults', () => {
  async function statuses(seed: number): Promise<number[]> {
    const sb = await start({ seed: baseSeed, faults: { rate500: 0.5, randomSeed: seed } });
    const out: number[] = [];
    for (let i = 0; i < 20; i++) out.push((await get(sb, '/tags')).status);
    return out;
  }

  it('are reproducible for a given randomSeed', async () => {
    const a = await statuses(7);
    expect(await statuses(7)).toEqual(a);
    expect(a).toContain(200);
    expect(a).toContain(500);
    expect(await statuses(8)).not.toEqual(a);
  });

  it('rate429 and dropRate at 1 fail every request; setFaults turns them off', async () => {
    const sb = await start({ seed: baseSeed, faults: { rate429: 1 } });
    expect((await get(sb, '/tags')).status).toBe(429);
    sb.setFaults({ dropRate: 1 });
    await expect(get(sb, '/tags')).rejects.toThrow();
    sb.setFaults({});
    expect((await get(sb, '/tags')).status).toBe(200);
  });

  it('appliedButFailRate applies to writes only', async () => {
    const sb = await start({ seed: baseSeed, faults: { appliedButFailRate: 1 } });
    expect((await get(sb, '/tags')).status).toBe(200);
    expect((await post(sb, '/tags', { name: 'd' })).status).toBe(500);
    expect(hasTag(sb, 'd')).toBe(true);
  });

  it('latencyMs delays every answer', async () => {
    const sb = await start({ seed: baseSeed, faults: { latencyMs: 120 } });
    const t = performance.now();
    await get(sb, '/me');
    expect(performance.now() - t).toBeGreaterThanOrEqual(110);
  });
});
