// A collection's natural key is its name within its parent. After a lost create answer the
// search is scoped exactly as the sent request was: its `parent_id` (null = top level).
import type { CreateChange } from '../../model/change.js';
import type { LiveObject } from '../../model/objects.js';
import type { FilledRequest } from '../../apply/fill-request.js';
import { findByName } from '../find-by-name.js';

export function findCreatedCollection(
  live: LiveObject[],
  change: CreateChange<'collection'>,
  sent: FilledRequest,
): LiveObject | undefined {
  const parent = sent.body?.parent_id;
  const scope = typeof parent === 'string' || typeof parent === 'number' ? String(parent) : null;
  return findByName(live, change.desired.name, { scope });
}
