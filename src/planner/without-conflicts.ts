// `apply FILE --on-conflict skip` runs the part of a saved plan that is still safe: every change
// with a conflict is left out, and so is everything that depends on one, transitively (an article
// whose new collection was not created cannot be placed in it). One exception: a delete whose
// object is already gone has reached its goal, so what waits on it still runs.
import type { Change } from '../model/change.js';
import { summarize, type Plan } from './plan.js';
import type { Conflict } from './conflicts.js';

export interface SkippedChange {
  ref: string;
  because: string;
}

export function withoutConflicts(
  plan: Plan,
  conflicts: Conflict[],
): { plan: Plan; skipped: SkippedChange[] } {
  const byRef = new Map(plan.changes.map((c) => [c.ref, c]));
  const because = new Map<string, string>();
  const done = new Set<string>();
  for (const conflict of conflicts) {
    const change = byRef.get(conflict.ref);
    if (!change) continue;
    if (change.action === 'delete' && conflict.reason === 'deleted') {
      done.add(change.ref);
      because.set(change.ref, `${conflict.address} is already deleted`);
    } else if (conflict.reason === 'missing-reference') {
      because.set(change.ref, conflict.detail);
    } else {
      const what = `was ${conflict.reason} in Intercom since the plan was made`;
      because.set(change.ref, `${conflict.address} ${what}`);
    }
  }
  // Dependents of a blocking conflict, to a fixed point (dependsOn may point either way in the list).
  let grew = true;
  while (grew) {
    grew = false;
    for (const c of plan.changes) {
      if (because.has(c.ref)) continue;
      const blocker = c.dependsOn.find((d) => because.has(d) && !done.has(d));
      if (blocker !== undefined) {
        because.set(
          c.ref,
          `it depends on ${byRef.get(blocker)?.ref ?? blocker}, which was skipped`,
        );
        grew = true;
      }
    }
  }
  const kept: Change[] = plan.changes
    .filter((c) => !because.has(c.ref))
    .map((c) => ({ ...c, dependsOn: c.dependsOn.filter((d) => !because.has(d)) }));
  return {
    plan: {
      ...plan,
      changes: kept,
      summary: summarize(kept),
    },
    skipped: plan.changes
      .filter((c) => because.has(c.ref))
      .map((c) => ({ ref: c.ref, because: because.get(c.ref)! })),
  };
}
