// A recording stand-in for IntercomClient: tests declare canned answers per route and then
// assert on exactly which requests a provider sent (method, path, query, body).
import type {
  IntercomClient,
  PageListOptions,
  Query,
  RequestStats,
} from '../../src/intercom/client-types.js';

export type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';

export interface RecordedRequest {
  method: Method;
  path: string;
  query?: Query;
  body?: unknown;
  /** How the provider asked: a plain call, listPages or scrollCompanies. */
  via: 'request' | 'listPages' | 'scrollCompanies';
  pageOptions?: PageListOptions;
}

type Answer = unknown | ((req: RecordedRequest) => unknown);

export class FakeClient implements IntercomClient {
  readonly requests: RecordedRequest[] = [];
  private readonly routes: { method: Method; path: string; answer: Answer }[] = [];

  /** Answers `method path` (no query; `{id}` matches one segment) with a value or a function of the request. */
  on(method: Method, path: string, answer: Answer): this {
    this.routes.push({ method, path, answer });
    return this;
  }

  /** Requests that changed something (everything but GET). */
  writes(): RecordedRequest[] {
    return this.requests.filter((r) => r.method !== 'GET');
  }

  private async answer<T>(req: RecordedRequest): Promise<T> {
    this.requests.push(req);
    const route = [...this.routes]
      .reverse()
      .find((r) => r.method === req.method && pathMatches(r.path, req.path));
    if (!route) throw new Error(`FakeClient: no answer for ${req.method} ${req.path}`);
    const value =
      typeof route.answer === 'function'
        ? (route.answer as (r: RecordedRequest) => unknown)(req)
        : route.answer;
    return structuredClone(value) as T;
  }

  get<T>(path: string, query?: Query): Promise<T> {
    return this.answer<T>({ method: 'GET', path, ...(query ? { query } : {}), via: 'request' });
  }
  post<T>(path: string, body?: unknown, query?: Query): Promise<T> {
    return this.answer<T>({
      method: 'POST',
      path,
      body,
      ...(query ? { query } : {}),
      via: 'request',
    });
  }
  put<T>(path: string, body: unknown): Promise<T> {
    return this.answer<T>({ method: 'PUT', path, body, via: 'request' });
  }
  delete<T>(path: string): Promise<T | undefined> {
    return this.answer<T | undefined>({ method: 'DELETE', path, via: 'request' });
  }
  listPages<T>(path: string, options?: PageListOptions): Promise<T[]> {
    const method = options?.method ?? 'GET';
    return this.answer<T[]>({
      method,
      path,
      via: 'listPages',
      ...(options ? { pageOptions: options } : {}),
    });
  }
  scrollCompanies<T>(): Promise<T[]> {
    return this.answer<T[]>({ method: 'GET', path: '/companies/scroll', via: 'scrollCompanies' });
  }
  stats(): RequestStats {
    return { requests: this.requests.length, retries: 0, byRoute: {} };
  }
}

function pathMatches(template: string, path: string): boolean {
  const t = template.split('/');
  const p = path.split('/');
  return t.length === p.length && t.every((seg, i) => seg === '{id}' || seg === p[i]);
}
