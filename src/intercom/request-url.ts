// URLs are built here instead of with ky's prefixUrl: prefixUrl rejects paths starting with "/",
// while every path in this codebase (and in Intercom's docs) is written "/articles/1". A base URL
// with its own path (a proxy at http://host/intercom) keeps that path.
import type { Query } from './client-types.js';

export function requestUrl(baseUrl: string, path: string, query?: Query): URL {
  if (!path.startsWith('/')) throw new Error(`request path must start with "/": ${path}`);
  const url = new URL(baseUrl.replace(/\/+$/, '') + path);
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined) url.searchParams.set(key, String(value));
  }
  return url;
}
