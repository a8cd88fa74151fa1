// The public, versioned shape of a plan for machines (`--format json`). It is a contract with
// scripts we will never see, so it is built field by field in a fixed order from the internal
// Plan: nothing internal (desired/live objects, raw Intercom JSON, id maps) can leak into it, and
// renaming an internal field cannot silently change the document. schema/plan.schema.json
// describes exactly this shape; bump PLAN_DOCUMENT_VERSION on any incompatible change.
import type { Problem } from '../errors/problem.js';
import type { Action, Change, DeleteReason, FieldChange } from '../model/change.js';
import type { FieldValue, Kind } from '../model/objects.js';
import type { Plan, UnmanagedObject } from '../planner/plan.js';
import { address } from './format.js';
import type { PlannedRequest, Reference } from '../model/request.js';

export const PLAN_DOCUMENT_VERSION = '1.0';

export type PlanDocumentKind = 'plan' | 'drift';

export interface FieldDocument {
  field: string;
  /** Omitted when the field had no value before (always on create); `null` is a real value. */
  before?: FieldValue;
  /** Omitted when the field has no value after (always on delete); `null` is a real value. */
  after?: FieldValue;
  format: 'value' | 'text';
}

export interface ChangeDocument {
  address: string;
  action: Action;
  kind: Kind;
  key: string;
  id: string | null;
  message: string;
  reason?: DeleteReason;
  renamed_from?: string;
  depends_on: string[];
  ref: string;
  fields: FieldDocument[];
  /** The exact requests apply sends, placeholders for ids known only after apply. */
  requests: PlannedRequest[];
  /** Live objects the requests name without writing them. */
  refers_to: Reference[];
}

export interface WarningDocument {
  file: string | null;
  line: number | null;
  column: number | null;
  severity: 'error' | 'warning';
  message: string;
  hint: string | null;
}

export interface PlanDocument {
  format_version: typeof PLAN_DOCUMENT_VERSION;
  kind: PlanDocumentKind;
  created_at: string;
  config_path: string;
  summary: { create: number; update: number; delete: number; unmanaged: number };
  has_changes: boolean;
  changes: ChangeDocument[];
  unmanaged: UnmanagedObject[];
  warnings: WarningDocument[];
}

export function toPlanDocument(plan: Plan, kind: PlanDocumentKind = 'plan'): PlanDocument {
  // Counted from the changes themselves, like the text verdict, so the summary can never disagree
  // with the list (even for a hand-edited or older saved plan).
  const count = (action: Action) => plan.changes.filter((c) => c.action === action).length;
  return {
    format_version: PLAN_DOCUMENT_VERSION,
    kind,
    created_at: plan.createdAt,
    config_path: plan.configPath,
    summary: {
      create: count('create'),
      update: count('update'),
      delete: count('delete'),
      unmanaged: plan.unmanaged.length,
    },
    has_changes: plan.changes.length > 0,
    changes: plan.changes.map(toChangeDocument),
    unmanaged: plan.unmanaged.map((o) => ({ kind: o.kind, id: o.id, name: o.name })),
    warnings: plan.warnings.map(toWarningDocument),
  };
}

function toChangeDocument(change: Change): ChangeDocument {
  return {
    address: address(change.kind, change.key),
    action: change.action,
    kind: change.kind,
    key: change.key,
    id: change.action === 'create' ? null : change.id,
    message: change.message,
    ...(change.action === 'delete' ? { reason: change.reason } : {}),
    ...(change.action === 'update' && change.rename ? { renamed_from: change.rename.from } : {}),
    depends_on: [...change.dependsOn],
    ref: change.ref,
    fields: change.fields.map((field) => toFieldDocument(field, change.action)),
    // A copy: the document must not share objects with the plan apply will run.
    requests: structuredClone(change.requests),
    refers_to: change.refersTo.map((r) => ({ kind: r.kind, id: r.id })),
  };
}

// A create has no "before" and a delete no "after" by definition; enforcing it here keeps even a
// hand-edited saved plan within the schema.
function toFieldDocument(field: FieldChange, action: Action): FieldDocument {
  const before = action === 'create' ? undefined : field.before;
  const after = action === 'delete' ? undefined : field.after;
  return {
    field: field.field,
    ...(before !== undefined ? { before } : {}),
    ...(after !== undefined ? { after } : {}),
    format: field.format ?? 'value',
  };
}

function toWarningDocument(problem: Problem): WarningDocument {
  return {
    file: problem.pos?.file ?? null,
    line: problem.pos?.line ?? null,
    column: problem.pos?.col ?? null,
    // Problem's own default: a problem that does not say it is a warning is an error.
    severity: problem.severity ?? 'error',
    message: problem.message,
    hint: problem.hint ?? null,
  };
}
