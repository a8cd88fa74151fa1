// Turns what came back (or did not) into our own error classes. Nothing from ky or fetch is kept
// as a cause: ky's errors hold the Request, and the Request holds the Authorization header. Only
// status, Intercom's code/message/request_id and a redacted summary of the failure survive.
import { IntercomApiError } from '../errors/intercom-api-error.js';
import { IntercomNetworkError } from '../errors/intercom-network-error.js';

const SNIPPET_LENGTH = 120;

export interface ResponseFacts {
  method: string;
  path: string;
  status: number;
  body: string;
  /** `X-Request-Id`, used when the body carries no request_id. */
  requestIdHeader?: string | null;
}

/** An `error.list` body (or anything else) -> IntercomApiError; never throws. */
export function toApiError(facts: ResponseFacts, token: string): IntercomApiError {
  const parsed = parseJson(facts.body);
  const first = firstError(parsed);
  const requestId = stringField(parsed, 'request_id') ?? facts.requestIdHeader ?? undefined;
  const message =
    first?.message ??
    stringField(parsed, 'message') ??
    (parsed === undefined ? nonJsonMessage(facts.body) : undefined);
  return new IntercomApiError({
    status: facts.status,
    method: facts.method,
    path: facts.path,
    code: first?.code,
    message: message === undefined ? undefined : redact(message, token),
    requestId,
  });
}

/** Whatever fetch/ky threw -> IntercomNetworkError with a cause that holds only redacted text. */
export function toNetworkError(
  method: string,
  path: string,
  error: unknown,
  token: string,
): IntercomNetworkError {
  const timedOut = error instanceof Error && error.name === 'TimeoutError';
  const summary = timedOut ? 'timed out' : describe(error);
  return new IntercomNetworkError(method, path, {
    timedOut,
    cause: new Error(redact(summary, token)),
  });
}

export function redact(text: string, token: string): string {
  return token ? text.split(token).join('[redacted]') : text;
}

export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

function firstError(body: unknown): { code?: string; message?: string } | undefined {
  if (!isRecord(body) || !Array.isArray(body.errors)) return undefined;
  const first: unknown = body.errors[0];
  if (!isRecord(first)) return undefined;
  return { code: stringField(first, 'code'), message: stringField(first, 'message') };
}

/** A short, tag-stripped description of a body that did not parse as JSON. */
export function nonJsonMessage(body: string): string {
  const text = body
    .replace(/<[^>]*>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (!text) return 'an empty body';
  const cut = text.length > SNIPPET_LENGTH ? `${text.slice(0, SNIPPET_LENGTH)}…` : text;
  return `a non-JSON body: ${cut}`;
}

// The cause chain of a fetch failure (TypeError "fetch failed" -> Error ECONNREFUSED) is
// flattened into one line so the original objects can be dropped.
function describe(error: unknown): string {
  const parts: string[] = [];
  let current: unknown = error;
  for (let depth = 0; depth < 4 && current !== undefined && current !== null; depth++) {
    if (current instanceof Error) {
      const code = (current as { code?: unknown }).code;
      parts.push(`${typeof code === 'string' ? code : current.name}: ${current.message}`);
      current = current.cause;
    } else {
      parts.push(String(current));
      break;
    }
  }
  return parts.join(' <- ') || 'unknown error';
}

function stringField(value: unknown, key: string): string | undefined {
  if (!isRecord(value)) return undefined;
  const field = value[key];
  return typeof field === 'string' && field !== '' ? field : undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
