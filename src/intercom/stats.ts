// Counts per route template rather than per URL so `stats()` stays small and comparable across
// runs (benchmarks and tests assert "3 x PUT /articles/{id}", not a list of ids). Only method and
// path are recorded, never headers, so nothing secret can end up here.
import type { RequestStats } from './client-types.js';

// Numeric ids (articles, tags, admins), 24-hex company ids and UUIDs. Short hex-looking words
// ("add", "face") are left alone by requiring 8+ characters for the hex form.
const ID_SEGMENT =
  /^(?:\d+|[0-9a-f]{8,}|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i;

/** `PUT /articles/39?x=1` -> `PUT /articles/{id}` */
export function routeTemplate(method: string, path: string): string {
  const bare = path.split('?')[0] ?? path;
  const template = bare
    .split('/')
    .map((segment) => (ID_SEGMENT.test(segment) ? '{id}' : segment))
    .join('/');
  return `${method.toUpperCase()} ${template}`;
}

export class StatsRecorder {
  #requests = 0;
  #retries = 0;
  #byRoute = new Map<string, number>();

  /** One attempt sent; `isRetry` for every attempt after the first. */
  record(method: string, path: string, isRetry: boolean): void {
    this.#requests++;
    if (isRetry) this.#retries++;
    const route = routeTemplate(method, path);
    this.#byRoute.set(route, (this.#byRoute.get(route) ?? 0) + 1);
  }

  /** A copy, so callers cannot change the client's counters. */
  snapshot(): RequestStats {
    return {
      requests: this.#requests,
      retries: this.#retries,
      byRoute: Object.fromEntries(this.#byRoute),
    };
  }
}
