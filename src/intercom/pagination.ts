// Page-number pagination, not cursors: the list endpoints this tool reads (articles, collections,
// companies) are page based and `pages.next` is unreliable (see intercom-api-notes section 0).
// Page 1 tells us total_pages, so pages 2..N are fetched a few at a time; the small concurrency
// cap keeps one listing from eating the whole rate-limit window that the pacer protects.
import type { PageListOptions } from './client-types.js';
import { MalformedAnswerError } from '../errors/malformed-answer-error.js';
import { countOf, isRecord, listItems } from './answer-shape.js';
import { readComplete } from './complete-list.js';
import type { Method, Send } from './transport.js';

export const DEFAULT_PER_PAGE = 150;
export const PAGE_CONCURRENCY = 4;
/** More pages than any workspace has (1.5 M objects at 150 a page): a bogus total_pages. */
export const MAX_PAGES = 10_000;

export async function listPages<T>(
  send: Send,
  path: string,
  options: PageListOptions = {},
): Promise<T[]> {
  const method: Method = options.method ?? (isCompaniesList(path) ? 'POST' : 'GET');
  const perPage = options.perPage ?? DEFAULT_PER_PAGE;
  const request = `${method} ${path}`;
  const fetchPage = async (page: number) => {
    const query = { ...options.query, page, per_page: perPage };
    const body = await send<unknown>(method, path, { query });
    return { body, items: listItems(request, body, 'data', ` on page ${page}`) };
  };

  const items = await readComplete(request, async () => {
    const first = await fetchPage(1);
    const rest = await mapConcurrent(
      range(2, totalPages(request, first.body)),
      PAGE_CONCURRENCY,
      async (page) => (await fetchPage(page)).items,
    );
    const totalCount = isRecord(first.body) ? countOf(first.body.total_count) : undefined;
    return { items: [first.items, ...rest].flat(), totalCount };
  });
  return items as T[];
}

/** `pages.total_pages`; a missing or null `pages` means one page. */
function totalPages(request: string, body: unknown): number {
  const pages = isRecord(body) ? body.pages : undefined;
  const total = isRecord(pages) ? pages.total_pages : undefined;
  if (total === undefined || total === null) return 1;
  if (typeof total !== 'number' || !Number.isInteger(total) || total < 0 || total > MAX_PAGES) {
    throw new MalformedAnswerError(
      request,
      `pages.total_pages ${JSON.stringify(total)}, which is not a page count`,
    );
  }
  return total;
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
