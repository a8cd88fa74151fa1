// What a 2xx answer must look like before anything reads it. A broken or hostile server (a
// proxy's login page, a truncated body, `data: null`, an item without an id) must end in an error
// that names the request, never in a TypeError deep in a provider or, worse, in an empty list the
// planner reads as "nothing exists yet" and answers with duplicate creates.
import { MalformedAnswerError } from '../errors/malformed-answer-error.js';
import { nonJsonMessage, parseJson, redact } from './errors.js';

/** The unpaginated lists read with `get`, and the field holding their items. */
const LIST_FIELDS: Readonly<Record<string, string>> = {
  'GET /tags': 'data',
  'GET /admins': 'admins',
  'GET /away_status_reasons': 'data',
  'GET /help_center/help_centers': 'data',
};

const NOT_JSON_HINT = 'check that INTERCOM_API_URL / INTERCOM_REGION point at the Intercom API';

/** The parsed body of a 2xx; undefined only for the empty answer a DELETE may give. */
export function parseAnswer(method: string, path: string, text: string, token: string): unknown {
  const request = `${method} ${path}`;
  if (text.trim() === '') {
    // DELETE /tags/{id} answers an empty 200; every other operation returns an object.
    if (method === 'DELETE') return undefined;
    throw new MalformedAnswerError(request, 'an empty body where JSON was expected');
  }
  const parsed = parseJson(text);
  if (parsed === undefined) {
    throw new MalformedAnswerError(request, redact(nonJsonMessage(text), token), {
      hint: NOT_JSON_HINT,
    });
  }
  if (!isRecord(parsed)) throw new MalformedAnswerError(request, 'JSON that is not an object');
  const field = LIST_FIELDS[`${method} ${path.replace(/\/+$/, '')}`];
  // Paginated lists and the scroll are checked page by page where they are read.
  if (field !== undefined) listItems(request, parsed, field);
  return parsed;
}

/**
 * The items of a list answer; throws unless `body[field]` is an array of objects with an id.
 * @param where appended to the message, e.g. ' on page 2'
 */
export function listItems(request: string, body: unknown, field = 'data', where = ''): unknown[] {
  if (!isRecord(body))
    throw new MalformedAnswerError(request, `JSON that is not an object${where}`);
  const items = body[field];
  if (!Array.isArray(items)) {
    throw new MalformedAnswerError(request, `"${field}" that is not a list${where}`);
  }
  const bad = items.findIndex((item) => idOf(item) === undefined);
  if (bad >= 0) {
    const what = `a list item without an id (item ${bad + 1} of "${field}"${where})`;
    throw new MalformedAnswerError(request, what);
  }
  return items;
}

/** An item's id as a string; ids arrive as strings or numbers. */
export function idOf(item: unknown): string | undefined {
  const id = isRecord(item) ? item.id : undefined;
  if (typeof id === 'string' && id !== '') return id;
  if (typeof id === 'number' && Number.isFinite(id)) return String(id);
  return undefined;
}

/** A count Intercom reported (`total_count`), or undefined when absent or not a count. */
export function countOf(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 ? value : undefined;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
