import { beforeAll, describe, expect, it } from 'vitest';
import nock from 'nock';
import { createArticleProvider } from '../../src/providers/articles/article-provider.js';
import { articleLive } from '../../src/providers/articles/article-live.js';
import type { DesiredArticle } from '../../src/model/desired.js';
import type { ApiArticleListItem } from '../../src/intercom/api-types.js';
import { UserError } from '../../src/errors/user-error.js';
import { FakeClient } from './fake-client.js';
import { applyRefs, declared, desired, planRefs } from './refs-fixture.js';
import { createChange, deleteChange, updateChange } from './changes.js';
import { specArticleUpdated, specArticles } from './spec-fixtures.js';

beforeAll(() => nock.disableNetConnect());

const AVA = 'ava@acme.example';
const setup = {
  ids: { collection: { billing: '18', faq: '30' }, article: { refunds: '42' } },
  names: { collection: { '77': 'Old FAQ' } },
  admins: { '991267497': AVA, '5': 'ben@acme.example' },
};
const refs = planRefs(setup);
const apply = applyRefs(setup);

const base: DesiredArticle = {
  ...declared,
  key: 'refunds',
  title: 'Thanks for everything',
  author: AVA,
  previousNames: [],
};
const fromConfig = (a: Partial<DesiredArticle> = {}) =>
  createArticleProvider().fromConfig(desired({ articles: [{ ...base, ...a }] }))[0]!;
const live = (a: Partial<ApiArticleListItem> = {}) => articleLive({ ...specArticles[1]!, ...a });

