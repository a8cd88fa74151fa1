// WHY: one place says how big every figure's workload is, so `--quick` scales the whole bench
// down 10x consistently and the report can say exactly which mode ran.

export type Mode = 'full' | 'quick';

export interface Scale {
  mode: Mode;
  tags: number;
  collections: number;
  articles: number;
  companies: number;
  admins: number;
  /** Companies with user_count 0: missing from the scroll, declared, so they need a look-up. */
  hiddenEvery: number;
  /** One object in `changedEvery` of every kind differs from the live workspace (5%). */
  changedEvery: number;
  /** Of the changed companies, one in `createEvery` is a new company instead of an update. */
  createEvery: number;
  /** One-request changes in the apply figure. */
  applyChanges: number;
  /** Declared objects for the planner-alone figure. */
  syntheticObjects: number;
}

export const APPLY_RATE_LIMIT = 100;
export const APPLY_WINDOW_MS = 10_000;
export const BASELINE_CONCURRENCY = 10;
export const LATENCY_MS = 5;

const FULL: Scale = {
  mode: 'full',
  tags: 1_000,
  collections: 300,
  articles: 3_000,
  companies: 20_000,
  admins: 50,
  hiddenEvery: 50,
  changedEvery: 20,
  createEvery: 10,
  applyChanges: 2_000,
  syntheticObjects: 100_000,
};

export function scaleFor(mode: Mode): Scale {
  if (mode === 'full') return FULL;
  const tenth = (n: number): number => Math.max(1, Math.round(n / 10));
  return {
    ...FULL,
    mode,
    tags: tenth(FULL.tags),
    collections: tenth(FULL.collections),
    articles: tenth(FULL.articles),
    companies: tenth(FULL.companies),
    admins: tenth(FULL.admins),
    applyChanges: tenth(FULL.applyChanges),
    syntheticObjects: tenth(FULL.syntheticObjects),
  };
}
