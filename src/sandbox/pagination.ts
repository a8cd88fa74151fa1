// Page-number pagination as Intercom's list endpoints do it: 1-based `page`, `per_page` capped at
// 150, and a `pages` object with total_pages. Company lists also carry `pages.next` with a
// `starting_after` cursor (here an encoded page number), which the same endpoints accept back.
import { invalid } from './errors.js';

export const MAX_PER_PAGE = 150;

export interface PageParams {
  page: number;
  perPage: number;
}

export interface PagesObject {
  type: 'pages';
  page: number;
  per_page: number;
  total_pages: number;
  next?: { per_page: number; starting_after: string } | null;
}

export interface Paged<T> {
  pages: PagesObject;
  total_count: number;
  data: T[];
}

export function pageParams(query: URLSearchParams, defaultPerPage: number): PageParams {
  const perPage = Math.min(positiveInt(query, 'per_page') ?? defaultPerPage, MAX_PER_PAGE);
  const after = query.get('starting_after');
  const page = after !== null ? decodeCursor(after) : (positiveInt(query, 'page') ?? 1);
  return { page, perPage };
}

function positiveInt(query: URLSearchParams, name: string): number | undefined {
  const raw = query.get(name);
  if (raw === null || raw === '') return undefined;
  if (!/^\d+$/.test(raw) || Number(raw) < 1) {
    throw invalid(`${name} must be a positive integer`);
  }
  return Number(raw);
}

/** One page of `items`; `withNext` adds the cursor object the company lists document. */
export function paginate<T>(items: readonly T[], p: PageParams, withNext = false): Paged<T> {
  const totalPages = Math.ceil(items.length / p.perPage);
  const start = (p.page - 1) * p.perPage;
  const pages: PagesObject = {
    type: 'pages',
    page: p.page,
    per_page: p.perPage,
    total_pages: totalPages,
  };
  if (withNext) {
    pages.next =
      p.page < totalPages
        ? { per_page: p.perPage, starting_after: encodeCursor(p.page + 1) }
        : null;
  }
  return { pages, total_count: items.length, data: items.slice(start, start + p.perPage) };
}

function encodeCursor(page: number): string {
  return Buffer.from(`page:${page}`).toString('base64url');
}

function decodeCursor(cursor: string): number {
  const m = /^page:(\d+)$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!m || Number(m[1]) < 1) throw invalid('starting_after is not a valid cursor');
  return Number(m[1]);
}

/** Intercom's order for articles and collections: most recently updated first; ids break ties. */
export function newestFirst<T extends { id: string; updated_at: number }>(a: T, b: T): number {
  return b.updated_at - a.updated_at || Number(a.id) - Number(b.id) || a.id.localeCompare(b.id);
}
