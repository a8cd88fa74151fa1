// Between `plan --out FILE` and `apply FILE` people keep working in the Intercom UI. Running a
// saved plan blind would overwrite their edits or act on objects that are gone, so before apply
// the objects the plan touches are checked again, as cheaply as possible:
// - each object the plan updates or deletes is re-read by id (8 at a time) and fingerprinted;
// - for creates, each kind is listed once (never one request per object), and a live object with
//   the desired natural key that the plan did not know about means someone created it meanwhile;
// - every object a change refers to without writing it (an article's collection, its author) is
//   re-read too: a create into a collection deleted meanwhile would fail half-way through apply;
// - the config itself is re-hashed, because a plan made from other files says something else.
// Nothing is decided here: the CLI refuses or skips (--on-conflict) with what this reports.
import { nameKey } from '../model/kinds.js';
import type { Change, CreateChange } from '../model/change.js';
import type { Desired } from '../model/desired.js';
import type { Kind, LiveObject } from '../model/objects.js';
import type { IntercomClient } from '../intercom/client-types.js';
import type { Provider } from '../providers/provider.js';
import { mapLimit } from '../util/map-limit.js';
import { changedFields } from './changed-fields.js';
import { hashConfig } from './config-hash.js';
import { fingerprint } from './fingerprint.js';
import type { Plan } from './plan.js';
import type { SavedPlan } from './saved-plan.js';

export { withoutConflicts, type SkippedChange } from './without-conflicts.js';

/** `missing-reference`: an object the change names without writing it (a collection) is gone. */
export type ConflictReason = 'changed' | 'deleted' | 'created' | 'missing-reference';

export interface Conflict {
  /** The change's ref in the plan, e.g. `update:collection:getting-started`. */
  ref: string;
  /** How plans show the object, e.g. `collection "getting-started"`. */
  address: string;
  reason: ConflictReason;
  /** One sentence for people, naming the fields that changed or the object that appeared. */
  detail: string;
}

export interface SavedPlanCheck {
  /** The config or one of its body files differs from when the plan was made. */
  configChanged: boolean;
  /** In plan order. */
  conflicts: Conflict[];
}

export interface CheckSavedPlanOptions {
  saved: SavedPlan;
  /** The config re-loaded now from `saved.config.path`. */
  desired: Desired;
  client: IntercomClient;
  providers: Provider[];
}

const READ_CONCURRENCY = 8;

export async function checkSavedPlan(options: CheckSavedPlanOptions): Promise<SavedPlanCheck> {
  const { saved, client } = options;
  const providers = new Map(options.providers.map((p) => [p.kind, p]));
  const providerOf = (kind: Kind): Provider => {
    const p = providers.get(kind);
    if (!p) throw new Error(`no provider for kind ${kind}`);
    return p;
  };
  const existing = saved.plan.changes.filter((c) => c.action !== 'create');
  const creates = saved.plan.changes.filter((c): c is CreateChange => c.action === 'create');
  const createKinds = [...new Set(creates.map((c) => c.kind))];

  const referenced = referencedObjects(saved.plan.changes, existing);
  const [hash, reads, lists, referencedReads] = await Promise.all([
    hashConfig(options.desired),
    mapLimit(existing, READ_CONCURRENCY, (c) => providerOf(c.kind).read(client, c.id)),
    Promise.all(createKinds.map((k) => providerOf(k).list(client))),
    mapLimit(referenced, READ_CONCURRENCY, (r) => providerOf(r.kind).read(client, r.id)),
  ]);
  // Gone is gone whichever read saw it: an author the plan also updates (an away state) may be
  // deleted, and an article create naming that author must not run on --on-conflict skip.
  const gone = new Set([
    ...referenced
      .filter((_, i) => referencedReads[i] === undefined)
      .map((r) => `${r.kind}:${r.id}`),
    ...existing.filter((_, i) => reads[i] === undefined).map((c) => `${c.kind}:${c.id}`),
  ]);

  const found = new Map<string, Conflict>();
  existing.forEach((change, i) => {
    const conflict = existingConflict(change, reads[i], saved.fingerprints[change.ref]);
    if (conflict) found.set(change.ref, conflict);
  });
  for (const change of saved.plan.changes) {
    if (found.has(change.ref)) continue;
    const missing = change.refersTo.filter((r) => gone.has(`${r.kind}:${r.id}`));
    if (missing.length === 0) continue;
    found.set(change.ref, {
      ref: change.ref,
      address: address(change),
      reason: 'missing-reference',
      detail: `${address(change)} refers to ${missing.map((r) => `${r.kind} id ${r.id}`).join(', ')}, deleted in Intercom after the plan was made`,
    });
  }
  const known = knownIds(saved.plan);
  createKinds.forEach((kind, i) => {
    const provider = providerOf(kind);
    for (const change of creates.filter((c) => c.kind === kind)) {
      const conflict = createdConflict(change, lists[i]!, provider, known);
      if (conflict) found.set(change.ref, conflict);
    }
  });

  return {
    configChanged: hash !== saved.config.sha256,
    conflicts: saved.plan.changes.flatMap((c) => found.get(c.ref) ?? []),
  };
}

