// A list read is checked against the `total_count` the same answer carried (2.16: `total_count`
// on article_list, collection_list, company_list and, when not null, company_scroll). Pages that
// shift while they are read (an object created or deleted meanwhile) or a server that drops an
// object would otherwise hand the planner a short list, and it would create the missing objects
// again. A short read is repeated once, since a shift is usually over by then; a second short read
// is an error. Duplicates (an object seen on two shifted pages) are dropped by id.
import { IncompleteListError } from '../errors/incomplete-list-error.js';
import { idOf } from './answer-shape.js';

export interface ListRead {
  items: unknown[];
  /** The answer's `total_count`; undefined when the endpoint did not report one. */
  totalCount?: number;
}

/** Reads the list, and once more if it came back short; never returns a short list. */
export async function readComplete(
  request: string,
  read: () => Promise<ListRead>,
): Promise<unknown[]> {
  let short = { received: 0, totalCount: 0 };
  for (let attempt = 1; attempt <= 2; attempt++) {
    const { items, totalCount } = await read();
    const unique = uniqueById(items);
    if (totalCount === undefined || unique.length >= totalCount) return unique;
    short = { received: unique.length, totalCount };
  }
  throw new IncompleteListError(request, short.received, short.totalCount);
}

/** The first occurrence of each id, in order; items are known to have ids (listItems). */
export function uniqueById(items: readonly unknown[]): unknown[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const id = idOf(item) ?? '';
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}
