// Turns the matches of one kind into typed changes. The delete policy lives here and nowhere
// else: a live object is deleted only for `ensure: absent` or when its kind's `prune` is on, and
// never when it is protected; every other undeclared object is reported as unmanaged.
import type { Desired } from '../model/desired.js';
import type { Change, DeleteReason } from '../model/change.js';
import type { DesiredObject, Kind, LiveObject } from '../model/objects.js';
import type { Problem } from '../errors/problem.js';
import type { Provider } from '../providers/provider.js';
import type { PlanRefs } from '../providers/refs.js';
import type { UnmanagedObject } from './plan.js';
import { createMessage, deleteMessage, updateMessage } from './messages.js';

interface BuildInput {
  provider: Provider;
  desired: Desired;
  wanted: DesiredObject[];
  matched: Map<string, LiveObject>;
  unmatched: LiveObject[];
  refs: PlanRefs;
}

const PRUNE_KEY: Partial<Record<Kind, keyof Desired['prune']>> = {
  tag: 'tags',
  collection: 'collections',
  article: 'articles',
  company: 'companies',
};

export function buildChanges(input: BuildInput): {
  changes: Change[];
  unmanaged: UnmanagedObject[];
  problems: Problem[];
} {
  const { provider, desired, wanted, matched, unmatched, refs } = input;
  const kind = provider.kind;
  const changes: Change[] = [];
  const problems: Problem[] = [];
  const protectedNames = new Set(desired.protected.map((n) => n.toLowerCase()));

  const remove = (live: LiveObject, key: string, reason: DeleteReason, protect: boolean): void => {
    if (protect || protectedNames.has(live.name.toLowerCase())) {
      problems.push({
        message: `${kind} "${live.name}" (id ${live.id}) is protected but the plan would delete it (${reason})`,
        hint: 'remove `protect`/the `protected:` entry if it really should go, or stop deleting it',
      });
      return;
    }
    changes.push({
      action: 'delete',
      ref: `delete:${kind}:${live.id}`,
      kind,
      key,
      id: live.id,
      live,
      reason,
      message: deleteMessage(kind, key, live.id, reason),
      fields: provider.describe(live, refs),
      dependsOn: [],
    });
  };

  for (const d of wanted) {
    const live = matched.get(d.key);
    problems.push(...(provider.checkRefs?.(d, refs) ?? []));
    if (d.ensure === 'absent') {
      if (live) remove(live, d.key, 'ensure-absent', d.protect);
      continue;
    }
    if (!live) {
      if (provider.lifecycle === 'update-only') {
        problems.push({
          pos: d.pos,
          message: `${kind} "${d.key}" was not found in the workspace`,
          hint: `${kind}s cannot be created through the API; check the spelling`,
        });
        continue;
      }
      changes.push({
        action: 'create',
        ref: `create:${kind}:${d.key}`,
        kind,
        key: d.key,
        desired: d,
        message: createMessage(kind, d.key),
        fields: provider.diff(d, undefined, refs),
        dependsOn: [],
      });
      continue;
    }
    const fields = provider.diff(d, live, refs);
    if (fields.length === 0) continue;
    const renamed = live.name !== d.name ? live.name : undefined;
    changes.push({
      action: 'update',
      ref: `update:${kind}:${d.key}`,
      kind,
      key: d.key,
      id: live.id,
      desired: d,
      live,
      ...(renamed !== undefined ? { rename: { from: renamed, to: d.name } } : {}),
      message: updateMessage(kind, d.key, live.id, renamed),
      fields,
      dependsOn: [],
    });
  }

  const unmanaged: UnmanagedObject[] = [];
  const pruneKey = PRUNE_KEY[kind];
  const prune = provider.lifecycle === 'full' && pruneKey !== undefined && desired.prune[pruneKey];
  // Admins are people, not configuration: undeclared ones are not worth reporting.
  if (provider.lifecycle === 'update-only') return { changes, unmanaged, problems };
  for (const live of unmatched) {
    if (prune) remove(live, live.name, 'prune', false);
    else unmanaged.push({ kind, id: live.id, name: live.name });
  }
  return { changes, unmanaged, problems };
}
