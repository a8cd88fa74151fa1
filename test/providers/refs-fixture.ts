// Hand-built PlanRefs and a Desired skeleton, so each provider test states exactly which matches
// and ids exist instead of running the planner. The RequestRefs a provider's requests are built
// with are always the planner's own (`requestRefsFor`), fed with these PlanRefs.
import { emptyDesired } from '../support/desired.js';
import type { Desired, SourcePos } from '../../src/model/desired.js';
import type { Kind } from '../../src/model/objects.js';
import type { PlanRefs, RequestRefs } from '../../src/providers/refs.js';
import type { Reference } from '../../src/model/request.js';
import { requestRefsFor } from '../../src/planner/request-refs.js';

export const pos: SourcePos = { file: 'workspace.yaml', line: 3, col: 5 };

export interface RefsSetup {
  /** `kind -> {desired key: live id}` for matched objects. */
  ids?: Partial<Record<Kind, Record<string, string>>>;
  /** `kind -> {live id: name}` for labels of undeclared live objects. */
  names?: Partial<Record<Kind, Record<string, string>>>;
  /** Admin id -> email: every teammate GET /admins lists, declared under `admins:` or not. */
  admins?: Record<string, string>;
  tags?: string[];
  /** The help centers' locales; undefined = not read. */
  locales?: string[];
}

export function planRefs(setup: RefsSetup = {}): PlanRefs {
  const ids = setup.ids ?? {};
  const admins = setup.admins ?? {};
  const locales = setup.locales && new Set(setup.locales);
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
    helpCenterLocales: () => locales,
  };
}

/** The planner's RequestRefs for the change `changeRef`, answering from `setup`. */
export function requestRefs(
  changeRef: string,
  setup: RefsSetup = {},
): RequestRefs & { refersTo: Reference[] } {
  return requestRefsFor(changeRef, planRefs(setup));
}

export const desired = emptyDesired;

export const declared = { ensure: 'present' as const, protect: false, pos };
