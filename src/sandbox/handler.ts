// The request pipeline, in Intercom's order: authenticate, count against the rate-limit window,
// then injected faults, then the route. Faults that mean "nothing applied" are decided before the
// route runs; "applied but 500" after it, so its write really happened. Every answer is logged
// and counted per route template, and writes are persisted when a state file is configured.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import type { SandboxContext } from './context.js';
import { ApiError, errorBody, type ErrorCode } from './errors.js';
import type { FaultInjector } from './faults.js';
import { requestId } from './ids.js';
import { rateHeaders, rateLimitError, type FixedWindowLimiter } from './rate-limit.js';
import type { Router } from './router.js';
import type { RequestLogEntry } from './types.js';

/** The request log keeps at least this many of the newest entries. */
export const LOG_LIMIT = 10_000;
const LOG_TRIM = 1_000;

export interface PipelineDeps {
  ctx: SandboxContext;
  router: Router;
  limiter: FixedWindowLimiter;
  faults: FaultInjector;
  log: RequestLogEntry[];
  counts: Map<string, number>;
  /** Called after every applied write. */
  persist: () => void;
}

export function createRequestHandler(deps: PipelineDeps) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const method = (req.method ?? 'GET').toUpperCase();
    const url = new URL(req.url ?? '/', 'http://sandbox.invalid');
    const path = url.pathname;
    const raw = await readAll(req);
    const parsed = parseJson(raw);
    const match = deps.router.match(method, path);
    const key = `${method} ${match?.route.template ?? path}`;
    deps.counts.set(key, (deps.counts.get(key) ?? 0) + 1);
    const entry: RequestLogEntry = {
      method,
      path,
      query: Object.fromEntries(url.searchParams),
      body: parsed.ok ? parsed.value : undefined,
      status: 0,
      response: undefined,
    };
    deps.log.push(entry);
    // Keep the newest entries only, so a long-running sandbox does not grow without bound.
    if (deps.log.length > LOG_LIMIT + LOG_TRIM) deps.log.splice(0, LOG_TRIM);
    if (deps.faults.latencyMs > 0) await sleep(deps.faults.latencyMs);

    const headers: Record<string, string> = {};
    const reply = (status: number, body: unknown): void => send(res, entry, headers, status, body);
    const fail = (status: number, code: ErrorCode, message: string): void =>
      reply(status, new ApiError(status, code, message));

    if (!/^Bearer\s+\S/i.test(req.headers.authorization ?? '')) {
      return fail(401, 'unauthorized', 'Access Token Invalid');
    }
    const rate = deps.limiter.take(deps.ctx.now());
    Object.assign(headers, rateHeaders(rate));
    if (rate.exceeded) return reply(429, rateLimitError(rate.limit));

    const oneShot = deps.faults.takeOneShot(method, path);
    const pre = oneShot === undefined ? deps.faults.drawPre() : oneShot;
    if (pre === 'drop') {
      req.socket.destroy();
      return;
    }
    if (pre === '429') {
      headers['X-RateLimit-Remaining'] = '0';
      return reply(429, rateLimitError(rate.limit));
    }
    if (pre === '500') return fail(500, 'server_error', 'An internal server error occurred');
    if (!parsed.ok) return fail(400, 'parameter_invalid', 'The request body is not valid JSON');
    if (!match) return fail(404, 'not_found', 'Resource Not Found');

    const isWrite = method === 'POST' || method === 'PUT' || method === 'DELETE';
    let status: number;
    let body: unknown;
    try {
      const result = match.route.handler(
        { method, path, params: match.params, query: url.searchParams, body: parsed.value },
        deps.ctx,
      );
      status = result.status ?? 200;
      body = result.body;
    } catch (error) {
      if (error instanceof ApiError) return reply(error.status, error);
      return fail(500, 'server_error', `sandbox bug: ${(error as Error).message}`);
    }
    if (isWrite) deps.persist();
    const appliedButFail =
      pre === 'applied-but-500' ||
      (oneShot === undefined && isWrite && deps.faults.drawAppliedButFail());
    if (appliedButFail) return fail(500, 'server_error', 'An internal server error occurred');
    reply(status, body);
  };
}

/** Writes the answer; an ApiError becomes an error.list carrying this response's request_id. */
function send(
  res: ServerResponse,
  entry: RequestLogEntry,
  headers: Record<string, string>,
  status: number,
  payload: unknown,
): void {
  const rid = requestId();
  const body =
    payload instanceof ApiError ? errorBody(payload.code, payload.message, rid) : payload;
  const json = body === undefined ? '' : JSON.stringify(body);
  entry.status = status;
  // A copy, so later state changes do not rewrite the log.
  entry.response = body === undefined ? undefined : JSON.parse(json);
  res.writeHead(status, {
    ...headers,
    'X-Request-Id': rid,
    ...(body === undefined ? {} : { 'Content-Type': 'application/json; charset=utf-8' }),
    'Content-Length': String(Buffer.byteLength(json)),
  });
  res.end(json);
}

async function readAll(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function parseJson(raw: string): { ok: true; value: unknown } | { ok: false } {
  if (raw.trim() === '') return { ok: true, value: undefined };
  try {
    return { ok: true, value: JSON.parse(raw) as unknown };
  } catch {
    return { ok: false };
  }
}
