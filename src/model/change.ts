// A Change carries everything needed to show it and to run it, so what `plan` prints is exactly
// what `apply` does (dnscontrol's Correction). Changes are plain JSON so a plan can be saved.
import type { DesiredObject, FieldValue, Kind, LiveObject } from './objects.js';
import type { PlannedRequest, Reference } from './request.js';

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

interface ChangeBase<K extends Kind> {
  /** Stable id within the plan, e.g. `create:collection:billing`. */
  ref: string;
  kind: K;
  /** The desired key or, for undeclared live objects, the live name. */
  key: string;
  /** One line saying what will happen, e.g. `article "welcome" (id 39) will be updated in place`. */
  message: string;
  fields: FieldChange[];
  /** Refs of changes that must succeed first. */
  dependsOn: string[];
  /**
   * The requests apply sends, in order, exactly as planned: ids resolved, placeholders only for
   * objects created earlier in the same apply. For a create, the first answer's `id` is the new id.
   */
  requests: PlannedRequest[];
  /** Live objects the requests name without writing them, re-checked before a saved plan runs. */
  refersTo: Reference[];
}

export interface CreateChange<K extends Kind = Kind> extends ChangeBase<K> {
  action: 'create';
  desired: DesiredObject<K>;
}

export interface UpdateChange<K extends Kind = Kind> extends ChangeBase<K> {
  action: 'update';
  id: string;
  desired: DesiredObject<K>;
  live: LiveObject;
  /** Set when the natural key changes (a rename keeps the id). */
  rename?: { from: string; to: string };
}

export interface DeleteChange<K extends Kind = Kind> extends ChangeBase<K> {
  action: 'delete';
  id: string;
  live: LiveObject;
  reason: DeleteReason;
}

export type Change<K extends Kind = Kind> = CreateChange<K> | UpdateChange<K> | DeleteChange<K>;

/** A change as the planner builds it, before its provider turns it into requests. */
export type ChangeDraft<K extends Kind = Kind> =
  | Omit<CreateChange<K>, 'requests' | 'refersTo'>
  | Omit<UpdateChange<K>, 'requests' | 'refersTo'>
  | Omit<DeleteChange<K>, 'requests' | 'refersTo'>;
