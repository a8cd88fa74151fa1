import { beforeAll, describe, expect, it } from 'vitest';
import nock from 'nock';
import { createCollectionProvider } from '../../src/providers/collections/collection-provider.js';
import { collectionLive } from '../../src/providers/collections/collection-live.js';
import type { DesiredCollection } from '../../src/model/desired.js';
import { UnfilledPlaceholderError } from '../../src/apply/fill-request.js';
import { FakeClient } from './fake-client.js';
import { declared, desired, planRefs } from './refs-fixture.js';
import { createChange, deleteChange, send, updateChange } from './changes.js';
import { specCollections } from './spec-fixtures.js';

beforeAll(() => nock.disableNetConnect());

const provider = createCollectionProvider();
const collection = (c: Partial<DesiredCollection> = {}) =>
  provider.fromConfig(
    desired({
      collections: [{ ...declared, key: 'billing', name: 'Billing', previousNames: [], ...c }],
    }),
  )[0]!;
const live = (parent: string | null, extra: Partial<(typeof specCollections)[number]> = {}) =>
  collectionLive({
    ...specCollections[1]!,
    id: '160',
    name: 'Billing',
    description: 'Invoices',
    parent_id: parent,
    ...extra,
  });

describe('collection provider', () => {
  it('lists collections and sections through listPages, parent id as scope', async () => {
    const client = new FakeClient().on('GET', '/help_center/collections', specCollections);
    const listed = await provider.list(client);
    expect(client.requests).toMatchObject([
      {
        method: 'GET',
        path: '/help_center/collections',
        via: 'listPages',
        pageOptions: { perPage: 150 },
      },
    ]);
    expect(listed.map(({ raw: _raw, ...rest }) => rest)).toEqual([
      {
        kind: 'collection',
        id: '159',
        name: 'English collection title',
        scope: null,
        fields: {
          name: 'English collection title',
          description: 'english collection description',
          parent: null,
        },
      },
      {
        kind: 'collection',
        id: '160',
        name: 'English section title',
        scope: '159',
        fields: { name: 'English section title', description: null, parent: '159' },
      },
    ]);
  });

  it('maps desired fields: unmanaged stays undefined, an empty description is none', () => {
    expect(collection().fields).toEqual({
      name: 'Billing',
      description: undefined,
      parent: undefined,
    });
    expect(collection({ description: '', parent: null }).fields).toEqual({
      name: 'Billing',
      description: null,
      parent: null,
    });
  });

  it('scopes matching by parent: unmanaged anywhere, null at the top, a key at its live id', () => {
    const refs = planRefs({ ids: { collection: { 'getting-started': '159' } } });
    expect(provider.desiredScope!(collection(), refs)).toBeUndefined();
    expect(provider.desiredScope!(collection({ parent: null }), refs)).toBeNull();
    expect(provider.desiredScope!(collection({ parent: 'getting-started' }), refs)).toBe('159');
    expect(provider.desiredScope!(collection({ parent: 'new-parent' }), refs)).toBeUndefined();
    expect(provider.references(collection({ parent: 'getting-started' }))).toEqual([
      { kind: 'collection', key: 'getting-started' },
    ]);
    expect(provider.references(collection({ parent: null }))).toEqual([]);
  });

  const refs = planRefs({
    ids: { collection: { 'getting-started': '159' } },
    names: { collection: { '170': 'Old FAQ' } },
  });
  it.each([
    ['no change', { description: 'Invoices', parent: 'getting-started' }, live('159'), []],
    ['unmanaged fields ignored', {}, live('170', { description: 'whatever' }), []],
    [
      'a rename',
      { name: 'Billing & plans' },
      live('159'),
      [{ field: 'name', before: 'Billing', after: 'Billing & plans' }],
    ],
    [
      'a description',
      { description: 'Plans' },
      live('159'),
      [{ field: 'description', before: 'Invoices', after: 'Plans' }],
    ],
    [
      'a cleared description',
      { description: null },
      live('159'),
      [{ field: 'description', before: 'Invoices', after: null }],
    ],
    [
      'a move to the top',
      { parent: null },
      live('159'),
      [{ field: 'parent', before: 'getting-started', after: null }],
    ],
    [
      'a move out of an undeclared parent',
      { parent: 'getting-started' },
      live('170'),
      [{ field: 'parent', before: '"Old FAQ" (id 170)', after: 'getting-started' }],
    ],
    [
      'a move from the top',
      { parent: 'getting-started' },
      live(null),
      [{ field: 'parent', before: null, after: 'getting-started' }],
    ],
  ])('diffs %s', (_what, want, have, fields) => {
    expect(provider.diff(collection(want as Partial<DesiredCollection>), have, refs)).toEqual(
      fields,
    );
  });

  it('creates under a matched parent with its live id (a string), recorded as a reference', async () => {
    const d = collection({ description: 'Invoices', parent: 'getting-started' });
    const change = createChange(provider, d, refs);
    expect(change.requests).toEqual([
      {
        method: 'POST',
        path: '/help_center/collections',
        body: { name: 'Billing', description: 'Invoices', parent_id: '159' },
      },
    ]);
    expect(change.refersTo).toEqual([{ kind: 'collection', id: '159' }]);
    const client = new FakeClient().on('POST', '/help_center/collections', {
      ...specCollections[1],
      id: '161',
      name: 'Billing',
    });
    expect(await send(provider, client, change)).toEqual({ id: '161', recovered: false });
    expect(client.requests.map((r) => [r.method, r.path, r.body])).toEqual([
      [
        'POST',
        '/help_center/collections',
        { name: 'Billing', description: 'Invoices', parent_id: '159' },
      ],
    ]);
  });

  it('creates under a parent created in the same apply through a placeholder, filled with its new id', async () => {
    const change = createChange(provider, collection({ parent: 'new-parent' }), refs);
    expect(change.requests[0]!.body).toEqual({
      name: 'Billing',
      parent_id: { known_after_apply: 'create:collection:new-parent', as: 'string' },
    });
    expect(change.refersTo).toEqual([]);
    const client = new FakeClient().on('POST', '/help_center/collections', specCollections[1]);
    await send(provider, client, change, { 'create:collection:new-parent': '900' });
    expect(client.requests[0]!.body).toEqual({ name: 'Billing', parent_id: '900' });
  });

  it('creates at the top level with parent_id null and no description when unmanaged', async () => {
    const change = createChange(provider, collection(), refs);
    expect(change.requests).toEqual([
      {
        method: 'POST',
        path: '/help_center/collections',
        body: { name: 'Billing', parent_id: null },
      },
    ]);
    const client = new FakeClient().on('POST', '/help_center/collections', specCollections[0]);
    await send(provider, client, change);
    expect(client.requests[0]!.body).toEqual({ name: 'Billing', parent_id: null });
  });

  it('sends nothing for a create whose parent has no id yet', async () => {
    const client = new FakeClient();
    const change = createChange(provider, collection({ parent: 'missing' }), refs);
    await expect(send(provider, client, change)).rejects.toBeInstanceOf(UnfilledPlaceholderError);
    expect(client.requests).toEqual([]);
  });

  it('updates only the changed fields with PUT', async () => {
    const change = updateChange(
      provider,
      collection({ name: 'Billing 2', description: 'Invoices', parent: null }),
      live('159'),
      refs,
    );
    expect(change.requests).toEqual([
      {
        method: 'PUT',
        path: '/help_center/collections/160',
        body: { name: 'Billing 2', parent_id: null },
      },
    ]);
    expect(change.refersTo).toEqual([]);
    const client = new FakeClient().on('PUT', '/help_center/collections/160', specCollections[1]);
    expect(await send(provider, client, change)).toEqual({ id: '160', recovered: false });
    expect(client.requests.map((r) => [r.method, r.path, r.body])).toEqual([
      ['PUT', '/help_center/collections/160', { name: 'Billing 2', parent_id: null }],
    ]);
  });

  it('sends a cleared description as an empty string and a new parent by its live id', async () => {
    const change = updateChange(
      provider,
      collection({ description: null, parent: 'getting-started' }),
      live(null),
      refs,
    );
    expect(change.requests[0]!.body).toEqual({ description: '', parent_id: '159' });
    expect(change.refersTo).toEqual([{ kind: 'collection', id: '159' }]);
    const client = new FakeClient().on('PUT', '/help_center/collections/160', specCollections[1]);
    await send(provider, client, change);
    expect(client.requests[0]!.body).toEqual({ description: '', parent_id: '159' });
  });

  it('moves under a parent created in the same apply through a placeholder', () => {
    const change = updateChange(provider, collection({ parent: 'new-parent' }), live(null), refs);
    expect(change.requests[0]!.body).toEqual({
      parent_id: { known_after_apply: 'create:collection:new-parent', as: 'string' },
    });
  });

  it('deletes with DELETE and describes by name', async () => {
    const change = deleteChange(provider, live(null), refs);
    expect(change.fields).toEqual([{ field: 'name', before: 'Billing' }]);
    expect(change.requests).toEqual([{ method: 'DELETE', path: '/help_center/collections/160' }]);
    const client = new FakeClient().on('DELETE', '/help_center/collections/160', {
      id: '160',
      object: 'collection',
      deleted: true,
    });
    await send(provider, client, change);
    expect(client.requests.map((r) => [r.method, r.path])).toEqual([
      ['DELETE', '/help_center/collections/160'],
    ]);
  });
});
