// Help-center collections nest: `parent` names another collection by key. Matching is by name
// within the same parent, so the provider tells the planner the live parent id to match in.
import type { ApiCollection } from '../../intercom/api-types.js';
import type { DesiredCollection } from '../../model/desired.js';
import type { FieldChange } from '../../model/change.js';
import type { IntercomClient } from '../../intercom/client-types.js';
import type { LiveObject } from '../../model/objects.js';
import type { PlannedRequest } from '../../model/request.js';
import type { Provider } from '../provider.js';
import type { RequestRefs } from '../refs.js';
import { diffFields } from '../diff-fields.js';
import { describeName } from '../desired-base.js';
import { collectionLabel, collectionScope } from '../collection-refs.js';
import { checkTranslationLocales } from '../check-locales.js';
import { collectionDesired, collectionLive } from './collection-live.js';
import { collectionTranslatedContent } from './collection-translations.js';
import { changedLocales } from '../translated-fields.js';
import { findCreatedCollection } from './collection-find.js';
import { readById } from '../read-by-id.js';

const path = (id: string): string => `/help_center/collections/${encodeURIComponent(id)}`;

async function listCollections(client: IntercomClient): Promise<LiveObject[]> {
  const all = await client.listPages<ApiCollection>('/help_center/collections', { perPage: 150 });
  return all.map(collectionLive);
}

export function createCollectionProvider(): Provider<'collection'> {
  return {
    kind: 'collection',
    // A parent is a collection too: creates are ordered by `references`, not by kind.
    dependsOn: [],
    fromConfig: (desired) => desired.collections.map(collectionDesired),
    audit: () => [],
    list: listCollections,
    read: (client, id) => readById(client, path(id), collectionLive),
    findCreated: async (client, change, sent) =>
      findCreatedCollection(await listCollections(client), change, sent),
    desiredScope: (d, refs) => collectionScope(d.data.parent, refs),
    references(d) {
      const parent = d.data.parent;
      return typeof parent === 'string' ? [{ kind: 'collection', key: parent }] : [];
    },
    checkRefs: (d, refs) =>
      d.ensure === 'absent'
        ? []
        : checkTranslationLocales(d, Object.keys(d.data.translations ?? {}), refs),
    diff(d, live, refs) {
      const parent = live?.fields.parent;
      const liveFields = live && {
        ...live.fields,
        parent: collectionLabel(typeof parent === 'string' ? parent : null, refs),
      };
      return diffFields(d.fields, liveFields);
    },
    describe: (live) => describeName('name', live.name),
    requests(change, refs): PlannedRequest[] {
      if (change.action === 'delete') return [{ method: 'DELETE', path: path(change.id) }];
      const c = change.desired.data;
      if (change.action === 'create') {
        return [{ method: 'POST', path: '/help_center/collections', body: createBody(c, refs) }];
      }
      const body = updateBody(change.fields, refs);
      const locales = changedLocales(change.fields);
      const translated = collectionTranslatedContent(c.translations, locales);
      if (locales.length > 0 && translated) body.translated_content = translated;
      return [{ method: 'PUT', path: path(change.id), body }];
    },
  };
}

type Body = NonNullable<PlannedRequest['body']>;

function createBody(c: DesiredCollection, refs: RequestRefs): Body {
  const body: Body = {
    name: c.name,
    ...(c.description !== undefined ? { description: c.description ?? '' } : {}),
    parent_id: typeof c.parent === 'string' ? refs.idOf('collection', c.parent, 'string') : null,
  };
  const translated = collectionTranslatedContent(c.translations);
  if (translated) body.translated_content = translated;
  return body;
}

/** Only the fields that changed; a cleared description is sent as '' (the API takes no null). */
function updateBody(fields: FieldChange[], refs: RequestRefs): Body {
  const body: Body = {};
  for (const f of fields) {
    if (f.field === 'name' && typeof f.after === 'string') body.name = f.after;
    if (f.field === 'description') body.description = typeof f.after === 'string' ? f.after : '';
    if (f.field === 'parent') {
      body.parent_id =
        typeof f.after === 'string' ? refs.idOf('collection', f.after, 'string') : null;
    }
  }
  return body;
}
