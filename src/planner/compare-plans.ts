// A saved plan is only a record of what was reviewed; what apply runs is a plan made again, now,
// from the current config and workspace, and it runs only if it is the same plan. So a hand
// edit (a body swapped, an update turned into a delete, a delete added) can never reach Intercom,
// whatever hash the file carries: the hash says the file is intact, this says it is true.
import type { Change } from '../model/change.js';
import { canonicalJson } from './canonical-json.js';

export interface PlanMismatch {
  ref: string;
  /** One sentence for people. */
  detail: string;
}

/** What must be equal for two changes to be the same change: what it does, and to what. */
function identity(c: Change): string {
  return canonicalJson({
    action: c.action,
    kind: c.kind,
    key: c.key,
    id: c.action === 'create' ? null : c.id,
    requests: c.requests,
  });
}

/**
 * Differences between the reviewed (saved) changes and the fresh ones, leaving out `ignore`
 * (changes skipped for a named conflict). Empty means the fresh plan is the reviewed plan.
 */
export function comparePlans(
  saved: readonly Change[],
  fresh: readonly Change[],
  ignore: ReadonlySet<string> = new Set(),
): PlanMismatch[] {
  const now = new Map(fresh.map((c) => [c.ref, c]));
  const before = new Map(saved.map((c) => [c.ref, c]));
  const out: PlanMismatch[] = [];
  for (const c of saved) {
    if (ignore.has(c.ref)) continue;
    const f = now.get(c.ref);
    if (!f)
      out.push({
        ref: c.ref,
        detail: `${c.ref} is in the saved plan but not in the plan made now`,
      });
    else if (identity(f) !== identity(c)) {
      out.push({
        ref: c.ref,
        detail: `${c.ref} would send other requests now than the saved plan shows`,
      });
    }
  }
  for (const f of fresh) {
    if (ignore.has(f.ref) || before.has(f.ref)) continue;
    out.push({ ref: f.ref, detail: `${f.ref} is in the plan made now but not in the saved plan` });
  }
  return out;
}
