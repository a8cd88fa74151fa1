import { beforeAll, describe, expect, it } from 'vitest';
import nock from 'nock';
import { createArticleProvider } from '../../src/providers/articles/article-provider.js';
import { articleLive } from '../../src/providers/articles/article-live.js';
import type { DesiredArticle } from '../../src/model/desired.js';
import type { ApiArticleListItem } from '../../src/intercom/api-types.js';
import { UserError } from '../../src/errors/user-error.js';
import { UnresolvedReferenceError } from '../../src/errors/unresolved-reference-error.js';
import { FakeClient } from './fake-client.js';
import { declared, desired, planRefs, requestRefs } from './refs-fixture.js';
import {
  createChange,
  createDraft,
  deleteChange,
  send,
  updateChange,
  updateDraft,
} from './changes.js';
import { specArticleUpdated, specArticles } from './spec-fixtures.js';

beforeAll(() => nock.disableNetConnect());

const AVA = 'ava@acme.example';
const setup = {
  ids: { collection: { billing: '18', faq: '30' }, article: { refunds: '42' } },
  names: { collection: { '77': 'Old FAQ' } },
  admins: { '991267497': AVA, '5': 'ben@acme.example' },
};
const refs = planRefs(setup);

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
    const d = fromConfig({
      description: 'D',
      state: 'draft',
      collection: 'billing',
      body: '<h3>Hi</h3>',
    });
    const change = createChange(provider, d, refs);
    const body = {
      title: 'Thanks for everything',
      author_id: 991267497,
      description: 'D',
      body: '<h3>Hi</h3>',
      state: 'draft',
      parent_id: 18,
      parent_type: 'collection',
    };
    expect(change.requests).toEqual([{ method: 'POST', path: '/articles', body }]);
    // The author and the collection are named without being written: a saved plan re-checks them.
    expect(change.refersTo).toEqual([
      { kind: 'admin', id: '991267497' },
      { kind: 'collection', id: '18' },
    ]);
    const client = new FakeClient().on('POST', '/articles', { ...specArticles[1], id: '50' });
    expect(await send(provider, client, change)).toEqual({ id: '50', recovered: false });
    expect(client.requests.map((r) => [r.method, r.path, r.body])).toEqual([
      ['POST', '/articles', body],
    ]);
  });

  it('creates into a collection created in the same apply: an integer placeholder, filled as an integer', async () => {
    const provider = createArticleProvider();
    const change = createChange(provider, fromConfig({ collection: 'new-home' }), refs);
    expect(change.requests[0]!.body).toMatchObject({
      parent_id: { known_after_apply: 'create:collection:new-home', as: 'integer' },
      parent_type: 'collection',
    });
    expect(change.refersTo).toEqual([{ kind: 'admin', id: '991267497' }]);
    const client = new FakeClient().on('POST', '/articles', { ...specArticles[1], id: '51' });
    await send(provider, client, change, { 'create:collection:new-home': '901' });
    expect(client.requests[0]!.body).toMatchObject({ parent_id: 901, author_id: 991267497 });
  });

  it('creates a standalone article with only the required fields when nothing else is managed', async () => {
    const provider = createArticleProvider();
    const change = createChange(provider, fromConfig({ collection: null }), refs);
    expect(change.requests).toEqual([
      {
        method: 'POST',
        path: '/articles',
        body: { title: 'Thanks for everything', author_id: 991267497 },
      },
    ]);
    const client = new FakeClient().on('POST', '/articles', specArticles[0]);
    await send(provider, client, change);
    expect(client.requests[0]!.body).toEqual({
      title: 'Thanks for everything',
      author_id: 991267497,
    });
  });

  it('takes any teammate as author, declared under admins or not, by admin id', () => {
    const provider = createArticleProvider();
    // Nothing is declared under `admins:`; ben is only a teammate GET /admins lists.
    const d = fromConfig({ author: 'Ben@Acme.Example' });
    expect(createChange(provider, d, refs).requests[0]!.body).toMatchObject({ author_id: 5 });
  });

  it('refuses, at plan time, an author who is not a teammate or no author at all', () => {
    const provider = createArticleProvider();
    const stranger = createDraft(provider, fromConfig({ author: 'nobody@acme.example' }), refs);
    expect(() => provider.requests(stranger, requestRefs(stranger.ref, setup))).toThrow(
      UnresolvedReferenceError,
    );
    const anonymous = createDraft(provider, fromConfig({ author: undefined }), refs);
    expect(() => provider.requests(anonymous, requestRefs(anonymous.ref, setup))).toThrow(
      /has no author/,
    );
  });

  it('updates only changed fields: parent_id as a string, author_id as an integer', async () => {
    const provider = createArticleProvider();
    const d = fromConfig({
      ...managed,
      author: 'ben@acme.example',
      collection: 'faq',
      description: null,
    });
    const change = updateChange(provider, d, live({ description: 'old' }), refs);
    const body = { description: '', author_id: 5, parent_id: '30', parent_type: 'collection' };
    expect(change.requests).toEqual([{ method: 'PUT', path: '/articles/42', body }]);
    expect(change.refersTo).toEqual([
      { kind: 'admin', id: '5' },
      { kind: 'collection', id: '30' },
    ]);
    const client = new FakeClient().on('PUT', '/articles/42', specArticleUpdated);
    expect(await send(provider, client, change)).toEqual({ id: '42', recovered: false });
    expect(client.requests.map((r) => [r.method, r.path, r.body])).toEqual([
      ['PUT', '/articles/42', body],
    ]);
  });

  it('moves into a collection created in the same apply through a string placeholder', () => {
    const provider = createArticleProvider();
    const change = updateChange(provider, fromConfig({ collection: 'new-home' }), live(), refs);
    expect(change.requests[0]!.body).toEqual({
      parent_id: { known_after_apply: 'create:collection:new-home', as: 'string' },
      parent_type: 'collection',
    });
  });

  it('sends the desired body as written when the canonical body changed', async () => {
    const provider = createArticleProvider();
    const change = updateChange(provider, fromConfig({ body: '<h4>New</h4>' }), live(), refs);
    expect(change.requests[0]!.body).toEqual({ body: '<h4>New</h4>' });
    expect(change.refersTo).toEqual([]);
    const client = new FakeClient().on('PUT', '/articles/42', specArticleUpdated);
    await send(provider, client, change);
    expect(client.requests[0]!.body).toEqual({ body: '<h4>New</h4>' });
  });

  it('refuses collection: null for an article in a collection, in checkRefs and in its requests', async () => {
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
    const draft = updateDraft(provider, d, live(), refs);
    expect(draft.fields).toEqual([{ field: 'collection', before: 'billing', after: null }]);
    expect(() => provider.requests(draft, requestRefs(draft.ref, setup))).toThrow(UserError);
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
    const change = deleteChange(provider, live(), refs);
    expect(change.fields).toEqual([{ field: 'title', before: 'Thanks for everything' }]);
    expect(change.requests).toEqual([{ method: 'DELETE', path: '/articles/42' }]);
    expect(change.refersTo).toEqual([]);
    const client = new FakeClient().on('DELETE', '/articles/42', {
      id: '42',
      object: 'article',
      deleted: true,
    });
    await send(provider, client, change);
    expect(client.requests.map((r) => [r.method, r.path])).toEqual([['DELETE', '/articles/42']]);
  });
});
