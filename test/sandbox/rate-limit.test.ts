// Rate-limit headers and 429s by fixed 10-second windows, on an injected clock.
import { describe, expect, it } from 'vitest';
import { baseSeed, firstError, get, post, start } from './helpers.js';

// A window boundary, so the test controls exactly which requests share a window.
const T0 = 1_700_000_000_000;

describe('rate limit', () => {
  it('sends X-RateLimit-* headers and answers 429 once the window budget is spent', async () => {
    let now = T0 + 1234;
    const sb = await start({ seed: baseSeed, rateLimit: 5, now: () => now });
    const remaining: string[] = [];
    for (let i = 0; i < 5; i++) {
      const r = await get(sb, '/tags');
      expect(r.status).toBe(200);
      expect(r.headers.get('x-ratelimit-limit')).toBe('5');
      expect(r.headers.get('x-ratelimit-reset')).toBe(String(T0 / 1000 + 10));
      remaining.push(r.headers.get('x-ratelimit-remaining') ?? '');
    }
    expect(remaining).toEqual(['4', '3', '2', '1', '0']);
    const limited = await post(sb, '/tags', { name: 'not-created' });
    expect(limited.status).toBe(429);
    expect(firstError(limited)).toEqual({
      code: 'rate_limit_exceeded',
      message: 'Exceeded rate limit of 5 in 10_seconds',
    });
    expect(limited.headers.get('x-ratelimit-remaining')).toBe('0');
    expect(sb.state.tags.some((t) => t.name === 'not-created')).toBe(false);

    now = T0 + 10_000; // the next fixed window
    const next = await get(sb, '/tags');
    expect(next.status).toBe(200);
    expect(next.headers.get('x-ratelimit-remaining')).toBe('4');
    expect(next.headers.get('x-ratelimit-reset')).toBe(String(T0 / 1000 + 20));
  });

  it('defaults to 1666 per 10 seconds', async () => {
    const sb = await start({ seed: baseSeed });
    expect((await get(sb, '/me')).headers.get('x-ratelimit-limit')).toBe('1666');
  });
});
