// Resolves the references in one change's requests, once, at plan time (Terraform resolves every
// reference when it plans). A declared object that is matched becomes its live id and is
// recorded in `refersTo`, so a saved plan can check it still exists; one that is not matched
// becomes a placeholder for its create, which apply fills in. Whether that create exists in the
// plan is checked by the planner once every change is built (checkPlaceholders).
import type { Change } from '../model/change.js';
import type { Kind } from '../model/objects.js';
import { placeholder, placeholdersOf, type Reference } from '../model/request.js';
import type { Problem } from '../errors/problem.js';
import { UnresolvedReferenceError } from '../errors/unresolved-reference-error.js';
import type { IdValue, PlanRefs, RequestRefs } from '../providers/refs.js';

export function createRef(kind: Kind, key: string): string {
  return `create:${kind}:${key}`;
}

export function requestRefsFor(
  changeRef: string,
  refs: PlanRefs,
): RequestRefs & { refersTo: Reference[] } {
  const refersTo: Reference[] = [];
  const record = (kind: Kind, id: string): void => {
    if (!refersTo.some((r) => r.kind === kind && r.id === id)) refersTo.push({ kind, id });
  };
  return {
    refersTo,
    idOf(kind, key, as): IdValue {
      const live = refs.liveIdOfKey(kind, key);
      if (live === undefined) return placeholder(createRef(kind, key), as);
      record(kind, live);
      return as === 'integer' ? integerId(live, kind) : live;
    },
    adminId(email) {
      const id = refs.adminIdOf(email);
      if (id === undefined) {
        throw new UnresolvedReferenceError(`${email} is not a teammate in this workspace`, {
          hint: 'use the email of an existing teammate (an admin listed by GET /admins)',
        });
      }
      record('admin', id);
      return integerId(id, 'admin');
    },
    ownId: (as) => placeholder(changeRef, as),
  };
}

function integerId(id: string, kind: Kind): number {
  const n = Number(id);
  if (!Number.isSafeInteger(n)) {
    throw new UnresolvedReferenceError(`${kind} id ${id} is not an integer, as the API needs here`);
  }
  return n;
}

/**
 * Every placeholder must name a create in this plan (or the change itself); anything else would
 * fail at apply after other writes. Also makes each change depend on the creates it waits for.
 */
export function checkPlaceholders(changes: Change[]): Problem[] {
  const creates = new Map(changes.filter((c) => c.action === 'create').map((c) => [c.ref, c]));
  const problems: Problem[] = [];
  for (const change of changes) {
    const waits = new Set(change.dependsOn);
    for (const request of change.requests) {
      for (const p of placeholdersOf(request.body)) {
        if (p.known_after_apply === change.ref) continue;
        if (!creates.has(p.known_after_apply)) {
          problems.push({
            ...(change.action !== 'delete' ? { pos: change.desired.pos } : {}),
            message: `${change.kind} "${change.key}" refers to ${describeRef(p.known_after_apply)}, which is neither in Intercom nor created by this plan`,
            hint: 'declare it with ensure: present, or stop referring to it',
          });
        } else waits.add(p.known_after_apply);
      }
    }
    change.dependsOn = [...waits].sort();
  }
  return problems;
}

function describeRef(ref: string): string {
  const [, kind, ...key] = ref.split(':');
  return `${kind} "${key.join(':')}"`;
}
