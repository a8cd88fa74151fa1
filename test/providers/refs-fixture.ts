// Hand-built PlanRefs/ApplyRefs and a Desired skeleton, so each provider test states exactly
// which matches and ids exist instead of running the planner.
import { emptyDesired } from '../support/desired.js';
import type { Desired, SourcePos } from '../../src/model/desired.js';
import type { Kind } from '../../src/model/objects.js';
import type { ApplyRefs, PlanRefs } from '../../src/providers/refs.js';

export const pos: SourcePos = { file: 'workspace.yaml', line: 3, col: 5 };

export interface RefsSetup {
  /** `kind -> {desired key: live id}` for matched (or, at apply time, created) objects. */
  ids?: Partial<Record<Kind, Record<string, string>>>;
  /** `kind -> {live id: name}` for labels of undeclared live objects. */
  names?: Partial<Record<Kind, Record<string, string>>>;
  /** Admin id -> email. */
  admins?: Record<string, string>;
  tags?: string[];
}

export function planRefs(setup: RefsSetup = {}): PlanRefs {
  const ids = setup.ids ?? {};
  const admins = setup.admins ?? {};
  return {
    keyOfLive: (kind, liveId) =>
      Object.entries(ids[kind] ?? {}).find(([, id]) => id === liveId)?.[0],
    labelOfLive: (kind, liveId) => {
      const name = setup.names?.[kind]?.[liveId];
      return name === undefined ? `id ${liveId}` : `"${name}" (id ${liveId})`;
    },
    liveIdOfKey: (kind, key) => ids[kind]?.[key],
    declaredTagNames: () => new Set((setup.tags ?? []).map((t) => t.toLowerCase())),
    adminEmail: (adminId) => admins[adminId]?.toLowerCase(),
    adminIdOf: (email) =>
      Object.entries(admins).find(([, e]) => e.toLowerCase() === email.toLowerCase())?.[0],
  };
}

export function applyRefs(setup: RefsSetup = {}): ApplyRefs {
  const refs = planRefs(setup);
  return {
    idOf: (kind, key) => refs.liveIdOfKey(kind, key),
    adminId: (email) => refs.adminIdOf(email),
  };
}

export const desired = emptyDesired;

export const declared = { ensure: 'present' as const, protect: false, pos };
