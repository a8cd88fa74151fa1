// The first half of `apply --resume`: read the journal of the interrupted apply, plan afresh from
// the current config and workspace, and keep what the interrupted apply had left (see
// apply/resume-plan.ts for why re-planning, not replaying, is what makes a resume safe).
import { loadJournal } from '../apply/journal-read.js';
import { resumePlan } from '../apply/resume-plan.js';
import type { Plan } from '../planner/plan.js';
import type { Provider } from '../providers/provider.js';
import type { Io } from './io.js';
import { planFromConfig } from './plan-from-config.js';
import type { Target, TargetFlags } from './target.js';

export async function planFromJournal(
  io: Io,
  journalPath: string,
  configPath: string,
  flags: TargetFlags,
  allowVars: readonly string[] = [],
): Promise<{ plan: Plan; target: Target; providers: Provider[] }> {
  const loaded = await loadJournal(journalPath);
  const fresh = await planFromConfig(io, configPath, flags, allowVars);
  const resumed = resumePlan(loaded, fresh.plan);
  io.err(
    `Resuming: ${resumed.done} of ${loaded.plan.changes.length} changes were applied before the interruption; ${resumed.plan.changes.length} left to apply.\n`,
  );
  for (const ref of resumed.settled) io.err(`already in place: ${ref}\n`);
  for (const c of resumed.unconfirmed) {
    io.err(
      `warning: the journal says ${c.ref} was created (id ${loaded.done.get(c.ref) ?? '?'}), but the workspace does not show it yet; it is not created again. Run \`plan\` in a minute to check.\n`,
    );
  }
  if (resumed.outside.length > 0) {
    io.err(
      `note: ${resumed.outside.length} change(s) in the current config were not part of the interrupted apply (${resumed.outside
        .map((c) => c.ref)
        .join(', ')}); run \`apply\` after this to review and apply them.\n`,
    );
  }
  return { plan: resumed.plan, target: fresh.target, providers: fresh.providers };
}
