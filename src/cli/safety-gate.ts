// The bulk thresholds (octoDNS's update/delete percentages) are checked where a plan is about to
// be shown or run: plan reports the refusal after printing the plan, so a reviewer sees what
// tripped it; apply refuses before anything is written unless --force.
import type { Plan } from '../planner/plan.js';
import { checkThresholds } from '../planner/safety.js';
import { UnsafePlanError } from '../errors/unsafe-plan-error.js';

export function unsafeReason(plan: Plan, force: boolean): UnsafePlanError | undefined {
  if (force) return undefined;
  const problems = checkThresholds(plan, plan.liveCounts);
  return problems.length > 0 ? new UnsafePlanError(problems) : undefined;
}
