// What a route handler gets: the request as parsed by the server and the workspace it acts on.
// Handlers are synchronous and return data; the server owns HTTP, errors, faults and logging.
import type { CompanyScroll } from './routes/company-scroll.js';
import type { SandboxState } from './state.js';

export interface RouteRequest {
  method: string;
  path: string;
  params: Record<string, string>;
  query: URLSearchParams;
  body: unknown;
}

export interface RouteResult {
  /** @default 200 */
  status?: number;
  /** undefined sends an empty body (DELETE /tags/{id}). */
  body?: unknown;
}

export interface SandboxContext {
  state: SandboxState;
  /** Milliseconds, from the injected clock. */
  now(): number;
  scroll: CompanyScroll;
}

export type Handler = (req: RouteRequest, ctx: SandboxContext) => RouteResult;

export interface Route {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** e.g. `/articles/{id}`; also the key of Sandbox.counters(). */
  template: string;
  handler: Handler;
}

export function nowSeconds(ctx: SandboxContext): number {
  return Math.floor(ctx.now() / 1000);
}
