// Turns an interrupted apply's journal into the plan of what is left, so `apply --resume` never
// repeats a write that happened. Done changes are dropped and the ids they produced are added to
// the plan, so the changes that depend on them resolve. A create that was started (or failed)
// may have been applied with its answer lost, so it is looked up by natural key first; found, it
// counts as done. A delete that was started is checked with a read; gone, it counts as done.
// Updates are idempotent and simply run again.
import type { Change } from '../model/change.js';
import type { Kind } from '../model/objects.js';
import type { IntercomClient } from '../intercom/client-types.js';
import type { Provider } from '../providers/provider.js';
import type { ApplyRefs } from '../providers/refs.js';
import type { Plan } from '../planner/plan.js';
import type { LoadedJournal } from './journal-read.js';

export async function resumePlan(
  journal: LoadedJournal,
  client: IntercomClient,
  providers: Provider[],
): Promise<Plan> {
  const { plan, done, started, failed } = journal;
  const byKind = new Map(providers.map((p) => [p.kind, p]));
  const ids: Plan['ids'] = Object.fromEntries(
    Object.entries(plan.ids).map(([kind, byKey]) => [kind, { ...byKey }]),
  );
  const setId = (kind: Kind, key: string, id: string): void => {
    (ids[kind] ??= {})[key] = id;
  };
  const refs: ApplyRefs = {
    idOf: (kind, key) => ids[kind]?.[key],
    adminId: (email) => ids.admin?.[email.toLowerCase()],
  };

  // Changes are in display order, kinds in dependency order, so a parent's id is known before
  // a child is looked up.
  const remaining: Change[] = [];
  for (const change of plan.changes) {
    const doneId = done.get(change.ref);
    if (doneId !== undefined) {
      if (change.action === 'create') setId(change.kind, change.key, doneId);
      continue;
    }
    const attempted = started.has(change.ref) || failed.has(change.ref);
    const provider = byKind.get(change.kind);
    if (attempted && provider && change.action === 'create') {
      const found = await provider.findCreated(client, change, refs);
      if (found) {
        setId(change.kind, change.key, found.id);
        continue;
      }
    }
    if (attempted && provider && change.action === 'delete') {
      if ((await provider.read(client, change.id)) === undefined) continue;
    }
    remaining.push(change);
  }
  return {
    ...plan,
    changes: remaining,
    summary: {
      create: remaining.filter((c) => c.action === 'create').length,
      update: remaining.filter((c) => c.action === 'update').length,
      delete: remaining.filter((c) => c.action === 'delete').length,
    },
    ids,
  };
}
