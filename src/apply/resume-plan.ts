// `apply --resume` re-plans against the current config and the live workspace, then keeps only
// the changes the interrupted apply had not finished. Re-planning is what makes a fixed config
// count (a change that failed for a wrong author is planned again with the right one), and a
// change the journal shows done has no change left in a fresh plan, because the workspace
// already matches. A create whose answer was lost is matched by the fresh plan's read, so it is
// never sent twice. Changes the fresh plan has that the interrupted one did not (the config
// grew meanwhile) are left for a plain `apply`, which reviews them as a new plan.
import type { Change } from '../model/change.js';
import { summarize, type Plan } from '../planner/plan.js';
import type { LoadedJournal } from './journal-read.js';

export interface ResumedPlan {
  /** What is left of the interrupted apply, as planned now. */
  plan: Plan;
  /** Changes of the interrupted apply the journal records as done. */
  done: number;
  /** Changes of the interrupted apply that the workspace now already matches. */
  settled: string[];
  /** Changes of the fresh plan that were not part of the interrupted apply. */
  outside: Change[];
  /**
   * Creates the journal records as done that the workspace does not show (a list lagging
   * behind): left out rather than sent again, since a second create would be a duplicate.
   */
  unconfirmed: Change[];
}

/**
 * Changes are matched by the object they act on, not by ref: a company create whose tag request
 * failed is an update of that company when planned again, and still what the resume must finish.
 */
function target(c: Change): string {
  return c.action === 'delete' ? `${c.kind}#${c.id}` : `${c.kind}:${c.key}`;
}

export function resumePlan(journal: LoadedJournal, fresh: Plan): ResumedPlan {
  const interrupted = new Set(journal.plan.changes.map(target));
  const doneCreates = new Set(
    journal.plan.changes
      .filter((c) => c.action === 'create' && journal.done.has(c.ref))
      .map(target),
  );
  const leftChanges = journal.plan.changes.filter((c) => !journal.done.has(c.ref));
  const left = new Set(leftChanges.map(target));
  const unconfirmed = fresh.changes.filter(
    (c) => c.action === 'create' && doneCreates.has(target(c)) && !left.has(target(c)),
  );
  const never = new Set(unconfirmed.map((c) => c.ref));
  // What is left, plus whatever it now waits on (a collection the fixed config adds for it).
  const byRef = new Map(fresh.changes.map((c) => [c.ref, c]));
  const keep = new Set<string>();
  const pull = (ref: string): void => {
    const c = byRef.get(ref);
    if (!c || keep.has(ref) || never.has(ref)) return;
    keep.add(ref);
    c.dependsOn.forEach(pull);
  };
  fresh.changes.filter((c) => left.has(target(c))).forEach((c) => pull(c.ref));
  const changes = fresh.changes.filter((c) => keep.has(c.ref));
  const keptTargets = new Set(changes.map(target));
  const outside = fresh.changes.filter(
    (c) => !keep.has(c.ref) && !never.has(c.ref) && !interrupted.has(target(c)),
  );
  return {
    plan: {
      ...fresh,
      changes,
      summary: summarize(changes),
    },
    done: journal.done.size,
    settled: leftChanges.filter((c) => !keptTargets.has(target(c))).map((c) => c.ref),
    outside,
    unconfirmed,
  };
}
