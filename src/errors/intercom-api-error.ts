import { UserError } from './user-error.js';

/** Intercom answered with an error status; carries Intercom's own code, message and request_id. */
export class IntercomApiError extends UserError {
  override name = 'IntercomApiError' as const;
  readonly status: number;
  /** The first `errors[].code` of the `error.list` body, e.g. `not_found`. */
  readonly code?: string;
  readonly requestId?: string;
  readonly method: string;
  readonly path: string;

  constructor(details: {
    status: number;
    method: string;
    path: string;
    code?: string;
    message?: string;
    requestId?: string;
    hint?: string;
    cause?: unknown;
  }) {
    const what = details.message ?? 'request failed';
    const code = details.code ? ` ${details.code}` : '';
    const rid = details.requestId ? ` (request_id ${details.requestId})` : '';
    super(`${details.method} ${details.path}: ${details.status}${code}: ${what}${rid}`, {
      hint: details.hint ?? hintFor(details.status),
      cause: details.cause,
    });
    this.status = details.status;
    this.code = details.code;
    this.requestId = details.requestId;
    this.method = details.method;
    this.path = details.path;
  }
}

function hintFor(status: number): string | undefined {
  if (status === 401) return 'check INTERCOM_TOKEN: Intercom did not accept it';
  if (status === 403)
    return 'the token lacks a scope this operation needs, or the plan restricts it';
  if (status === 429) return 'the rate limit was hit; lower --concurrency or try again shortly';
  if (status >= 500) return 'Intercom failed; try again, and quote the request_id if it persists';
  return undefined;
}
