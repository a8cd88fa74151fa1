// The requests a change will send, one line each, as every plan format shows them: the method, the
// path with its id, and every id the body carries (an author, a collection, a placeholder for an
// object created earlier in the same apply). Text members are the field diffs above, so they are
// not repeated; the JSON plan carries the bodies whole.
import type { Change } from '../model/change.js';
import { isPlaceholder, type PlannedRequest, type RequestValue } from '../model/request.js';
import { printable } from './format.js';

export function requestLines(change: Change): string[] {
  return change.requests.map(requestLine);
}

export function requestLine(request: PlannedRequest): string {
  const ids = idMembers(request.body, '');
  return `${request.method} ${printable(request.path)}${ids.length > 0 ? `  ${ids.join(' ')}` : ''}`;
}

/** `author_id=101`, `parent_id=(known after apply: create:collection:billing)`, nested by path. */
function idMembers(value: RequestValue | undefined, at: string): string[] {
  if (value === undefined || value === null || typeof value !== 'object') return [];
  if (isPlaceholder(value))
    return [`${at}=(known after apply: ${printable(value.known_after_apply)})`];
  const entries: [string, RequestValue | undefined][] = Array.isArray(value)
    ? value.map((v, i) => [`${at}[${i}]`, v])
    : Object.entries(value).map(([k, v]) => [at === '' ? k : `${at}.${k}`, v]);
  return entries.flatMap(([path, v]) => {
    if (isPlaceholder(v) || (typeof v === 'object' && v !== null)) return idMembers(v, path);
    return isIdMember(path) && (typeof v === 'number' || typeof v === 'string')
      ? [`${path}=${printable(String(v))}`]
      : [];
  });
}

function isIdMember(path: string): boolean {
  const last =
    path
      .replace(/\[\d+\]$/, '')
      .split('.')
      .pop() ?? '';
  return last === 'id' || last.endsWith('_id');
}
