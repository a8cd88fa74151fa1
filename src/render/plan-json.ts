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

const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

export function renderPlanJson(plan: Plan, options: PlanJsonOptions = {}): string {
  const text = JSON.stringify(toPlanDocument(plan, options.kind ?? 'plan'), null, 2);
  // Same value once parsed, but a reviewer reading the file sees the bidi controls, not their effect.
  return `${text.replace(BIDI, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)}\n`;
}
