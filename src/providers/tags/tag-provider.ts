// Tags are the simplest kind: a name is all there is. Intercom compares tag names without
// case, and POST /tags both creates ("or returns the existing one") and, given an id, renames.
import type { ApiTag, ApiTagCreateResponse, ApiTagList } from '../../intercom/api-types.js';
import type { DesiredObject, LiveObject } from '../../model/objects.js';
import type { IntercomClient } from '../../intercom/client-types.js';
import type { Provider } from '../provider.js';
import { diffFields } from '../diff-fields.js';
import { describeName, desiredObject } from '../desired-base.js';
import { readById } from '../read-by-id.js';
import { findByName } from '../find-by-name.js';

export function tagLive(tag: ApiTag | ApiTagCreateResponse): LiveObject {
  return { kind: 'tag', id: String(tag.id), name: tag.name, fields: { name: tag.name }, raw: tag };
}

async function listTags(client: IntercomClient): Promise<LiveObject[]> {
  const list = await client.get<ApiTagList>('/tags');
  return (list.data ?? []).map(tagLive);
}

const tagPath = (id: string): string => `/tags/${encodeURIComponent(id)}`;

export function createTagProvider(): Provider<'tag'> {
  return {
    kind: 'tag',
    dependsOn: [],
    fromConfig: (desired) =>
      desired.tags.map((t) =>
        desiredObject('tag', t, { key: t.name, name: t.name, fields: { name: t.name } }),
      ),
    audit: () => [],
    list: listTags,
    read: (client, id) => readById<ApiTag>(client, tagPath(id), tagLive),
    findCreated: async (client, change) =>
      findByName(await listTags(client), change.desired.name, { caseInsensitive: true }),
    references: () => [],
    diff: (desired: DesiredObject<'tag'>, live) => diffFields(desired.fields, live?.fields),
    describe: (live) => describeName('name', live.name),
    // POST /tags creates, or renames when given an id; there is no PUT for tags.
    requests(change) {
      if (change.action === 'delete') return [{ method: 'DELETE', path: tagPath(change.id) }];
      const name = change.desired.name;
      if (change.action === 'create') return [{ method: 'POST', path: '/tags', body: { name } }];
      return [{ method: 'POST', path: '/tags', body: { id: change.id, name } }];
    },
  };
}
