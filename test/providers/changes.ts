// Builds changes the way the planner does: the draft first (fields from the provider's diff),
// then the provider's requests, with every reference resolved by the planner's own RequestRefs
// (`requestRefsFor`) over the test's PlanRefs. `send` runs a change through apply's runChange, so
// provider tests see the exact requests apply fills in and sends.
import type {
  Change,
  ChangeDraft,
  CreateChange,
  DeleteChange,
  UpdateChange,
} from '../../src/model/change.js';
import type { DesiredObject, Kind, LiveObject } from '../../src/model/objects.js';
import type { Provider } from '../../src/providers/provider.js';
import type { PlanRefs } from '../../src/providers/refs.js';
import type { IntercomClient } from '../../src/intercom/client-types.js';
import { createRef, requestRefsFor } from '../../src/planner/request-refs.js';
import { createMessage, deleteMessage, updateMessage } from '../../src/planner/messages.js';
import { runChange, type ChangeOutcome } from '../../src/apply/recovery.js';

type Draft<C> = Omit<C, 'requests' | 'refersTo'>;

export function createDraft<K extends Kind>(
  p: Provider<K>,
  d: DesiredObject<K>,
  refs: PlanRefs,
): Draft<CreateChange<K>> {
  return {
    action: 'create',
    ref: createRef(p.kind, d.key),
    kind: p.kind,
    key: d.key,
    message: createMessage(p.kind, d.key),
    fields: p.diff(d, undefined, refs),
    dependsOn: [],
    desired: d,
  };
}

export function updateDraft<K extends Kind>(
  p: Provider<K>,
  d: DesiredObject<K>,
  live: LiveObject,
  refs: PlanRefs,
): Draft<UpdateChange<K>> {
  const renamed = live.name !== d.name ? live.name : undefined;
  return {
    action: 'update',
    ref: `update:${p.kind}:${d.key}`,
    kind: p.kind,
    key: d.key,
    message: updateMessage(p.kind, d.key, live.id, renamed),
    fields: p.diff(d, live, refs),
    dependsOn: [],
    id: live.id,
    desired: d,
    live,
    ...(renamed !== undefined ? { rename: { from: renamed, to: d.name } } : {}),
  };
}

export function deleteDraft<K extends Kind>(
  p: Provider<K>,
  live: LiveObject,
  refs: PlanRefs,
): Draft<DeleteChange<K>> {
  return {
    action: 'delete',
    ref: `delete:${p.kind}:${live.id}`,
    kind: p.kind,
    key: live.name,
    message: deleteMessage(p.kind, live.name, live.id, 'prune'),
    fields: p.describe(live, refs),
    dependsOn: [],
    id: live.id,
    live,
    reason: 'prune',
  };
}

/** The draft with the requests its provider builds for it, as build-changes.ts adds them. */
export function withRequests<K extends Kind, C extends ChangeDraft<K>>(
  p: Provider<K>,
  draft: C,
  refs: PlanRefs,
): C & Pick<Change<K>, 'requests' | 'refersTo'> {
  const requestRefs = requestRefsFor(draft.ref, refs);
  const requests = p.requests(draft, requestRefs);
  return { ...draft, requests, refersTo: requestRefs.refersTo };
}

export function createChange<K extends Kind>(
  p: Provider<K>,
  d: DesiredObject<K>,
  refs: PlanRefs,
): CreateChange<K> {
  return withRequests(p, createDraft(p, d, refs), refs);
}

export function updateChange<K extends Kind>(
  p: Provider<K>,
  d: DesiredObject<K>,
  live: LiveObject,
  refs: PlanRefs,
): UpdateChange<K> {
  return withRequests(p, updateDraft(p, d, live, refs), refs);
}

export function deleteChange<K extends Kind>(
  p: Provider<K>,
  live: LiveObject,
  refs: PlanRefs,
): DeleteChange<K> {
  return withRequests(p, deleteDraft(p, live, refs), refs);
}

/**
 * Runs one change as apply does; `created` holds the ids of creates earlier in the same apply,
 * by change ref, which fill the change's placeholders.
 */
export function send<K extends Kind>(
  p: Provider<K>,
  client: IntercomClient,
  change: Change<K>,
  created: Record<string, string> = {},
): Promise<ChangeOutcome> {
  return runChange(p, client, change, (ref) => created[ref]);
}
