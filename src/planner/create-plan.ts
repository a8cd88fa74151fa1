// The planner owns the algorithm (octoDNS's BaseProvider.plan); providers only fill hooks.
// 1. read every kind in bulk, all at once (the fewest calls a plan can make);
// 2. match kind by kind in dependency order, looking up the declared objects a bulk list cannot
//    show (companies without users) before anything is planned as a create;
// 3. diff matched pairs, create what is missing, delete only `ensure: absent` and pruned kinds,
//    and report every other undeclared object as unmanaged;
// 4. refuse, with every reason at once, rather than return a plan that cannot be trusted.
import type { Desired } from '../model/desired.js';
import type { Change } from '../model/change.js';
import { KIND_ORDER, type DesiredObject, type Kind, type LiveObject } from '../model/objects.js';
import type { IntercomClient } from '../intercom/client-types.js';
import type { Provider } from '../providers/provider.js';
import type { Problem } from '../errors/problem.js';
import { PlanError } from '../errors/plan-error.js';
import { matchKind } from './match.js';
import { createRefs, type RefsState } from './plan-refs.js';
import { buildChanges } from './build-changes.js';
import { linkDependencies, sortForDisplay } from './order.js';
import { checkPlaceholders } from './request-refs.js';
import { checkCollectionTree } from './check-collection-tree.js';
import { hasTranslations, readHelpCenterLocales } from './help-center-locales.js';
import { renameHints } from './rename-hints.js';
import { mapLimit } from '../util/map-limit.js';
import { summarize, type Plan, type UnmanagedObject } from './plan.js';

export interface PlanOptions {
  desired: Desired;
  client: IntercomClient;
  providers: Provider[];
  warnings?: Problem[];
  /** @default () => new Date() */
  now?: () => Date;
}

export async function createPlan(options: PlanOptions): Promise<Plan> {
  const { desired, client } = options;
  const providers = [...options.providers].sort(
    (a, b) => KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind),
  );
  const audit = providers.flatMap((p) => p.audit(desired));
  if (audit.some((p) => p.severity !== 'warning')) throw new PlanError(audit);

  const refs = createRefs(desired);
  const [lists, locales] = await Promise.all([
    Promise.all(providers.map((p) => p.list(client))),
    hasTranslations(desired) ? readHelpCenterLocales(client) : undefined,
  ]);
  lists.forEach((objects) => refs.addLive(objects));
  if (locales) refs.setHelpCenterLocales(locales);

  const problems: Problem[] = [];
  const changes: Change[] = [];
  const unmanaged: UnmanagedObject[] = [];
  const liveCounts: Plan['liveCounts'] = {};
  for (const [i, provider] of providers.entries()) {
    const wanted = provider.fromConfig(desired);
    const { matched, unmatched, liveCount } = await matchWithLookups(
      provider,
      wanted,
      lists[i]!,
      refs,
      client,
      problems,
    );
    liveCounts[provider.kind] = liveCount;
    const built = buildChanges({ provider, desired, wanted, matched, unmatched, refs });
    problems.push(...built.problems);
    changes.push(...built.changes);
    unmanaged.push(...built.unmanaged);
  }
  const liveOf = (kind: Kind): LiveObject[] =>
    lists[providers.findIndex((p) => p.kind === kind)] ?? [];
  linkDependencies(changes, new Map(providers.map((p) => [p.kind, p])));
  problems.push(...checkPlaceholders(changes));
  problems.push(...checkCollectionTree(changes, liveOf('collection'), refs, desired));
  if (problems.length > 0) throw new PlanError(problems);

  const sorted = sortForDisplay(changes);
  return {
    formatVersion: '1.0',
    createdAt: (options.now?.() ?? new Date()).toISOString(),
    configPath: desired.configPath,
    changes: sorted,
    unmanaged: unmanaged.sort(byKindThenName),
    summary: summarize(sorted),
    warnings: [...(options.warnings ?? []), ...audit, ...renameHints({ changes: sorted })],
    ids: refs.ids(),
    liveCounts,
  };
}

/** Match, then look up each unmatched declared object the bulk list may have hidden. */
async function matchWithLookups(
  provider: Provider,
  wanted: DesiredObject[],
  live: LiveObject[],
  refs: RefsState,
  client: IntercomClient,
  problems: Problem[],
): Promise<{ matched: Map<string, LiveObject>; unmatched: LiveObject[]; liveCount: number }> {
  const record = (d: DesiredObject, l: LiveObject): void =>
    refs.recordMatch(provider.kind, d.key, l);
  let result = matchKind(provider, wanted, live, refs, record);
  let liveCount = live.length;
  const findOne = provider.findOne?.bind(provider);
  if (findOne) {
    // A Set, not live.some(): look-ups x live objects was quadratic at 100,000 objects (#7).
    const listed = new Set(live.map((x) => x.id));
    const missing = wanted.filter((d) => !result.matched.has(d.key) && d.id === undefined);
    // A pin to an id the list did not show may name an object the list hides: read it by id.
    const pinned = wanted.filter((d) => d.id !== undefined && !listed.has(d.id));
    const lookups = [
      ...missing.map((d) => () => findOne(client, d)),
      ...pinned.map((d) => () => provider.read(client, d.id!)),
    ];
    const found = [
      ...new Map(
        (await mapLimit(lookups, 8, (look) => look()))
          .filter((l): l is LiveObject => l !== undefined && !listed.has(l.id))
          .map((l) => [l.id, l]),
      ).values(),
    ];
    if (found.length > 0) {
      refs.addLive(found);
      liveCount += found.length;
      result = matchKind(provider, wanted, [...live, ...found], refs, record);
    }
  }
  problems.push(...result.problems);
  return { ...result, liveCount };
}

function byKindThenName(a: UnmanagedObject, b: UnmanagedObject): number {
  return (
    KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) ||
    (a.name < b.name ? -1 : a.name > b.name ? 1 : 0) ||
    (a.id < b.id ? -1 : 1)
  );
}
