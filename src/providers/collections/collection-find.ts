// A collection's natural key is its name within its parent. After a lost create answer the
// parent is known by id (it was matched, or created earlier in this apply), so the search is
// scoped exactly as the create request was: a parent that has no id yet means nothing to find.
import type { CreateChange } from '../../model/change.js';
import type { DesiredCollection } from '../../model/desired.js';
import type { LiveObject } from '../../model/objects.js';
import type { ApplyRefs } from '../refs.js';
import { findByName } from '../find-by-name.js';

export function findCreatedCollection(
  live: LiveObject[],
  change: CreateChange,
  refs: ApplyRefs,
): LiveObject | undefined {
  const parent = (change.desired.data as DesiredCollection).parent;
  // An unmanaged parent is created at the top level (parent_id: null), like an explicit null.
  if (typeof parent !== 'string') return findByName(live, change.desired.name, { scope: null });
  const parentId = refs.idOf('collection', parent);
  if (parentId === undefined) return undefined;
  return findByName(live, change.desired.name, { scope: parentId });
}
