// Collections and articles both point at a collection: by key in the config, by live id in
// Intercom. Plans must read in the user's words, so live ids become keys (or a label for a
// collection nobody declared), and at apply time keys become ids again.
import type { PlanRefs } from './refs.js';

/** A live parent id as the plan shows it: the declared key, else a label; null stays null. */
export function collectionLabel(liveId: string | null, refs: PlanRefs): string | null {
  if (liveId === null) return null;
  return refs.keyOfLive('collection', liveId) ?? refs.labelOfLive('collection', liveId);
}

/**
 * Where to match a desired object: undefined = anywhere (unmanaged), null = top level, else the
 * live id of the declared collection (undefined again when that collection will be created).
 */
export function collectionScope(
  key: string | null | undefined,
  refs: PlanRefs,
): string | null | undefined {
  if (key === undefined || key === null) return key;
  return refs.liveIdOfKey('collection', key);
}
