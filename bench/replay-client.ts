// WHY: "planner CPU time without I/O" needs the planner to run on exactly the data a real plan
// read, with no socket in the way. The recording client keeps every answer (and every 404) the
// real plan got; the replay client hands them back from memory in a later, fresh process.
import { IntercomApiError } from '../src/errors/intercom-api-error.js';
import type { IntercomClient, PageListOptions, Query } from '../src/intercom/client-types.js';

interface ApiErrorFacts {
  status: number;
  method: string;
  path: string;
  code?: string;
  message?: string;
}

export interface RecordedCall {
  key: string;
  value?: unknown;
  error?: ApiErrorFacts;
}

const keyOf = (op: string, path: string, extra?: unknown): string =>
  `${op} ${path} ${JSON.stringify(extra ?? null)}`;

export function recordingClient(inner: IntercomClient): {
  client: IntercomClient;
  calls: RecordedCall[];
} {
  const calls: RecordedCall[] = [];
  const record = async <T>(key: string, run: () => Promise<T>): Promise<T> => {
    try {
      const value = await run();
      calls.push({ key, value });
      return value;
    } catch (error) {
      if (error instanceof IntercomApiError) {
        const { status, method, path, code } = error;
        calls.push({ key, error: { status, method, path, ...(code ? { code } : {}) } });
      }
      throw error;
    }
  };
  const client: IntercomClient = {
    get: <T>(path: string, query?: Query) =>
      record(keyOf('GET', path, query), () => inner.get<T>(path, query)),
    post: <T>(path: string, body?: unknown, query?: Query) =>
      record(keyOf('POST', path, [body, query]), () => inner.post<T>(path, body, query)),
    put: <T>(path: string, body: unknown) =>
      record(keyOf('PUT', path, body), () => inner.put<T>(path, body)),
    delete: <T>(path: string) => record(keyOf('DELETE', path), () => inner.delete<T>(path)),
    listPages: <T>(path: string, options?: PageListOptions) =>
      record(keyOf('LIST', path, options), () => inner.listPages<T>(path, options)),
    scrollCompanies: <T>() =>
      record(keyOf('SCROLL', '/companies/scroll'), () => inner.scrollCompanies<T>()),
    stats: () => inner.stats(),
  };
  return { client, calls };
}

export function replayClient(calls: RecordedCall[]): IntercomClient {
  const byKey = new Map<string, RecordedCall[]>();
  for (const c of calls) {
    const list = byKey.get(c.key);
    if (list) list.push(c);
    else byKey.set(c.key, [c]);
  }
  const answer = async <T>(key: string): Promise<T> => {
    const list = byKey.get(key);
    const call = list && list.length > 1 ? list.shift() : list?.[0];
    if (!call) throw new Error(`replay: nothing recorded for ${key}`);
    if (call.error) throw new IntercomApiError(call.error);
    return call.value as T;
  };
  return {
    get: <T>(path: string, query?: Query) => answer<T>(keyOf('GET', path, query)),
    post: <T>(path: string, body?: unknown, query?: Query) =>
      answer<T>(keyOf('POST', path, [body, query])),
    put: <T>(path: string, body: unknown) => answer<T>(keyOf('PUT', path, body)),
    delete: <T>(path: string) => answer<T | undefined>(keyOf('DELETE', path)),
    listPages: <T>(path: string, options?: PageListOptions) =>
      answer<T[]>(keyOf('LIST', path, options)),
    scrollCompanies: <T>() => answer<T[]>(keyOf('SCROLL', '/companies/scroll')),
    stats: () => ({ requests: 0, retries: 0, byRoute: {} }),
  };
}
