// An article's natural key is its title, within its collection. After a lost create answer the
// search is scoped exactly as the sent request was: its `parent_id`; without one the article was
// created standalone when the config said `collection: null`, and anywhere otherwise.
import type { CreateChange } from '../../model/change.js';
import type { LiveObject } from '../../model/objects.js';
import type { FilledRequest } from '../../apply/fill-request.js';
import { findByName } from '../find-by-name.js';

export function findCreatedArticle(
  live: LiveObject[],
  change: CreateChange<'article'>,
  sent: FilledRequest,
): LiveObject | undefined {
  const title = change.desired.name;
  const parent = sent.body?.parent_id;
  if (typeof parent === 'string' || typeof parent === 'number') {
    return findByName(live, title, { scope: String(parent) });
  }
  if (change.desired.data.collection === null) return findByName(live, title, { scope: null });
  return findByName(live, title);
}
