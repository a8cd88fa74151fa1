// Sends one filled request through the client and checks that a 2xx answer is really a success:
// an `error.list` body is a refusal whatever its status, and a create's answer must carry the id
// the rest of the apply will use.
import type { IntercomClient } from '../intercom/client-types.js';
import { MalformedAnswerError } from '../errors/malformed-answer-error.js';
import type { FilledRequest } from './fill-request.js';

export async function sendRequest(
  client: IntercomClient,
  request: FilledRequest,
): Promise<unknown> {
  const { method, path, body } = request;
  const answer =
    method === 'POST'
      ? await client.post<unknown>(path, body)
      : method === 'PUT'
        ? await client.put<unknown>(path, body)
        : await client.delete<unknown>(path);
  if (isRecord(answer) && answer.type === 'error.list') {
    const errors = Array.isArray(answer.errors) ? answer.errors : [];
    const first = errors.find(isRecord);
    const said = first
      ? `: ${String(first.code ?? '')} ${String(first.message ?? '')}`.trimEnd()
      : '';
    throw new MalformedAnswerError(`${method} ${path}`, `an error list${said}`);
  }
  return answer;
}

/** The new object's id from a create's answer; anything without one is an error. */
export function createdId(request: FilledRequest, answer: unknown): string {
  const id = isRecord(answer) ? answer.id : undefined;
  if ((typeof id === 'string' && id !== '') || (typeof id === 'number' && Number.isFinite(id))) {
    return String(id);
  }
  throw new MalformedAnswerError(
    `${request.method} ${request.path}`,
    answer === undefined || answer === null ? 'an empty body' : 'an object without an id',
  );
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
