import { beforeAll, describe, expect, it } from 'vitest';
import nock from 'nock';
import { createTagProvider } from '../../src/providers/tags/tag-provider.js';
import type { LiveObject } from '../../src/model/objects.js';
import { KINDS } from '../../src/model/kinds.js';
import { FakeClient } from './fake-client.js';
import { declared, desired, planRefs } from './refs-fixture.js';
import { createChange, deleteChange, send, updateChange } from './changes.js';
import { specTagCreated, specTags } from './spec-fixtures.js';

beforeAll(() => nock.disableNetConnect());

const provider = createTagProvider();
const refs = planRefs();
const tagged = (name: string, extra: Partial<{ previousNames: string[]; id: string }> = {}) =>
  provider.fromConfig(desired({ tags: [{ ...declared, name, previousNames: [], ...extra }] }))[0]!;
const live = (name: string, id = '102'): LiveObject => ({
  kind: 'tag',
  id,
  name,
  fields: { name },
  raw: { type: 'tag', id, name },
});

describe('tag provider', () => {
  it('declares itself: case-insensitive names, full lifecycle, no dependencies', () => {
    expect(provider.kind).toBe('tag');
    expect(KINDS.tag.caseInsensitiveNames).toBe(true);
    expect(KINDS.tag.lifecycle).toBe('full');
    expect(provider.dependsOn).toEqual([]);
  });

  it('reads the config: key and name are the tag name, previous names and pins carried', () => {
    const d = tagged('beta-tester', { previousNames: ['beta'], id: '7' });
    expect(d).toMatchObject({
      kind: 'tag',
      key: 'beta-tester',
      name: 'beta-tester',
      previousNames: ['beta'],
      id: '7',
      fields: { name: 'beta-tester' },
    });
  });

  it('lists GET /tags into live objects', async () => {
    const client = new FakeClient().on('GET', '/tags', { type: 'list', data: specTags });
    expect(await provider.list(client)).toEqual([
      {
        kind: 'tag',
        id: '102',
        name: 'Manual tag 1',
        fields: { name: 'Manual tag 1' },
        raw: specTags[0],
      },
    ]);
    expect(client.requests).toMatchObject([{ method: 'GET', path: '/tags' }]);
  });

  it.each([
    ['no change', 'vip', 'vip', []],
    ['a rename', 'vip-customer', 'vip', [{ field: 'name', before: 'vip', after: 'vip-customer' }]],
    [
      'a change of case (a rename Intercom allows)',
      'VIP',
      'vip',
      [{ field: 'name', before: 'vip', after: 'VIP' }],
    ],
  ])('diffs %s', (_what, want, have, fields) => {
    expect(provider.diff(tagged(want), live(have), refs)).toEqual(fields);
  });

  it("creates with POST /tags {name}; the answer's id is the new id", async () => {
    const change = createChange(provider, tagged('test'), refs);
    expect(change.requests).toEqual([{ method: 'POST', path: '/tags', body: { name: 'test' } }]);
    expect(change.refersTo).toEqual([]);
    const client = new FakeClient().on('POST', '/tags', specTagCreated);
    expect(await send(provider, client, change)).toEqual({ id: '105', recovered: false });
    expect(client.requests).toEqual([
      { method: 'POST', path: '/tags', body: { name: 'test' }, via: 'request' },
    ]);
  });

  it('renames with POST /tags {id, name}', async () => {
    const change = updateChange(provider, tagged('beta-tester'), live('beta'), refs);
    expect(change.rename).toEqual({ from: 'beta', to: 'beta-tester' });
    expect(change.requests).toEqual([
      { method: 'POST', path: '/tags', body: { id: '102', name: 'beta-tester' } },
    ]);
    const client = new FakeClient().on('POST', '/tags', {
      ...specTagCreated,
      id: '102',
      name: 'beta-tester',
    });
    expect(await send(provider, client, change)).toEqual({ id: '102', recovered: false });
    expect(client.requests.map((r) => [r.method, r.path, r.body])).toEqual([
      ['POST', '/tags', { id: '102', name: 'beta-tester' }],
    ]);
  });

  it('deletes with DELETE /tags/{id} and describes the deleted tag by name', async () => {
    const change = deleteChange(provider, live('legacy'), refs);
    expect(change.fields).toEqual([{ field: 'name', before: 'legacy' }]);
    expect(change.requests).toEqual([{ method: 'DELETE', path: '/tags/102' }]);
    const client = new FakeClient().on('DELETE', '/tags/102', undefined);
    expect(await send(provider, client, change)).toEqual({ id: '102', recovered: false });
    expect(client.requests.map((r) => [r.method, r.path, r.body])).toEqual([
      ['DELETE', '/tags/102', undefined],
    ]);
  });
});
