// Page-number pagination, not cursors: the list endpoints this tool reads (articles, collections,
// companies) are page based and `pages.next` is unreliable (see intercom-api-notes section 0).
// Page 1 tells us total_pages, so pages 2..N are fetched a few at a time; the small concurrency
// cap keeps one listing from eating the whole rate-limit window that the pacer protects.
import type { PageListOptions } from './client-types.js';
import type { Method, Send } from './transport.js';

export const DEFAULT_PER_PAGE = 150;
export const PAGE_CONCURRENCY = 4;

interface ListPage<T> {
  data?: T[];
  pages?: { total_pages?: number | null } | null;
}

export async function listPages<T>(
  send: Send,
  path: string,
  options: PageListOptions = {},
): Promise<T[]> {
  const method: Method = options.method ?? (isCompaniesList(path) ? 'POST' : 'GET');
  const perPage = options.perPage ?? DEFAULT_PER_PAGE;
  const fetchPage = async (page: number): Promise<ListPage<T> & { data: T[] }> => {
    const query = { ...options.query, page, per_page: perPage };
    const body = await send<ListPage<T>>(method, path, { query });
    if (!body || !Array.isArray(body.data)) {
      // Treating this as "no items" would make the planner create duplicates of everything.
      throw new Error(`${method} ${path} page ${page}: response has no "data" array`);
    }
    return { ...body, data: body.data };
  };

  const first = await fetchPage(1);
  const totalPages = first.pages?.total_pages ?? 1;
  const rest = await mapConcurrent(range(2, totalPages), PAGE_CONCURRENCY, async (page) => {
    return (await fetchPage(page)).data;
  });
  return [first.data, ...rest].flat();
}

function isCompaniesList(path: string): boolean {
  return path.replace(/\/+$/, '') === '/companies/list';
}

function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i);
}

/** Results in input order; stops starting new work after the first failure. */
export async function mapConcurrent<I, O>(
  items: readonly I[],
  limit: number,
  fn: (item: I) => Promise<O>,
): Promise<O[]> {
  const results: O[] = new Array<O>(items.length);
  let next = 0;
  let failed = false;
  const worker = async (): Promise<void> => {
    while (!failed && next < items.length) {
      const index = next++;
      try {
        results[index] = await fn(items[index] as I);
      } catch (error) {
        failed = true;
        throw error;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
