// Turns the matches of one kind into typed changes. The delete policy lives here and nowhere
// else: a live object is deleted only for `ensure: absent` or when its kind's `prune` is on, and
// never when it is protected; every other undeclared object is reported as unmanaged. Each change
// gets its requests here, from its provider, with every reference resolved (request-refs.ts).
import type { Desired } from '../model/desired.js';
import type { Change, ChangeDraft, DeleteReason } from '../model/change.js';
import type { DesiredObject, LiveObject } from '../model/objects.js';
import { KINDS, type KindFacts } from '../model/kinds.js';
import type { Problem } from '../errors/problem.js';
import { isUserError } from '../errors/user-error.js';
import type { Provider } from '../providers/provider.js';
import type { PlanRefs } from '../providers/refs.js';
import type { UnmanagedObject } from './plan.js';
import { createMessage, deleteMessage, updateMessage } from './messages.js';
import { createRef, requestRefsFor } from './request-refs.js';

interface BuildInput {
  provider: Provider;
  desired: Desired;
  wanted: DesiredObject[];
  matched: Map<string, LiveObject>;
  unmatched: LiveObject[];
  refs: PlanRefs;
  /** What the kind table says about this kind. @default KINDS[provider.kind] */
  facts?: KindFacts;
}

export function buildChanges(input: BuildInput): {
  changes: Change[];
  unmanaged: UnmanagedObject[];
  problems: Problem[];
} {
  const { provider, desired, wanted, matched, unmatched, refs } = input;
  const kind = provider.kind;
  const facts = input.facts ?? KINDS[kind];
  const changes: Change[] = [];
  const problems: Problem[] = [];
  const protectedNames = new Set(desired.protected.map((n) => n.toLowerCase()));

  const add = (draft: ChangeDraft, d?: DesiredObject): void => {
    const requestRefs = requestRefsFor(draft.ref, refs);
    try {
      const requests = provider.requests(draft, requestRefs);
      changes.push({ ...draft, requests, refersTo: requestRefs.refersTo });
    } catch (error) {
      if (!isUserError(error)) throw error;
      problems.push({
        ...(d ? { pos: d.pos } : {}),
        message: `${kind} "${draft.key}": ${error.message}`,
        ...(error.hint !== undefined ? { hint: error.hint } : {}),
      });
    }
  };

  const remove = (
    live: LiveObject,
    key: string,
    reason: DeleteReason,
    protect: boolean,
    d?: DesiredObject,
  ): void => {
    if (protect || protectedNames.has(live.name.toLowerCase())) {
      const listedAt = desired.protected.findIndex(
        (n) => n.toLowerCase() === live.name.toLowerCase(),
      );
      const pos = protect ? d?.pos : desired.settingsPos?.protected[listedAt];
      problems.push({
        ...(pos ? { pos } : {}),
        message: `${kind} "${live.name}" (id ${live.id}) is protected but the plan would delete it (${reason})`,
        hint: 'remove `protect`/the `protected:` entry if it really should go, or stop deleting it',
      });
      return;
    }
    add({
      action: 'delete',
      ref: `delete:${kind}:${live.id}`,
      kind,
      key,
      id: live.id,
      live,
      reason,
      message: deleteMessage(kind, key, live.id, reason, facts),
      fields: provider.describe(live, refs),
      dependsOn: [],
    });
  };

  for (const d of wanted) {
    const live = matched.get(d.key);
    const refProblems = provider.checkRefs?.(d, refs) ?? [];
    problems.push(...refProblems);
    if (d.ensure === 'absent') {
      if (live) remove(live, d.key, 'ensure-absent', d.protect, d);
      continue;
    }
    // The same reference would fail again while its requests are built: one problem is enough.
    if (refProblems.length > 0) continue;
    if (!live) {
      if (facts.lifecycle === 'update-only') {
        problems.push({
          pos: d.pos,
          message: `${kind} "${d.key}" was not found in the workspace`,
          hint: `${facts.plural} cannot be created through the API; check the spelling`,
        });
        continue;
      }
      const fields = provider.diff(d, undefined, refs);
      const ref = createRef(kind, d.key);
      add(
        {
          action: 'create',
          ref,
          kind,
          key: d.key,
          desired: d,
          message: createMessage(kind, d.key),
          fields,
          dependsOn: [],
        },
        d,
      );
      continue;
    }
    const fields = provider.diff(d, live, refs);
    if (fields.length === 0) continue;
    const immutable = fields.filter((f) => facts.immutableFields.includes(f.field));
    if (immutable.length > 0) {
      problems.push({
        pos: d.pos,
        message: `${kind} "${d.key}" (id ${live.id}): ${immutable.map((f) => f.field).join(', ')} cannot be changed once created`,
        hint: 'keep the live value, or delete the object and declare a new one',
      });
      continue;
    }
    const renamed = live.name !== d.name ? live.name : undefined;
    add(
      {
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
      },
      d,
    );
  }

  const unmanaged: UnmanagedObject[] = [];
  // Admins are people, not configuration: undeclared ones are not worth reporting.
  if (facts.lifecycle === 'update-only') return { changes, unmanaged, problems };
  const prune = facts.pruneKey !== undefined && desired.prune[facts.pruneKey];
  for (const live of unmatched) {
    if (prune) remove(live, live.name, 'prune', false);
    else unmanaged.push({ kind, id: live.id, name: live.name });
  }
  return { changes, unmanaged, problems };
}
