// Matching decides identity, the one thing a reconciler must never get wrong: a wrong match
// updates somebody else's object, a missed match creates a duplicate. The order is fixed and
// documented in DESIGN.md: an id pin wins; then the natural key inside the desired scope (a
// collection's parent, an article's collection); then the natural key alone when exactly one
// live object has it (so moving an article is an update); then each of `previous_names` the same
// way (a rename). Two candidates at any step is an error naming both ids, never a guess.
// The title alone never reaches into a declared collection for an article that names another
// one: that collection's articles belong to its own entries, and taking one would move and
// overwrite it. An article moves between declared collections by an `id` pin (or a rename by
// `previous_names`).
import { nameKey } from '../model/kinds.js';
import type { Problem } from '../errors/problem.js';
import type { DesiredObject, Kind, LiveObject } from '../model/objects.js';
import type { Provider } from '../providers/provider.js';
import type { PlanRefs } from '../providers/refs.js';

export interface MatchResult {
  /** Desired key -> the live object it matched. */
  matched: Map<string, LiveObject>;
  /** Live objects no desired entry claimed. */
  unmatched: LiveObject[];
  problems: Problem[];
}

export function matchKind(
  provider: Provider,
  desired: DesiredObject[],
  live: LiveObject[],
  refs: PlanRefs,
  onMatch: (d: DesiredObject, l: LiveObject) => void,
): MatchResult {
  // NFC first: the same name typed on two systems may be composed differently.
  const norm = (s: string): string => nameKey(provider.kind, s);
  // Indexed by id and normalised name: matching must stay linear for workspaces of 100,000
  // objects, and allocate little per object (it runs twice for kinds with look-ups, #7).
  const byId = new Map<string, LiveObject>();
  const byName = new Map<string, LiveObject[]>();
  for (const l of live) {
    byId.set(l.id, l);
    const k = norm(l.name);
    const list = byName.get(k);
    if (list) list.push(l);
    else byName.set(k, [l]);
  }
  const claimed = new Map<string, DesiredObject>();
  const matched = new Map<string, LiveObject>();
  const problems: Problem[] = [];

  const claim = (d: DesiredObject, l: LiveObject): void => {
    claimed.set(l.id, d);
    matched.set(d.key, l);
    onMatch(d, l);
  };

  for (const d of desired) {
    if (d.id === undefined) continue;
    const l = byId.get(d.id);
    if (!l) {
      if (d.ensure === 'present') {
        problems.push({
          pos: d.pos,
          message: `${d.kind} "${d.key}" is pinned to id ${d.id}, which does not exist in the workspace`,
          hint: 'remove the `id:` pin to create it anew, or correct the id',
        });
      }
      continue;
    }
    const other = claimed.get(l.id);
    if (other) {
      problems.push(twoEntries(d, other, l));
      continue;
    }
    claim(d, l);
  }

  const container = CONTAINER[provider.kind];
  for (const d of sameKindDependencyOrder(provider, desired)) {
    if (d.id !== undefined) continue;
    const scope = provider.desiredScope?.(d, refs);
    // An entry that names its collection takes nothing by title from another declared collection;
    // one that leaves its collection unmanaged has only its title to go by, wherever it lives.
    // `previous_names` are exempt: they say outright which live article was renamed (and
    // check-previous-names refuses one that is another entry's title).
    const declaredElsewhere =
      container && (scope !== undefined || d.fields[container.field] !== undefined)
        ? (l: LiveObject): boolean =>
            l.scope != null &&
            l.scope !== scope &&
            refs.keyOfLive(container.kind, l.scope) !== undefined
        : undefined;
    for (let n = -1; n < d.previousNames.length; n++) {
      const name = n < 0 ? d.name : d.previousNames[n]!;
      const named = byName.get(norm(name)) ?? NONE;
      const candidates =
        n < 0 && declaredElsewhere ? named.filter((l) => !declaredElsewhere(l)) : named;
      const free =
        candidates.length === 1 && !claimed.has(candidates[0]!.id)
          ? candidates
          : candidates.filter((l) => !claimed.has(l.id));
      // A delete never follows a name out of the scope it was written for: the fallback to the
      // name alone exists to follow a move, and an absent entry moves nothing.
      const found = pick(free, scope, d.ensure === 'absent');
      if (found.kind === 'ambiguous') {
        problems.push({
          pos: d.pos,
          message: `${d.kind} "${d.key}" matches ${found.ids.length} live objects named "${name}" (ids ${found.ids.join(', ')})`,
          hint: `pin the one you mean with \`id: ${found.ids[0]}\``,
        });
        break;
      }
      if (found.kind === 'one') {
        claim(d, found.live);
        break;
      }
      if (candidates.length > 0 && free.length === 0) {
        const holder = claimed.get(candidates[0]!.id)!;
        problems.push(twoEntries(d, holder, candidates[0]!));
        break;
      }
    }
  }

  return { matched, unmatched: live.filter((l) => !claimed.has(l.id)), problems };
}

const NONE: readonly LiveObject[] = [];

/** Kinds held in a declared container, and the desired field naming it. */
const CONTAINER: Partial<Record<Kind, { kind: Kind; field: string }>> = {
  article: { kind: 'collection', field: 'collection' },
};

type Pick =
  { kind: 'none' } | { kind: 'one'; live: LiveObject } | { kind: 'ambiguous'; ids: string[] };

function pick(
  candidates: readonly LiveObject[],
  scope: string | null | undefined,
  scopedOnly = false,
): Pick {
  if (scope !== undefined) {
    const scoped = candidates.filter((l) => (l.scope ?? null) === scope);
    if (scoped.length === 1) return { kind: 'one', live: scoped[0]! };
    if (scopedOnly && scoped.length === 0) return { kind: 'none' };
    if (scoped.length > 1) return { kind: 'ambiguous', ids: scoped.map((l) => l.id) };
  }
  if (candidates.length === 1) return { kind: 'one', live: candidates[0]! };
  if (candidates.length > 1) return { kind: 'ambiguous', ids: candidates.map((l) => l.id) };
  return { kind: 'none' };
}

function twoEntries(d: DesiredObject, other: DesiredObject, l: LiveObject): Problem {
  return {
    pos: d.pos,
    message: `${d.kind} "${d.key}" and "${other.key}" both match the live ${d.kind} "${l.name}" (id ${l.id})`,
    hint: 'give each entry its own name, or pin each with `id:`',
  };
}

/** Parents before children, so a child's scope can use its parent's match. */
function sameKindDependencyOrder(provider: Provider, desired: DesiredObject[]): DesiredObject[] {
  const byKey = new Map(desired.map((d) => [d.key, d]));
  const out: DesiredObject[] = [];
  const seen = new Set<string>();
  const visit = (d: DesiredObject, depth: number): void => {
    if (seen.has(d.key) || depth > desired.length) return;
    seen.add(d.key);
    for (const r of provider.references(d)) {
      const parent = r.kind === provider.kind ? byKey.get(r.key) : undefined;
      if (parent) visit(parent, depth + 1);
    }
    out.push(d);
  };
  for (const d of desired) visit(d, 0);
  return out;
}