describe('article provider', () => {
  it('lists articles: parent_ids[0] as scope, ids as strings, body normalised', async () => {
    const provider = createArticleProvider();
    const client = new FakeClient().on('GET', '/articles', specArticles);
    const listed = await provider.list(client);
    expect(client.requests).toMatchObject([
      { method: 'GET', path: '/articles', via: 'listPages', pageOptions: { perPage: 150 } },
    ]);
    expect(listed.map(({ raw: _raw, ...rest }) => rest)).toEqual([
      {
        kind: 'article',
        id: '39',
        name: 'This is the article title',
        scope: null,
        fields: {
          title: 'This is the article title',
          description: null,
          author: '991267492',
          state: 'published',
          collection: null,
          body: '',
        },
      },
      {
        kind: 'article',
        id: '42',
        name: 'Thanks for everything',
        scope: '18',
        fields: {
          title: 'Thanks for everything',
          description: null,
          author: '991267497',
          state: 'published',
          collection: '18',
          body: '<p>Body of the Article</p>',
        },
      },
    ]);
  });

  it('reads a 2.15-style parent_id when parent_ids is missing', () => {
    const { parent_ids: _p, ...old } = specArticles[1]!;
    expect(articleLive({ ...old, parent_id: 18 }).scope).toBe('18');
  });

  it('maps desired fields, with the author lower-cased and the body normalised', () => {
    expect(fromConfig({ author: 'Ava@Acme.Example', body: '<h3>Hi</h3>' }).fields).toEqual({
      title: 'Thanks for everything',
      description: undefined,
      author: AVA,
      state: undefined,
      collection: undefined,
      body: '<h2>Hi</h2>',
    });
  });

  it('scopes matching by collection and references it', () => {
    const provider = createArticleProvider();
    expect(provider.desiredScope!(fromConfig({ collection: 'billing' }), refs)).toBe('18');
    expect(provider.desiredScope!(fromConfig({ collection: null }), refs)).toBeNull();
    expect(provider.desiredScope!(fromConfig(), refs)).toBeUndefined();
    expect(provider.references(fromConfig({ collection: 'billing' }))).toEqual([
      { kind: 'collection', key: 'billing' },
    ]);
    expect(provider.references(fromConfig())).toEqual([]);
  });

  const managed: Partial<DesiredArticle> = {
    state: 'published',
    collection: 'billing',
    body: 'Body of the Article',
  };
  it.each([
    ['no change (Intercom body rewrite ignored)', managed, live(), []],
    [
      'unmanaged fields ignored',
      {},
      live({ state: 'draft', body: '<p>x</p>', parent_ids: [77] }),
      [],
    ],
    [
      'a title',
      { title: 'New' },
      live(),
      [{ field: 'title', before: 'Thanks for everything', after: 'New' }],
    ],
    [
      'a description',
      { description: 'D' },
      live(),
      [{ field: 'description', before: null, after: 'D' }],
    ],
    [
      'an author, shown by email',
      { author: 'ben@acme.example' },
      live(),
      [{ field: 'author', before: AVA, after: 'ben@acme.example' }],
    ],
    [
      'an unknown live author',
      {},
      live({ author_id: 1 }),
      [{ field: 'author', before: 'admin #1', after: AVA }],
    ],
    [
      'a state',
      { state: 'draft' },
      live(),
      [{ field: 'state', before: 'published', after: 'draft' }],
    ],
    [
      'a collection, shown by key',
      { collection: 'faq' },
      live(),
      [{ field: 'collection', before: 'billing', after: 'faq' }],
    ],
    [
      'an undeclared live collection',
      { collection: 'faq' },
      live({ parent_ids: [77] }),
      [{ field: 'collection', before: '"Old FAQ" (id 77)', after: 'faq' }],
    ],
    [
      'a body',
      { body: '<p>Body of an article</p>' },
      live(),
      [
        {
          field: 'body',
          before: '<p>Body of the Article</p>',
          after: '<p>Body of an article</p>',
          format: 'text',
        },
      ],
    ],
  ])('diffs %s', (_what, want, have, fields) => {
    expect(
      createArticleProvider().diff(fromConfig(want as Partial<DesiredArticle>), have, refs),
    ).toEqual(fields);
  });

  it('lists every managed field on create, the body as text', () => {
    const fields = createArticleProvider().diff(fromConfig({ body: '<p>x</p>' }), undefined, refs);
    expect(fields).toEqual([
      { field: 'title', after: 'Thanks for everything' },
      { field: 'author', after: AVA },
      { field: 'body', after: '<p>x</p>', format: 'text' },
    ]);
  });

  it('creates with integer author_id and parent_id, sending the body as written', async () => {
    const provider = createArticleProvider();
    const client = new FakeClient().on('POST', '/articles', { ...specArticles[1], id: '50' });
    const d = fromConfig({
      description: 'D',
      state: 'draft',
      collection: 'billing',
      body: '<h3>Hi</h3>',
    });
    const result = await provider.create(client, createChange(provider, d, refs), apply);
    expect(client.requests.map((r) => [r.method, r.path, r.body])).toEqual([
      [
        'POST',
        '/articles',
        {
          title: 'Thanks for everything',
          author_id: 991267497,
          description: 'D',
          body: '<h3>Hi</h3>',
          state: 'draft',
          parent_id: 18,
          parent_type: 'collection',
        },
      ],
    ]);
    expect(result).toMatchObject({ id: '50', scope: '18' });
  });

  it('creates a standalone article with only the required fields when nothing else is managed', async () => {
    const provider = createArticleProvider();
    const client = new FakeClient().on('POST', '/articles', specArticles[0]);
    await provider.create(
      client,
      createChange(provider, fromConfig({ collection: null }), refs),
      apply,
    );
    expect(client.requests[0]!.body).toEqual({
      title: 'Thanks for everything',
      author_id: 991267497,
    });
  });

  it('updates only changed fields: parent_id as a string, author_id as an integer', async () => {
    const provider = createArticleProvider();
    const client = new FakeClient().on('PUT', '/articles/42', specArticleUpdated);
    const d = fromConfig({
      ...managed,
      author: 'ben@acme.example',
      collection: 'faq',
      description: null,
    });
    await provider.update(
      client,
      updateChange(provider, d, live({ description: 'old' }), refs),
      apply,
    );
    expect(client.requests.map((r) => [r.method, r.path, r.body])).toEqual([
      [
        'PUT',
        '/articles/42',
        { description: '', author_id: 5, parent_id: '30', parent_type: 'collection' },
      ],
    ]);
  });

  it('sends the desired body as written when the canonical body changed', async () => {
    const provider = createArticleProvider();
    const client = new FakeClient().on('PUT', '/articles/42', specArticleUpdated);
    const d = fromConfig({ body: '<h4>New</h4>' });
    await provider.update(client, updateChange(provider, d, live(), refs), apply);
    expect(client.requests[0]!.body).toEqual({ body: '<h4>New</h4>' });
  });

  it('refuses collection: null for an article in a collection, in checkRefs and at apply', async () => {
    const provider = createArticleProvider();
    await provider.list(new FakeClient().on('GET', '/articles', specArticles));
    const d = fromConfig({ collection: null });
    expect(provider.checkRefs!(d, refs)).toEqual([
      expect.objectContaining({
        pos: declared.pos,
        message: expect.stringContaining('collection: null'),
      }),
    ]);
    // Already standalone: nothing to refuse.
    const standalone = planRefs({ ...setup, ids: { ...setup.ids, article: { refunds: '39' } } });
    expect(provider.checkRefs!(d, standalone)).toEqual([]);
    const change = updateChange(provider, d, live(), refs);
    expect(change.fields).toEqual([{ field: 'collection', before: 'billing', after: null }]);
    await expect(provider.update(new FakeClient(), change, apply)).rejects.toBeInstanceOf(
      UserError,
    );
  });

  it('reports an author who is not a teammate, unless the article is being removed', () => {
    const provider = createArticleProvider();
    const problems = provider.checkRefs!(fromConfig({ author: 'nobody@acme.example' }), refs);
    expect(problems).toEqual([
      expect.objectContaining({
        pos: declared.pos,
        message: expect.stringContaining('nobody@acme.example'),
        hint: expect.stringContaining('teammate'),
      }),
    ]);
    expect(provider.checkRefs!(fromConfig({ author: AVA }), refs)).toEqual([]);
    expect(
      provider.checkRefs!(fromConfig({ author: 'nobody@acme.example', ensure: 'absent' }), refs),
    ).toEqual([]);
  });

  it('deletes with DELETE /articles/{id} and describes by title', async () => {
    const provider = createArticleProvider();
    const client = new FakeClient().on('DELETE', '/articles/42', {
      id: '42',
      object: 'article',
      deleted: true,
    });
    const change = deleteChange(provider, live(), refs);
    expect(change.fields).toEqual([{ field: 'title', before: 'Thanks for everything' }]);
    await provider.delete(client, change, apply);
    expect(client.requests.map((r) => [r.method, r.path])).toEqual([['DELETE', '/articles/42']]);
  });
});
