// The first half of `apply --resume`: the plan comes from the journal of the interrupted apply,
// not from a fresh read of the workspace, so what is left is exactly what was not done. Creates
// that were in flight are looked up by natural key before anything is sent again.
import { loadConfig } from '../config/index.js';
import { loadJournal } from '../apply/journal-read.js';
import { resumePlan } from '../apply/resume-plan.js';
import type { Plan } from '../planner/plan.js';
import type { Provider } from '../providers/provider.js';
import type { Io } from './io.js';
import { withCheckedTarget, type Target, type TargetFlags } from './target.js';

export async function planFromJournal(
  io: Io,
  journalPath: string,
  configPath: string,
  flags: TargetFlags,
): Promise<{ plan: Plan; target: Target; providers: Provider[] }> {
  const loaded = await loadJournal(journalPath);
  const { desired } = await loadConfig(configPath);
  const { target, providers, value } = await withCheckedTarget(io, flags, desired, (t, providers) =>
    resumePlan(loaded, t.client, providers),
  );
  return { plan: value, target, providers };
}
