// How many cases each property runs, and from which seed. CI runs the fixed defaults below
// (sized to finish within about a minute on 2 cores); `npm run fuzz -- --runs N [--seed S]`
// sets FUZZ_RUNS / FUZZ_SEED to run more. Both are bounded: FUZZ_RUNS is capped.

/** The fixed seed CI uses, so a CI failure replays exactly. */
export const CI_SEED = 20_240_611;
const MAX_RUNS = 100_000;

function intFromEnv(name: string): number | undefined {
  const raw = process.env[name];
  if (raw === undefined || raw.trim() === '') return undefined;
  const n = Number(raw);
  if (!Number.isSafeInteger(n) || n < 0)
    throw new Error(`${name} must be a whole number, not ${raw}`);
  return n;
}

export const FUZZ_SEED: number = intFromEnv('FUZZ_SEED') ?? CI_SEED;

/**
 * Cases for one property: its CI default, or FUZZ_RUNS scaled by the property's share (the fault
 * and saved-plan properties are slower per case, so they get a smaller share of FUZZ_RUNS).
 */
export function runsFor(ciRuns: number, share = 1): number {
  const fuzz = intFromEnv('FUZZ_RUNS');
  if (fuzz === undefined) return ciRuns;
  return Math.max(1, Math.min(MAX_RUNS, Math.round(fuzz * share)));
}

/** Wall-clock budget for a property: a generous per-case allowance, plus shrinking time. */
export function timeoutFor(runs: number, perCaseMs: number): number {
  return runs * perCaseMs + SHRINK_BUDGET_MS + 30_000;
}

/** Shrinking a failure stops after this long, reporting the smallest case found so far. */
export const SHRINK_BUDGET_MS = intFromEnv('FUZZ_SHRINK_MS') ?? 90_000;
