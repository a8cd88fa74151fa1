// Shared fixtures for the client tests: a fake clock whose sleep advances time (so the pacer and
// the retry waits see the time they waited for) and a walker that proves no secret is reachable
// from an error, however deep.
import { createClient, type ClientOptions } from '../../src/intercom/create-client.js';

export const TOKEN = 'dG9rOnNlY3JldC10b2tlbi0xMjM0NQ==';
export const BASE = 'https://api.intercom.io';
export const T0 = 1_700_000_000_000;

export interface FakeClock {
  now: () => number;
  sleep: (ms: number) => Promise<void>;
  waits: number[];
}

export function fakeClock(start = T0): FakeClock {
  let time = start;
  const waits: number[] = [];
  return {
    now: () => time,
    sleep: async (ms) => {
      waits.push(ms);
      time += ms;
    },
    waits,
  };
}

export function testClient(overrides: Partial<ClientOptions> = {}) {
  const clock = fakeClock();
  const client = createClient({
    token: TOKEN,
    sleep: clock.sleep,
    now: clock.now,
    ...overrides,
  });
  return { client, clock };
}

export async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the promise to reject');
}

/**
 * Every string reachable from `root` through own properties (enumerable or not, so `message`,
 * `stack` and `cause` are included), plus the constructor names of any fetch objects found:
 * a Request or Headers would hold the Authorization header behind methods, not properties.
 */
export function reachable(root: unknown): { strings: string[]; fetchObjects: string[] } {
  const strings: string[] = [];
  const fetchObjects: string[] = [];
  const seen = new Set<object>();
  const visit = (value: unknown, depth: number): void => {
    if (typeof value === 'string') {
      strings.push(value);
      return;
    }
    if ((typeof value !== 'object' && typeof value !== 'function') || value === null) return;
    if (seen.has(value) || depth > 20) return;
    seen.add(value);
    if (value instanceof Request || value instanceof Response || value instanceof Headers) {
      fetchObjects.push(value.constructor.name);
      return;
    }
    for (const key of Reflect.ownKeys(value)) {
      let child: unknown;
      try {
        child = (value as Record<PropertyKey, unknown>)[key];
      } catch {
        continue;
      }
      visit(child, depth + 1);
    }
  };
  visit(root, 0);
  return { strings, fetchObjects };
}

/** Fails the test if the token can be found anywhere on or under the error. */
export function leaks(error: unknown, token = TOKEN): string[] {
  const found: string[] = [];
  const err = error as Error;
  if (String(err).includes(token)) found.push('String(err)');
  if ((err.stack ?? '').includes(token)) found.push('err.stack');
  if (JSON.stringify(err).includes(token)) found.push('JSON.stringify(err)');
  const { strings, fetchObjects } = reachable(err);
  if (strings.some((s) => s.includes(token))) found.push('a reachable string');
  for (const name of fetchObjects) found.push(`a reachable ${name}`);
  return found;
}
