// Builds the Changes a provider receives at apply time the way the planner does (diff first),
// so create/update tests exercise the same fields a real plan would carry.
import type { CreateChange, DeleteChange, UpdateChange } from '../../src/model/change.js';
import type { DesiredObject, LiveObject } from '../../src/model/objects.js';
import type { Provider } from '../../src/providers/provider.js';
import type { PlanRefs } from '../../src/providers/refs.js';

export function createChange(p: Provider, d: DesiredObject, refs: PlanRefs): CreateChange {
  return {
    action: 'create',
    ref: `create:${p.kind}:${d.key}`,
    kind: p.kind,
    key: d.key,
    message: '',
    fields: p.diff(d, undefined, refs),
    dependsOn: [],
    desired: d,
  };
}

export function updateChange(
  p: Provider,
  d: DesiredObject,
  live: LiveObject,
  refs: PlanRefs,
): UpdateChange {
  return {
    action: 'update',
    ref: `update:${p.kind}:${d.key}`,
    kind: p.kind,
    key: d.key,
    message: '',
    fields: p.diff(d, live, refs),
    dependsOn: [],
    id: live.id,
    desired: d,
    live,
  };
}

export function deleteChange(p: Provider, live: LiveObject, refs: PlanRefs): DeleteChange {
  return {
    action: 'delete',
    ref: `delete:${p.kind}:${live.id}`,
    kind: p.kind,
    key: live.name,
    message: '',
    fields: p.describe(live, refs),
    dependsOn: [],
    id: live.id,
    live,
    reason: 'prune',
  };
}
