// Collections and articles both point at a collection: by key in the config, by live id in
// Intercom. Plans must read in the user's words, so live ids become keys (or a label for a
// collection nobody declared), and at apply time keys become ids again.
import { UserError } from '../errors/user-error.js';
import type { ApplyRefs, PlanRefs } from './refs.js';

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

/** The live id of a declared collection at apply time, including one created in this apply. */
export function collectionIdOf(key: string, refs: ApplyRefs): string {
  const id = refs.idOf('collection', key);
  if (id === undefined) {
    throw new UserError(`collection "${key}" has no id in Intercom yet`, {
      hint: 'it should have been created earlier in this apply; check the errors above and run plan again',
    });
  }
  return id;
}
