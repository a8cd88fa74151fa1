// The planner's answers to providers' questions about other kinds. Matches are recorded here as
// they are made, kind by kind in dependency order, so a child can ask about its parent.
import type { Desired } from '../model/desired.js';
import type { Kind, LiveObject } from '../model/objects.js';
import type { PlanRefs } from '../providers/refs.js';

export interface RefsState extends PlanRefs {
  addLive(objects: LiveObject[]): void;
  recordMatch(kind: Kind, key: string, live: LiveObject): void;
  /** Desired key -> live id, per kind, for the plan file. */
  ids(): Partial<Record<Kind, Record<string, string>>>;
}

export function createRefs(desired: Desired): RefsState {
  const live = new Map<string, LiveObject>();
  const keyById = new Map<string, string>();
  const idByKey = new Map<string, string>();
  const adminIdByEmail = new Map<string, string>();
  const tagNames = new Set(
    desired.tags.filter((t) => t.ensure === 'present').map((t) => t.name.toLowerCase()),
  );
  const slot = (kind: Kind, s: string): string => `${kind}\u0000${s}`;

  return {
    addLive(objects) {
      for (const o of objects) {
        live.set(slot(o.kind, o.id), o);
        if (o.kind === 'admin') adminIdByEmail.set(o.name.toLowerCase(), o.id);
      }
    },
    recordMatch(kind, key, l) {
      keyById.set(slot(kind, l.id), key);
      idByKey.set(slot(kind, key), l.id);
    },
    ids() {
      const out: Partial<Record<Kind, Record<string, string>>> = {};
      for (const [k, id] of idByKey) {
        const [kind, key] = k.split('\u0000') as [Kind, string];
        (out[kind] ??= {})[key] = id;
      }
      return out;
    },
    keyOfLive: (kind, liveId) => keyById.get(slot(kind, liveId)),
    labelOfLive(kind, liveId) {
      const o = live.get(slot(kind, liveId));
      return o ? `"${o.name}" (id ${liveId})` : `id ${liveId}`;
    },
    liveIdOfKey: (kind, key) => idByKey.get(slot(kind, key)),
    declaredTagNames: () => tagNames,
    adminEmail: (adminId) => live.get(slot('admin', adminId))?.name.toLowerCase(),
    adminIdOf: (email) => adminIdByEmail.get(email.toLowerCase()),
  };
}
