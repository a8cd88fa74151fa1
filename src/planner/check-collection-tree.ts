// Intercom deletes a collection's child collections with it, and refuses to move a collection
// inside itself. Both are decided by the tree as it will be after apply (updates run before
// deletes), so they are checked here, on the whole plan, before the first write:
// - a collection that stays inside one this plan deletes would go with it, though the plan does
//   not say so (the next plan would create it again, or, unmanaged, it is simply lost);
// - a parent change that puts a collection under its own descendant would fail half-way.
import type { Change } from '../model/change.js';
import type { Desired } from '../model/desired.js';
import type { LiveObject } from '../model/objects.js';
import type { Problem } from '../errors/problem.js';
import type { PlanRefs } from '../providers/refs.js';

export function checkCollectionTree(
  changes: readonly Change[],
  live: readonly LiveObject[],
  refs: PlanRefs,
  desired: Desired,
): Problem[] {
  const collections = changes.filter((c) => c.kind === 'collection');
  const deleted = new Map(
    collections.flatMap((c) => (c.action === 'delete' ? [[c.id, c] as const] : [])),
  );
  // Where a parent key points after apply: its live id, or `new:KEY` for a collection this plan
  // creates, whose own parent is walked too (a move can close a cycle through a new collection).
  const idOf = (key: string): string => refs.liveIdOfKey('collection', key) ?? `new:${key}`;
  const moved = new Map<string, string | null>();
  for (const c of collections) {
    if (c.action === 'create') {
      const parent = c.desired.fields.parent;
      moved.set(`new:${c.key}`, typeof parent === 'string' ? idOf(parent) : null);
      continue;
    }
    if (c.action !== 'update') continue;
    const parent = c.fields.find((f) => f.field === 'parent');
    if (!parent) continue;
    moved.set(c.id, typeof parent.after === 'string' ? idOf(parent.after) : null);
  }
  const parentAfter = (l: LiveObject): string | null =>
    moved.has(l.id) ? moved.get(l.id)! : (l.scope ?? null);
  const byId = new Map(live.map((l) => [l.id, l]));
  const problems: Problem[] = [];

  for (const l of live) {
    if (deleted.has(l.id)) continue;
    const parent = parentAfter(l);
    const doomed = parent === null ? undefined : deleted.get(parent);
    if (doomed) problems.push(goesWithParent(l, doomed, refs, changes, desired));
  }
  for (const [id] of moved) {
    if (id.startsWith('new:')) continue;
    const seen = new Set<string>([id]);
    for (let at = moved.get(id) ?? null; at !== null;) {
      if (seen.has(at)) {
        problems.push(cycle(id, byId, refs, changes));
        break;
      }
      seen.add(at);
      const next = byId.get(at);
      at = next ? parentAfter(next) : (moved.get(at) ?? null);
    }
  }
  return problems;
}

function goesWithParent(
  child: LiveObject,
  parent: Extract<Change, { action: 'delete' }>,
  refs: PlanRefs,
  changes: readonly Change[],
  desired: Desired,
): Problem {
  const key = refs.keyOfLive('collection', child.id);
  const own = changes.find(
    (c) => c.kind === 'collection' && c.action !== 'delete' && c.key === key,
  );
  const why = `Intercom deletes child collections with their parent, and collection "${parent.key}" (id ${parent.id}) is deleted by this plan (${parent.reason})`;
  if (key !== undefined) {
    const pos =
      own && own.action !== 'delete'
        ? own.desired.pos
        : desired.collections.find((c) => c.key === key)?.pos;
    return {
      ...(pos ? { pos } : {}),
      message: `collection "${key}" (id ${child.id}) would be deleted with its parent: ${why}`,
      hint: 'give it another `parent:` (or `parent: null`) to keep it, or delete it too with `ensure: absent`',
    };
  }
  const pos =
    parent.reason === 'prune'
      ? desired.settingsPos?.prune.collections
      : desired.collections.find((c) => c.key === parent.key)?.pos;
  return {
    ...(pos ? { pos } : {}),
    message: `collection "${child.name}" (id ${child.id}), which the config does not manage, would be deleted with its parent: ${why}`,
    hint: 'declare it with a `parent:` to keep it, or with `ensure: absent` to delete it on purpose',
  };
}

function cycle(
  id: string,
  byId: ReadonlyMap<string, LiveObject>,
  refs: PlanRefs,
  changes: readonly Change[],
): Problem {
  const key = refs.keyOfLive('collection', id) ?? byId.get(id)?.name ?? id;
  const own = changes.find((c) => c.kind === 'collection' && c.action === 'update' && c.id === id);
  const pos = own && own.action === 'update' ? own.desired.pos : undefined;
  return {
    ...(pos ? { pos } : {}),
    message: `collection "${key}" (id ${id}) would be moved inside itself: its new parent is one of its own descendants`,
    hint: 'Intercom refuses this; move the descendant out first (give it its own `parent:`), or choose another parent',
  };
}
