// The only thing apply adds to a planned request: the ids of objects created earlier in the same
// apply, in place of their placeholders. Everything else is sent exactly as the plan shows it.
import { isPlaceholder, type PlannedRequest, type RequestValue } from '../model/request.js';
import type { HttpMethod } from '../model/request.js';

export type JsonValue =
  string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

export interface FilledRequest {
  method: HttpMethod;
  path: string;
  body?: { [key: string]: JsonValue };
}

/** Thrown when a placeholder's create has not produced an id; apply's ordering prevents it. */
export class UnfilledPlaceholderError extends Error {
  override name = 'UnfilledPlaceholderError';
}

export function fillRequest(
  request: PlannedRequest,
  idOf: (ref: string) => string | undefined,
): FilledRequest {
  const fill = (value: RequestValue | undefined): JsonValue => {
    if (value === undefined) return null;
    if (value === null || typeof value !== 'object') return value;
    if (isPlaceholder(value)) {
      const id = idOf(value.known_after_apply);
      if (id === undefined) {
        throw new UnfilledPlaceholderError(
          `${value.known_after_apply} has no id yet; it must be applied before ${request.method} ${request.path}`,
        );
      }
      return value.as === 'integer' ? integer(id) : id;
    }
    if (Array.isArray(value)) return value.map(fill);
    const out: { [key: string]: JsonValue } = {};
    // An undefined member is not sent, as JSON.stringify would drop it.
    for (const [k, v] of Object.entries(value)) if (v !== undefined) out[k] = fill(v);
    return out;
  };
  const out: FilledRequest = { method: request.method, path: request.path };
  if (request.body !== undefined) out.body = fill(request.body) as { [key: string]: JsonValue };
  return out;
}

function integer(id: string): number | string {
  const n = Number(id);
  return Number.isSafeInteger(n) ? n : id;
}
