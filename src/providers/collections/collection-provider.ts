// Help-center collections nest: `parent` names another collection by key. Matching is by name
// within the same parent, so the provider tells the planner the live parent id to match in.
import type {
  ApiCollection,
  ApiCreateCollectionRequest,
  ApiUpdateCollectionRequest,
} from '../../intercom/api-types.js';
import type { DesiredCollection } from '../../model/desired.js';
import type { FieldChange } from '../../model/change.js';
import type { IntercomClient } from '../../intercom/client-types.js';
import type { LiveObject } from '../../model/objects.js';
import type { Provider } from '../provider.js';
import type { ApplyRefs } from '../refs.js';
import { diffFields } from '../diff-fields.js';
import { describeName } from '../desired-base.js';
import { collectionIdOf, collectionLabel, collectionScope } from '../collection-refs.js';
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

export function createCollectionProvider(): Provider {
  return {
    kind: 'collection',
    // A parent is a collection too: creates are ordered by `references`, not by kind.
    dependsOn: [],
    lifecycle: 'full',
    caseInsensitiveNames: false,
    fromConfig: (desired) => desired.collections.map(collectionDesired),
    audit: () => [],
    list: listCollections,
    read: (client, id) => readById(client, path(id), collectionLive),
    findCreated: async (client, change, refs) =>
      findCreatedCollection(await listCollections(client), change, refs),
    desiredScope: (d, refs) => collectionScope((d.data as DesiredCollection).parent, refs),
    references(d) {
      const parent = (d.data as DesiredCollection).parent;
      return typeof parent === 'string' ? [{ kind: 'collection', key: parent }] : [];
    },
    diff(d, live, refs) {
      const parent = live?.fields.parent;
      const liveFields = live && {
        ...live.fields,
        parent: collectionLabel(typeof parent === 'string' ? parent : null, refs),
      };
      return diffFields(d.fields, liveFields);
    },
    describe: (live) => describeName('name', live.name),
    async create(client, change, refs) {
      const c = change.desired.data as DesiredCollection;
      const body: ApiCreateCollectionRequest = {
        name: c.name,
        ...(c.description !== undefined ? { description: c.description ?? '' } : {}),
        parent_id: typeof c.parent === 'string' ? collectionIdOf(c.parent, refs) : null,
      };
      const translated = collectionTranslatedContent(c.translations);
      if (translated) body.translated_content = translated;
      return collectionLive(await client.post<ApiCollection>('/help_center/collections', body));
    },
    async update(client, change, refs) {
      const body = updateBody(change.fields, refs);
      const locales = changedLocales(change.fields);
      const c = change.desired.data as DesiredCollection;
      if (locales.length > 0) {
        body.translated_content = collectionTranslatedContent(c.translations, locales);
      }
      return collectionLive(await client.put<ApiCollection>(path(change.id), body));
    },
    async delete(client, change) {
      await client.delete(path(change.id));
    },
  };
}

/** Only the fields that changed; a cleared description is sent as '' (the API takes no null). */
function updateBody(fields: FieldChange[], refs: ApplyRefs): ApiUpdateCollectionRequest {
  const body: ApiUpdateCollectionRequest = {};
  for (const f of fields) {
    if (f.field === 'name' && typeof f.after === 'string') body.name = f.after;
    if (f.field === 'description') body.description = typeof f.after === 'string' ? f.after : '';
    if (f.field === 'parent') {
      body.parent_id = typeof f.after === 'string' ? collectionIdOf(f.after, refs) : null;
    }
  }
  return body;
}
