// Type checks for request bodies. Intercom rejects wrongly typed fields with 400
// parameter_invalid naming the field; doing the same here makes the tool's type slips (a string
// where an integer belongs) fail against the sandbox instead of only against production.
import { ApiError, invalid } from './errors.js';
import type { Scalar } from './state.js';

export type Body = Record<string, unknown>;

/** A JSON object body; a missing body counts as `{}`. */
export function objectBody(body: unknown): Body {
  if (body === undefined || body === null) return {};
  if (typeof body !== 'object' || Array.isArray(body)) {
    throw invalid('The request body must be a JSON object');
  }
  return body as Body;
}

/** 400 bad_request "bad 'x' parameter" for the first key not in `allowed` (companies do this). */
export function rejectUnknown(body: Body, allowed: readonly string[]): void {
  const unknown = Object.keys(body).find((k) => !allowed.includes(k));
  if (unknown !== undefined) {
    throw new ApiError(400, 'bad_request', `bad '${unknown}' parameter`);
  }
}

export function optString(body: Body, key: string): string | undefined {
  const v = body[key];
  if (v === undefined) return undefined;
  if (typeof v !== 'string') throw invalid(`${key} must be a string`);
  return v;
}

export function optNullableString(body: Body, key: string): string | null | undefined {
  return body[key] === null ? null : optString(body, key);
}

export function optInteger(body: Body, key: string): number | undefined {
  const v = body[key];
  if (v === undefined) return undefined;
  if (typeof v !== 'number' || !Number.isInteger(v)) throw invalid(`${key} must be an integer`);
  return v;
}

export function optBoolean(body: Body, key: string): boolean | undefined {
  const v = body[key];
  if (v === undefined) return undefined;
  if (typeof v !== 'boolean') throw invalid(`${key} must be a boolean`);
  return v;
}

export function optAttributes(body: Body, key: string): Record<string, Scalar> | undefined {
  const v = body[key];
  if (v === undefined) return undefined;
  if (typeof v !== 'object' || v === null || Array.isArray(v)) {
    throw invalid(`${key} must be an object`);
  }
  for (const [k, x] of Object.entries(v)) {
    if (x !== null && !['string', 'number', 'boolean'].includes(typeof x)) {
      throw invalid(`${key}.${k} must be a string, number, boolean or null`);
    }
  }
  return v as Record<string, Scalar>;
}

/** An id that Intercom accepts as an integer or a numeric string (path ids, parent ids). */
export function isNumericId(v: unknown): v is string | number {
  return (
    (typeof v === 'number' && Number.isInteger(v)) || (typeof v === 'string' && /^\d+$/.test(v))
  );
}