function existingConflict(
  change: Exclude<Change, CreateChange>,
  now: LiveObject | undefined,
  savedFingerprint: string | undefined,
): Conflict | undefined {
  const base = { ref: change.ref, address: address(change), label: label(change.live) };
  if (now === undefined) {
    return {
      ref: base.ref,
      address: base.address,
      reason: 'deleted',
      detail:
        change.action === 'delete'
          ? `${base.label} was already deleted in Intercom; there is nothing left to delete`
          : `${base.label} was deleted in Intercom after the plan was made`,
    };
  }
  if (fingerprint(now) === (savedFingerprint ?? fingerprint(change.live))) return undefined;
  const fields = changedFields(change.live, now);
  const named = fields.length > 0 ? fields.join(', ') : 'its data';
  return {
    ref: base.ref,
    address: base.address,
    reason: 'changed',
    detail: `${base.label} was changed in Intercom after the plan was made: ${named}`,
  };
}

function createdConflict(
  change: CreateChange,
  live: LiveObject[],
  provider: Provider,
  known: Map<Kind, Set<string>>,
): Conflict | undefined {
  // NFC first: the same name typed on two systems may be composed differently.
  const norm = (s: string): string => nameKey(provider.kind, s);
  const wanted = norm(change.desired.name);
  const ids = known.get(change.kind);
  const appeared = live.filter((l) => norm(l.name) === wanted && !ids?.has(l.id));
  if (appeared.length === 0) return undefined;
  const what = appeared.map(label).join(', ');
  return {
    ref: change.ref,
    address: address(change),
    reason: 'created',
    detail: `${change.kind} ${what} was created in Intercom after the plan was made, which this plan would create again`,
  };
}

/**
 * Objects changes refer to without writing them, each once; objects the plan itself updates are
 * re-read anyway, and those it deletes are meant to go.
 */
function referencedObjects(
  changes: Change[],
  existing: Exclude<Change, CreateChange>[],
): { kind: Kind; id: string }[] {
  const seen = new Set(existing.map((c) => `${c.kind}:${c.id}`));
  const out: { kind: Kind; id: string }[] = [];
  for (const c of changes) {
    for (const r of c.refersTo) {
      const k = `${r.kind}:${r.id}`;
      if (seen.has(k)) continue;
      seen.add(k);
      out.push(r);
    }
  }
  return out;
}

/** Every live id the plan saw: matched objects, the objects it changes, and unmanaged ones. */
function knownIds(plan: Plan): Map<Kind, Set<string>> {
  const known = new Map<Kind, Set<string>>();
  const add = (kind: Kind, id: string): void => {
    const set = known.get(kind) ?? new Set<string>();
    set.add(id);
    known.set(kind, set);
  };
  for (const [kind, byKey] of Object.entries(plan.ids) as [Kind, Record<string, string>][]) {
    for (const id of Object.values(byKey)) add(kind, id);
  }
  for (const c of plan.changes) if (c.action !== 'create') add(c.kind, c.id);
  for (const u of plan.unmanaged) add(u.kind, u.id);
  return known;
}

function address(change: Change): string {
  return `${change.kind} ${JSON.stringify(change.key)}`;
}

function label(live: LiveObject): string {
  return `${JSON.stringify(live.name)} (id ${live.id})`;
}
