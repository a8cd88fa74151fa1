// An article's natural key is its title, within its collection when the config names one. After a
// lost create answer the collection is known by id; `collection: null` means the article was
// created standalone, and an unmanaged collection matches the title anywhere.
import type { CreateChange } from '../../model/change.js';
import type { DesiredArticle } from '../../model/desired.js';
import type { LiveObject } from '../../model/objects.js';
import type { ApplyRefs } from '../refs.js';
import { findByName } from '../find-by-name.js';

export function findCreatedArticle(
  live: LiveObject[],
  change: CreateChange,
  refs: ApplyRefs,
): LiveObject | undefined {
  const collection = (change.desired.data as DesiredArticle).collection;
  const title = change.desired.name;
  if (collection === undefined) return findByName(live, title);
  if (collection === null) return findByName(live, title, { scope: null });
  const collectionId = refs.idOf('collection', collection);
  if (collectionId === undefined) return undefined;
  return findByName(live, title, { scope: collectionId });
}
