// The public contract of the sandbox, kept apart from the server so the CLI, the end-to-end tests
// and the benchmarks can depend on it without pulling in the HTTP machinery.
import type { SandboxSeed } from './seed-types.js';
import type { SandboxState } from './state.js';

export interface SandboxOptions {
  /** @default 0 (a free port) */
  port?: number;
  /** Seed state object (SandboxSeed) or path of a seed JSON file. @default empty workspace with one admin */
  seed?: SandboxSeed | string;
  /** JSON file to load state from (if it exists) and save state to after every write. */
  statePath?: string;
  /** Requests per 10-second window before 429 rate_limit_exceeded. @default 1666 */
  rateLimit?: number;
  /**
   * Length of a rate-limit window in ms. Intercom's is 10 s; tests with injected 429s shorten it
   * so a client that honours X-RateLimit-Reset waits milliseconds, not seconds.
   * @default 10000
   */
  rateWindowMs?: number;
  faults?: FaultOptions;
  /** Time source for tests. @default Date.now */
  now?: () => number;
}

export interface FaultOptions {
  /** Share 0..1 of requests answered 429 rate_limit_exceeded. */
  rate429?: number;
  /** Share answered 500 server_error (nothing applied). */
  rate500?: number;
  /** Share whose connection is destroyed without an answer (nothing applied). */
  dropRate?: number;
  /** Share of writes (POST/PUT/DELETE) that ARE applied but answered 500. */
  appliedButFailRate?: number;
  /** Ms added to every request. @default 0 */
  latencyMs?: number;
  /** PRNG seed so runs are reproducible. @default 1 */
  randomSeed?: number;
}

export type FaultKind = '429' | '500' | 'drop' | 'applied-but-500';

export interface FaultMatch {
  method: string;
  /** Tested against the path without its query string, e.g. `/articles/12`. */
  path: RegExp;
}

export interface RequestLogEntry {
  method: string;
  path: string;
  query: Record<string, string>;
  /** Parsed JSON body, or undefined when there was none (or it was not JSON). */
  body: unknown;
  /** 0 when the connection was dropped on purpose. */
  status: number;
  /** Parsed response body; undefined for empty bodies and dropped connections. */
  response: unknown;
}

export interface Sandbox {
  /** e.g. http://127.0.0.1:41234 */
  url: string;
  close(): Promise<void>;
  setFaults(f: FaultOptions): void;
  /** Deterministic one-shot fault: the next request matching method and path regex gets it. */
  failNext(match: FaultMatch, fault: FaultKind): void;
  /** Requests in arrival order; keeps at least the newest 10,000. */
  log: RequestLogEntry[];
  /** Requests per 'METHOD /template', e.g. 'GET /articles/{id}'. */
  counters(): Record<string, number>;
  resetLog(): void;
  /** The live data, for tests to inspect and edit behind the tool's back. */
  state: SandboxState;
}
