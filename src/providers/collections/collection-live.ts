// One place that makes a live collection comparable. The collections list also returns
// sections (collections with a parent), which are treated as collections like any other.
import type { ApiCollection } from '../../intercom/api-types.js';
import type { DesiredCollection } from '../../model/desired.js';
import type { DesiredObject, LiveObject } from '../../model/objects.js';
import { desiredObject, idString, textOrNull } from '../desired-base.js';
import {
  desiredCollectionTranslationFields,
  liveCollectionTranslationFields,
} from './collection-translations.js';

export function collectionLive(c: ApiCollection): LiveObject {
  const parent = idString(c.parent_id);
  return {
    kind: 'collection',
    id: String(c.id),
    name: c.name,
    scope: parent,
    // `parent` holds the live parent id here; diff translates it into a key.
    fields: {
      name: c.name,
      description: textOrNull(c.description),
      parent,
      ...liveCollectionTranslationFields(c.translated_content),
    },
    raw: c,
  };
}

export function collectionDesired(c: DesiredCollection): DesiredObject<'collection'> {
  return desiredObject('collection', c, {
    key: c.key,
    name: c.name,
    fields: {
      name: c.name,
      description: c.description === undefined ? undefined : textOrNull(c.description),
      parent: c.parent,
      ...desiredCollectionTranslationFields(c.translations),
    },
  });
}
