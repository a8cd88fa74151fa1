// Articles live in a collection (by key), are written by a teammate (by email) and carry an HTML
// body compared in canonical form. The provider keeps the live articles of this run so that
// checkRefs can see where a matched article is now.
import type { ApiArticle, ApiArticleListItem } from '../../intercom/api-types.js';
import type { Fields, LiveObject } from '../../model/objects.js';
import type { IntercomClient } from '../../intercom/client-types.js';
import type { Provider } from '../provider.js';
import { diffFields } from '../diff-fields.js';
import { describeName } from '../desired-base.js';
import { collectionLabel, collectionScope } from '../collection-refs.js';
import { articleDesired, articleLive } from './article-live.js';
import { articleTextFields } from './article-translations.js';
import { createArticleBody, updateArticleBody } from './article-requests.js';
import { checkArticleRefs } from './article-checks.js';
import { findCreatedArticle } from './article-find.js';
import { alignRehosted } from './rehosted.js';
import { readById } from '../read-by-id.js';

const path = (id: string): string => `/articles/${encodeURIComponent(id)}`;

export function createArticleProvider(): Provider<'article'> {
  const liveById = new Map<string, LiveObject>();
  const list = async (client: IntercomClient): Promise<LiveObject[]> => {
    const all = await client.listPages<ApiArticleListItem>('/articles', { perPage: 150 });
    const live = all.map(articleLive);
    for (const l of live) liveById.set(l.id, l);
    return live;
  };
  return {
    kind: 'article',
    dependsOn: ['collection'],
    fromConfig: (desired) => desired.articles.map(articleDesired),
    audit: () => [],
    list,
    read: (client, id) => readById<ApiArticle>(client, path(id), articleLive),
    findCreated: async (client, change, sent) =>
      findCreatedArticle(await list(client), change, sent),
    desiredScope: (d, refs) => collectionScope(d.data.collection, refs),
    references(d) {
      const collection = d.data.collection;
      return typeof collection === 'string' ? [{ kind: 'collection', key: collection }] : [];
    },
    checkRefs: (d, refs) => checkArticleRefs(d, refs, liveById),
    diff(d, live, refs) {
      const textFields = articleTextFields(d.fields);
      if (!live) return diffFields(d.fields, undefined, { textFields });
      const { author, collection } = live.fields;
      const liveFields: Fields = {
        ...live.fields,
        author: typeof author === 'string' ? (refs.adminEmail(author) ?? `admin #${author}`) : null,
        collection: collectionLabel(typeof collection === 'string' ? collection : null, refs),
      };
      const aligned = { ...d.fields };
      for (const f of textFields) {
        const want = aligned[f];
        const have = liveFields[f];
        if (typeof want === 'string' && typeof have === 'string') {
          aligned[f] = alignRehosted(want, have);
        }
      }
      return diffFields(aligned, liveFields, { textFields });
    },
    describe: (live) => describeName('title', live.name),
    requests(change, refs) {
      if (change.action === 'delete') return [{ method: 'DELETE', path: path(change.id) }];
      const a = change.desired.data;
      if (change.action === 'create') {
        return [{ method: 'POST', path: '/articles', body: createArticleBody(a, refs) }];
      }
      const body = updateArticleBody(a, change.fields, refs);
      return [{ method: 'PUT', path: path(change.id), body }];
    },
  };
}
