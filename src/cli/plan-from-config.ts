// The shared first half of plan and apply: load and validate the config (no request is ever
// sent for an invalid one), connect, check the workspace guard, then plan. Config warnings travel
// inside the plan so every output format shows them once.
import { loadConfig } from '../config/index.js';
import { createPlan } from '../planner/create-plan.js';
import type { Plan } from '../planner/plan.js';
import type { Desired } from '../model/desired.js';
import type { Provider } from '../providers/provider.js';
import type { Io } from './io.js';
import { withCheckedTarget, type Target, type TargetFlags } from './target.js';

export async function planFromConfig(
  io: Io,
  configPath: string,
  flags: TargetFlags,
  allowVars: readonly string[] = [],
): Promise<{ plan: Plan; target: Target; providers: Provider[]; desired: Desired }> {
  const { desired, warnings } = await loadConfig(configPath, { env: io.env, allowVars });
  const { target, providers, value } = await withCheckedTarget(io, flags, desired, (t, providers) =>
    createPlan({ desired, client: t.client, providers, warnings }),
  );
  return { plan: value, target, providers, desired };
}
