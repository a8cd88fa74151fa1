// The shared first half of plan and apply: load and validate the config (no request is ever
// sent for an invalid one), connect, check the workspace guard, then plan. Config warnings travel
// inside the plan so every output format shows them once.
import { loadConfig } from '../config/index.js';
import { createProviders } from '../providers/index.js';
import { createPlan } from '../planner/create-plan.js';
import { checkWorkspace } from '../planner/check-workspace.js';
import type { Plan } from '../planner/plan.js';
import type { Desired } from '../model/desired.js';
import type { Provider } from '../providers/provider.js';
import type { Io } from './io.js';
import { openTarget, type Target, type TargetFlags } from './target.js';

export async function planFromConfig(
  io: Io,
  configPath: string,
  flags: TargetFlags,
): Promise<{ plan: Plan; target: Target; providers: Provider[]; desired: Desired }> {
  const { desired, warnings } = await loadConfig(configPath);
  const target = await openTarget(io, flags, desired);
  try {
    await checkWorkspace(target.client, desired);
    const providers = createProviders();
    const plan = await createPlan({ desired, client: target.client, providers, warnings });
    return { plan, target, providers, desired };
  } catch (error) {
    await target.close();
    throw error;
  }
}
