// WHY: the parent and its child processes talk over Node's IPC channel; these types are the one
// contract between them, so a figure cannot silently change shape between sender and receiver.
import type { Mode } from './scale.js';

export interface HostOptions {
  mode: Mode;
  rateLimit: number;
  rateWindowMs: number;
  latencyMs: number;
}

export type HostOp = 'counters' | 'reset' | 'close';

export interface HostCounters {
  /** Requests per `METHOD /template`, from the sandbox's own counters. */
  byRoute: Record<string, number>;
  total: number;
  /** 429 answers in the request log. */
  status429: number;
  /** Entries in the request log; less than `total` means the log was trimmed. */
  logged: number;
}

export type HostMessage =
  { type: 'ready'; url: string } | { type: 'reply'; id: number; counters?: HostCounters };

export interface PlanSummary {
  create: number;
  update: number;
  delete: number;
}

export interface PlanArgs {
  url: string;
  configPath: string;
  /** Where to save the responses for the I/O-free replay; omitted for the latency run. */
  recordPath?: string;
}

export interface PlanFigures {
  loadMs: number;
  /** GET /me guard plus createPlan: every request and all planning work. */
  readAndPlanMs: number;
  renderMs: number;
  wallMs: number;
  requests: number;
  retries: number;
  summary: PlanSummary;
}

export interface ReplayArgs {
  configPath: string;
  recordPath: string;
}

export interface ReplayFigures {
  cpuMs: number;
  wallMs: number;
  summary: PlanSummary;
}

export interface BaselineArgs {
  url: string;
  mode: Mode;
}

export interface BaselineFigures {
  wallMs: number;
  requests: number;
  retries: number;
}

export interface ApplyArgs {
  planUrl: string;
  applyUrl: string;
  configPath: string;
}

export interface ApplyFigures {
  planSummary: PlanSummary;
  wallMs: number;
  applied: number;
  failed: number;
  skipped: number;
  requests: number;
  retries: number;
  /** 429s as the client saw them (onRequest), to cross-check the sandbox's count. */
  client429: number;
  firstError?: string;
}

export interface SyntheticArgs {
  mode: Mode;
  mix: 'grown' | 'proportional';
}

export interface SyntheticFigures {
  objects: number;
  articles: number;
  companies: number;
  wallMs: number;
  cpuMs: number;
  changes: number;
  expectedChanges: number;
}

export type Task =
  | { task: 'plan'; args: PlanArgs }
  | { task: 'replay'; args: ReplayArgs }
  | { task: 'baseline'; args: BaselineArgs }
  | { task: 'apply'; args: ApplyArgs }
  | { task: 'synthetic'; args: SyntheticArgs };

export interface TaskResults {
  plan: PlanFigures;
  replay: ReplayFigures;
  baseline: BaselineFigures;
  apply: ApplyFigures;
  synthetic: SyntheticFigures;
}

/** What every child sends back: its figures plus its own peak resident set size. */
export type ChildMessage<T> =
  { ok: true; result: T; maxRssKb: number } | { ok: false; error: string };
