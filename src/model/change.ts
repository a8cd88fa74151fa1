// A Change carries everything needed to show it and to run it, so what `plan` prints is exactly
// what `apply` does (dnscontrol's Correction). Changes are plain JSON so a plan can be saved.
import type { DesiredObject, FieldValue, Kind, LiveObject } from './objects.js';

export type Action = 'create' | 'update' | 'delete';

export interface FieldChange {
  field: string;
  /** Absent on create. */
  before?: FieldValue;
  /** Absent on delete. */
  after?: FieldValue;
  /** 'text' fields (article bodies) are shown as a unified line diff. */
  format?: 'value' | 'text';
}

export type DeleteReason = 'ensure-absent' | 'prune';

interface ChangeBase {
  /** Stable id within the plan, e.g. `create:collection:billing`. */
  ref: string;
  kind: Kind;
  /** The desired key or, for undeclared live objects, the live name. */
  key: string;
  /** One line saying what will happen, e.g. `article "welcome" (id 39) will be updated in place`. */
  message: string;
  fields: FieldChange[];
  /** Refs of changes that must succeed first. */
  dependsOn: string[];
}

export interface CreateChange extends ChangeBase {
  action: 'create';
  desired: DesiredObject;
}

export interface UpdateChange extends ChangeBase {
  action: 'update';
  id: string;
  desired: DesiredObject;
  live: LiveObject;
  /** Set when the natural key changes (a rename keeps the id). */
  rename?: { from: string; to: string };
}

export interface DeleteChange extends ChangeBase {
  action: 'delete';
  id: string;
  live: LiveObject;
  reason: DeleteReason;
}

export type Change = CreateChange | UpdateChange | DeleteChange;
