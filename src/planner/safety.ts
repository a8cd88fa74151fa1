// Bulk safety thresholds, as octoDNS has them: a typo in a shared config (a wrong key, a dropped
// list, a flipped prune) shows up as a plan that rewrites or removes a large share of a kind.
// Such a plan is refused unless the user says --force. Creates never count: adding objects cannot
// destroy anything. Kinds are judged independently, and small kinds (fewer than `minExisting`
// live objects) never trip, because one edit in a workspace of three tags is already 33%.
import type { Problem } from '../errors/problem.js';
import { FORCE_HINT } from '../errors/unsafe-plan-error.js';
import { KIND_ORDER, type Kind } from '../model/objects.js';
import { KINDS } from '../model/kinds.js';
import type { Plan } from './plan.js';

export const DEFAULT_MAX_SHARE = 0.3;
export const DEFAULT_MIN_EXISTING = 10;

export interface ThresholdOptions {
  /**
   * Largest share 0..1 of a kind's live objects a plan may update or delete.
   * @default 0.3
   */
  maxShare?: number;
  /**
   * Kinds with fewer live objects than this are never refused.
   * @default 10
   */
  minExisting?: number;
}

/** One problem per kind whose updates + deletes exceed `maxShare` of its live objects. */
export function checkThresholds(
  plan: Plan,
  liveCounts: Partial<Record<Kind, number>>,
  options: ThresholdOptions = {},
): Problem[] {
  const maxShare = options.maxShare ?? DEFAULT_MAX_SHARE;
  const minExisting = options.minExisting ?? DEFAULT_MIN_EXISTING;
  const problems: Problem[] = [];
  for (const kind of KIND_ORDER) {
    const existing = liveCounts[kind] ?? 0;
    if (existing <= 0 || existing < minExisting) continue;
    const touched = plan.changes.filter(
      (c) => c.kind === kind && (c.action === 'update' || c.action === 'delete'),
    ).length;
    if (touched / existing <= maxShare) continue;
    problems.push({
      message:
        `plan would update or delete ${touched} of ${existing} existing ${KINDS[kind].plural} ` +
        `(${percent(touched / existing)}), above the ${percent(maxShare)} safety threshold`,
      hint: FORCE_HINT,
    });
  }
  return problems;
}

/** 0.7 -> "70%"; 4/13 -> "30.8%", so a share just over the threshold never reads as equal to it. */
function percent(share: number): string {
  const whole = Math.round(share * 100);
  if (Math.abs(share * 100 - whole) < 1e-9) return `${whole}%`;
  return `${Math.round(share * 1000) / 10}%`;
}
