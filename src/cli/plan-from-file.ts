// The first half of `apply FILE`: read the saved plan (refusing a file whose hash does not match),
// re-load its config (refusing if the config or a body file changed since), name every object
// the plan touches or refers to that moved in Intercom meanwhile, then plan again from the
// config and the workspace and go on only if that plan is the reviewed one. Apply runs the plan
// made now, so protect and the thresholds are judged on live numbers, not on the file's.
import { loadConfig } from '../config/index.js';
import { readSavedPlan } from '../planner/saved-plan.js';
import { checkSavedPlan, withoutConflicts } from '../planner/conflicts.js';
import { comparePlans } from '../planner/compare-plans.js';
import { createPlan } from '../planner/create-plan.js';
import type { Plan } from '../planner/plan.js';
import type { Provider } from '../providers/provider.js';
import { UserError } from '../errors/user-error.js';
import type { Io } from './io.js';
import { withCheckedTarget, type Target, type TargetFlags } from './target.js';

export type OnConflict = 'fail' | 'skip';

export async function planFromFile(
  io: Io,
  file: string,
  flags: TargetFlags,
  onConflict: OnConflict,
  allowVars: readonly string[] = [],
): Promise<{ plan: Plan; target: Target; providers: Provider[] }> {
  const saved = await readSavedPlan(file);
  const { desired, warnings } = await loadConfig(saved.config.path, { env: io.env, allowVars });
  const { target, providers, value } = await withCheckedTarget(
    io,
    flags,
    desired,
    async (t, providers) => {
      const check = await checkSavedPlan({ saved, desired, client: t.client, providers });
      if (check.configChanged) {
        throw new UserError(`the configuration changed since ${file} was made`, {
          hint: 'run `intercom-as-code plan --out` again and review the new plan; nothing was changed',
        });
      }
      // A delete whose object is already gone has nothing left to do: not worth refusing for.
      const gone = check.conflicts.filter(
        (c) => c.reason === 'deleted' && c.ref.startsWith('delete:'),
      );
      const blocking = check.conflicts.filter((c) => !gone.includes(c));
      for (const c of check.conflicts) io.err(`conflict: ${c.address}: ${c.detail}\n`);
      if (blocking.length > 0 && onConflict === 'fail') {
        throw new UserError(
          `${blocking.length} object${blocking.length === 1 ? '' : 's'} changed in Intercom since ${file} was made`,
          {
            hint: 'run `plan --out` again to review the current state, or apply the rest with --on-conflict skip; nothing was changed',
          },
        );
      }
      const { plan: reviewed, skipped } = withoutConflicts(saved.plan, check.conflicts);
      for (const s of skipped) io.err(`skipped: ${s.ref} (${s.because})\n`);

      const fresh = await createPlan({ desired, client: t.client, providers, warnings });
      const left = new Set(reviewed.changes.map((c) => c.ref));
      const savedRefs = new Set(saved.plan.changes.map((c) => c.ref));
      // What the conflicts made moot is left out of both sides (it was reported above), and so
      // is what they made new: only reviewed changes ever run.
      const ignore = new Set([...savedRefs].filter((r) => !left.has(r)));
      if (check.conflicts.length > 0) {
        for (const c of fresh.changes) if (!savedRefs.has(c.ref)) ignore.add(c.ref);
      }
      const mismatches = comparePlans(saved.plan.changes, fresh.changes, ignore);
      if (mismatches.length > 0) {
        for (const m of mismatches) io.err(`differs: ${m.detail}\n`);
        throw new UserError(
          `${file} is not what a plan made now would do (${mismatches.length} difference${mismatches.length === 1 ? '' : 's'})`,
          {
            hint: 'the file was edited, or the workspace moved in a way the conflict check cannot name; run `plan --out` again and review it; nothing was changed',
          },
        );
      }
      return { ...fresh, changes: fresh.changes.filter((c) => left.has(c.ref)) };
    },
  );
  return { plan: value, target, providers };
}
