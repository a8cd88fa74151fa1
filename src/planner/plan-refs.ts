// The planner's answers to providers' questions about other kinds. Matches are recorded here as
// they are made, kind by kind in dependency order, so a child can ask about its parent.
import type { Desired } from '../model/desired.js';
import type { Kind, LiveObject } from '../model/objects.js';
import type { PlanRefs } from '../providers/refs.js';

export interface RefsState extends PlanRefs {
  addLive(objects: LiveObject[]): void;
  recordMatch(kind: Kind, key: string, live: LiveObject): void;
  setHelpCenterLocales(locales: ReadonlySet<string>): void;
  /** Desired key -> live id, per kind, for the plan file. */
  ids(): Partial<Record<Kind, Record<string, string>>>;
}

export function createRefs(desired: Desired): RefsState {
  // One map per kind rather than `${kind}\0${id}` keys: building those strings for every match
  // was a tenth of a 100,000-object plan (#7).
  const live = perKind<LiveObject>();
  const keyById = perKind<string>();
  const idByKey = perKind<string>();
  const adminIdByEmail = new Map<string, string>();
  let locales: ReadonlySet<string> | undefined;
  const tagNames = new Set(
    desired.tags.filter((t) => t.ensure === 'present').map((t) => t.name.toLowerCase()),
  );

  return {
    addLive(objects) {
      for (const o of objects) {
        live.set(o.kind, o.id, o);
        if (o.kind === 'admin') adminIdByEmail.set(o.name.toLowerCase(), o.id);
      }
    },
    setHelpCenterLocales(l) {
      locales = l;
    },
    helpCenterLocales: () => locales,
    recordMatch(kind, key, l) {
      keyById.set(kind, l.id, key);
      idByKey.set(kind, key, l.id);
    },
    ids() {
      const out: Partial<Record<Kind, Record<string, string>>> = {};
      for (const [kind, byKey] of idByKey.all) {
        for (const [key, id] of byKey) (out[kind] ??= {})[key] = id;
      }
      return out;
    },
    keyOfLive: (kind, liveId) => keyById.get(kind, liveId),
    labelOfLive(kind, liveId) {
      const o = live.get(kind, liveId);
      return o ? `"${o.name}" (id ${liveId})` : `id ${liveId}`;
    },
    liveIdOfKey: (kind, key) => idByKey.get(kind, key),
    declaredTagNames: () => tagNames,
    adminEmail: (adminId) => live.get('admin', adminId)?.name.toLowerCase(),
    adminIdOf: (email) => adminIdByEmail.get(email.toLowerCase()),
  };
}

/** A map per kind; kinds appear in `all` in the order they were first written to. */
function perKind<V>(): {
  all: Map<Kind, Map<string, V>>;
  get(kind: Kind, key: string): V | undefined;
  set(kind: Kind, key: string, value: V): void;
} {
  const all = new Map<Kind, Map<string, V>>();
  return {
    all,
    get: (kind, key) => all.get(kind)?.get(key),
    set(kind, key, value) {
      const m = all.get(kind);
      if (m) m.set(key, value);
      else all.set(kind, new Map([[key, value]]));
    },
  };
}
