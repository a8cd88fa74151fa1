// The transport contract every provider uses. The implementation (create-client.ts) owns auth, base URL,
// Intercom-Version, pagination, retries and pacing; providers only name paths and bodies.

export type Query = Record<string, string | number | boolean | undefined>;

export interface RequestStats {
  /** Requests sent, including retries. */
  requests: number;
  retries: number;
  /** Per `METHOD /path-template`, e.g. `GET /articles`. */
  byRoute: Record<string, number>;
}

export interface PageListOptions {
  /** @default 'GET' (POST for /companies/list) */
  method?: 'GET' | 'POST';
  /** The largest page size the endpoint allows. @default 150 */
  perPage?: number;
  query?: Query;
}

export interface IntercomClient {
  get<T>(path: string, query?: Query): Promise<T>;
  post<T>(path: string, body?: unknown, query?: Query): Promise<T>;
  put<T>(path: string, body: unknown): Promise<T>;
  /** Resolves to undefined for the empty 200 of DELETE /tags/{id}. */
  delete<T>(path: string): Promise<T | undefined>;
  /** Every item of a page/per_page list (`{type:'list', data, pages:{total_pages}}`), in page order. */
  listPages<T>(path: string, options?: PageListOptions): Promise<T[]>;
  /** Every company through GET /companies/scroll, restarting from the start on the documented 500. */
  scrollCompanies<T>(): Promise<T[]>;
  stats(): RequestStats;
}
