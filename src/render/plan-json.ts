// `--format json`: the plan as a stable, versioned document for scripts and CI (see
// plan-document.ts for the shape and schema/plan.schema.json for its contract). Pretty-printed so a
// saved file diffs well in review, with a trailing newline so it is a well-formed text file.
import type { Plan } from '../planner/plan.js';
import { toPlanDocument } from './plan-document.js';
import type { PlanDocumentKind } from './plan-document.js';

export interface PlanJsonOptions {
  /** `drift` when the plan answers "what changed behind our back". @default 'plan' */
  kind?: PlanDocumentKind;
}

export function renderPlanJson(plan: Plan, options: PlanJsonOptions = {}): string {
  return `${JSON.stringify(toPlanDocument(plan, options.kind ?? 'plan'), null, 2)}\n`;
}
