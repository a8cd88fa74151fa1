// The first half of `apply FILE`: read the saved plan, re-load its config (refusing if the config
// or a body file changed since), then re-read just the objects the plan touches. Terraform only
// compares a state serial; this compares the objects themselves and names each one that moved.
import { loadConfig } from '../config/index.js';
import { readSavedPlan } from '../planner/saved-plan.js';
import { checkSavedPlan, withoutConflicts } from '../planner/conflicts.js';
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
): Promise<{ plan: Plan; target: Target; providers: Provider[] }> {
  const saved = await readSavedPlan(file);
  const { desired } = await loadConfig(saved.config.path);
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
      const { plan, skipped } = withoutConflicts(saved.plan, check.conflicts);
      for (const s of skipped) io.err(`skipped: ${s.ref} (${s.because})\n`);
      return plan;
    },
  );
  return { plan: value, target, providers };
}
