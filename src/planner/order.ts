// Two orders live here. Display order is fixed and deterministic (deletes first so they stand
// out, then kind order, then key) so two plans of the same state are byte-identical. Run order is
// a dependency graph: a change waits for the creates/updates of what it references, and a delete
// waits for the deletes of what lives inside it. apply runs every delete after every other
// change, so an article is moved out of a collection before that collection goes.
import type { Change, DeleteChange } from '../model/change.js';
import { KIND_ORDER } from '../model/objects.js';
import type { Provider } from '../providers/provider.js';

export function sortForDisplay(changes: Change[]): Change[] {
  const rank = (c: Change): number => (c.action === 'delete' ? 0 : 1);
  return [...changes].sort(
    (a, b) =>
      rank(a) - rank(b) ||
      KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) ||
      (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
  );
}

export function linkDependencies(changes: Change[], providers: Map<string, Provider>): void {
  const writes = new Map<string, Change>();
  for (const c of changes) if (c.action !== 'delete') writes.set(`${c.kind}\u0000${c.key}`, c);
  const deletesByScope = new Map<string, DeleteChange[]>();
  for (const c of changes) {
    if (c.action !== 'delete' || c.live.scope == null) continue;
    const list = deletesByScope.get(c.live.scope) ?? [];
    list.push(c);
    deletesByScope.set(c.live.scope, list);
  }
  for (const c of changes) {
    if (c.action === 'delete') {
      // Only collections contain things (child collections and articles); their scope is the id.
      if (c.kind === 'collection') {
        c.dependsOn = (deletesByScope.get(c.id) ?? []).map((d) => d.ref).sort();
      }
      continue;
    }
    const provider = providers.get(c.kind)!;
    const deps = new Set<string>();
    for (const r of provider.references(c.desired)) {
      const dep = writes.get(`${r.kind}\u0000${r.key}`);
      if (dep && dep !== c) deps.add(dep.ref);
    }
    c.dependsOn = [...deps].sort();
  }
}
