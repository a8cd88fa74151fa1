// Maps `METHOD /path` to a handler via path templates, so counters and logs can be keyed by the
// same templates the spec uses (`GET /articles/{id}`).
import type { Route } from './context.js';

export interface RouteMatch {
  route: Route;
  params: Record<string, string>;
}

interface CompiledRoute {
  route: Route;
  pattern: RegExp;
  names: string[];
}

export class Router {
  private readonly compiled: CompiledRoute[];

  constructor(routes: readonly Route[]) {
    this.compiled = routes.map((route) => {
      const names: string[] = [];
      const source = route.template
        .split('/')
        .map((part) => {
          const m = /^\{(\w+)\}$/.exec(part);
          if (!m?.[1]) return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
          names.push(m[1]);
          return '([^/]+)';
        })
        .join('/');
      return { route, pattern: new RegExp(`^${source}/?$`), names };
    });
  }

  /** Literal routes win over templated ones (`/companies/scroll` over `/companies/{id}`). */
  match(method: string, path: string): RouteMatch | undefined {
    let best: RouteMatch | undefined;
    for (const c of this.compiled) {
      if (c.route.method !== method) continue;
      const m = c.pattern.exec(path);
      if (!m) continue;
      const params: Record<string, string> = {};
      c.names.forEach((name, i) => (params[name] = safeDecode(m[i + 1] ?? '')));
      if (c.names.length === 0) return { route: c.route, params };
      best ??= { route: c.route, params };
    }
    return best;
  }
}

function safeDecode(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}
