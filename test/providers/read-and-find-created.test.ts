// The two hooks saved plans and resumed applies rely on: `read` must normalise one object exactly
// as `list` does (or a saved plan would report conflicts that are not there), and `findCreated`
// must find a lost create by its natural key (or a retry would create a duplicate).
import { beforeAll, describe, expect, it } from 'vitest';
import nock from 'nock';
import { validateRequest } from '../support/openapi.js';
import { createProviders } from '../../src/providers/index.js';
import { createTagProvider } from '../../src/providers/tags/tag-provider.js';
import { createCollectionProvider } from '../../src/providers/collections/collection-provider.js';
import { createArticleProvider } from '../../src/providers/articles/article-provider.js';
import { createCompanyProvider } from '../../src/providers/companies/company-provider.js';
import { createAdminProvider } from '../../src/providers/admins/admin-provider.js';
import { IntercomApiError } from '../../src/errors/intercom-api-error.js';
import type { Kind, LiveObject } from '../../src/model/objects.js';
import type { Provider } from '../../src/providers/provider.js';
import type { Desired } from '../../src/model/desired.js';
import { FakeClient, type RecordedRequest } from './fake-client.js';
import { declared, desired, planRefs, pos } from './refs-fixture.js';
import { createChange, createDraft } from './changes.js';
import { fillRequest, type FilledRequest } from '../../src/apply/fill-request.js';
import type { CreateChange } from '../../src/model/change.js';
import {
  specAdminAway,
  specAdmins,
  specArticles,
  specCollections,
  specCompanyCreated,
  specReasons,
  specScrollCompany,
  specTags,
} from './spec-fixtures.js';

beforeAll(() => nock.disableNetConnect());

const notFound = (req: RecordedRequest): never => {
  throw new IntercomApiError({
    status: 404,
    method: req.method,
    path: req.path,
    code: 'not_found',
    message: 'Resource Not Found',
  });
};

/** Everything but the raw JSON, which may legitimately carry more (GET adds statistics). */
const comparable = (l: LiveObject | undefined) =>
  l && { kind: l.kind, id: l.id, name: l.name, scope: l.scope, fields: l.fields };

function specProblems(client: FakeClient): string[] {
  return client.requests.flatMap((r) => validateRequest(r.method, r.path, r.body));
}

const article42 = { ...specArticles[1]!, statistics: { type: 'article_statistics', views: 3 } };

/** One workspace holding the spec's example objects, answering both the list and the by-id routes. */
function workspace(): FakeClient {
  return (
    new FakeClient()
      .on('GET', '/tags', { type: 'list', data: specTags })
      .on('GET', '/tags/{id}', (r: RecordedRequest) =>
        r.path === '/tags/102' ? { ...specTags[0] } : notFound(r),
      )
      .on('GET', '/help_center/collections', specCollections)
      .on('GET', '/help_center/collections/{id}', (r: RecordedRequest) =>
        r.path === '/help_center/collections/160' ? specCollections[1] : notFound(r),
      )
      .on('GET', '/articles', specArticles)
      .on('GET', '/articles/{id}', (r: RecordedRequest) =>
        r.path === '/articles/42' ? article42 : notFound(r),
      )
      .on('GET', '/companies/{id}', (r: RecordedRequest) =>
        r.path === `/companies/${specScrollCompany.id}` ? specScrollCompany : notFound(r),
      )
      // After /companies/{id}: the fake answers the latest matching route.
      .on('GET', '/companies/scroll', [specScrollCompany])
      .on('GET', '/companies', (r: RecordedRequest) =>
        r.query?.company_id === specCompanyCreated.company_id ? specCompanyCreated : notFound(r),
      )
      .on('GET', '/admins', { type: 'admin.list', admins: [...specAdmins, specAdminAway] })
      .on('GET', '/admins/{id}', (r: RecordedRequest) =>
        r.path === `/admins/${specAdminAway.id}` ? specAdminAway : notFound(r),
      )
      .on('GET', '/away_status_reasons', { type: 'list', data: specReasons })
  );
}

const cases: [string, () => Provider, string, string][] = [
  ['tag', createTagProvider, '102', '999'],
  ['collection', createCollectionProvider, '160', '999'],
  ['article', createArticleProvider, '42', '999'],
  ['company', createCompanyProvider, specScrollCompany.id, '0123456789abcdef01234567'],
  ['admin', createAdminProvider, specAdminAway.id, '1'],
];

describe('read', () => {
  it.each(cases)('%s: normalises exactly like list', async (_kind, make, id) => {
    const listed = (await make().list(workspace())).find((l) => l.id === id);
    expect(listed).toBeDefined();
    // A fresh provider: nothing cached from a list (admins must load the away reasons themselves).
    const client = workspace();
    const read = await make().read(client, id);
    expect(comparable(read)).toEqual(comparable(listed));
    expect(specProblems(client)).toEqual([]);
  });

  it.each(cases)(
    '%s: an object that is gone (404) reads as undefined',
    async (_kind, make, _id, gone) => {
      const client = workspace();
      expect(await make().read(client, gone)).toBeUndefined();
      expect(client.requests.some((r) => r.path.endsWith(`/${gone}`))).toBe(true);
    },
  );

  it.each(cases)('%s: any other failure is not mistaken for a delete', async (_kind, make, id) => {
    const client = workspace().on('GET', `/${pathOf(_kind)}/{id}`, (r: RecordedRequest) => {
      throw new IntercomApiError({ status: 500, method: r.method, path: r.path });
    });
    await expect(make().read(client, id)).rejects.toMatchObject({ status: 500 });
  });

  it('sends the documented GET-by-id paths', async () => {
    const client = workspace();
    for (const [, make, id] of cases) await make().read(client, id);
    expect(client.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      'GET /tags/102',
      'GET /help_center/collections/160',
      'GET /articles/42',
      `GET /companies/${specScrollCompany.id}`,
      `GET /admins/${specAdminAway.id}`,
      'GET /away_status_reasons',
    ]);
  });

  it('admins: parallel reads share one away-reasons request; a listed provider reuses its cache', async () => {
    const fresh = createAdminProvider();
    const client = workspace();
    const both = await Promise.all([
      fresh.read(client, specAdminAway.id),
      fresh.read(client, specAdminAway.id),
    ]);
    expect(both.map((a) => a?.fields.reason)).toEqual(['On a break', 'On a break']);
    expect(client.requests.filter((r) => r.path === '/away_status_reasons')).toHaveLength(1);

    const listed = createAdminProvider();
    await listed.list(workspace());
    const after = workspace();
    await listed.read(after, specAdminAway.id);
    expect(after.requests.map((r) => r.path)).toEqual([`/admins/${specAdminAway.id}`]);
  });

  it('admins: a failed away-reasons load is retried by the next read', async () => {
    const provider = createAdminProvider();
    let calls = 0;
    const client = workspace().on('GET', '/away_status_reasons', (r: RecordedRequest) => {
      calls += 1;
      if (calls === 1) throw new IntercomApiError({ status: 503, method: r.method, path: r.path });
      return { type: 'list', data: specReasons };
    });
    await expect(provider.read(client, specAdminAway.id)).rejects.toMatchObject({ status: 503 });
    expect((await provider.read(client, specAdminAway.id))?.fields.reason).toBe('On a break');
  });
});

function pathOf(kind: string): string {
  return {
    tag: 'tags',
    collection: 'help_center/collections',
    article: 'articles',
    company: 'companies',
    admin: 'admins',
  }[kind]!;
}

// ---------------------------------------------------------------------------------------------

// The lookup is scoped by the request that was sent, so each case plans the create with the
// planner's RequestRefs and fills it as apply would: `created` holds the ids of creates made
// earlier in the same apply.
const ADMIN = 'admin@example.com';
const refs = planRefs({
  ids: { collection: { english: '159', section: '160', c18: '18', c19: '19', other: '159' } },
  admins: { '991267492': ADMIN },
});

function createOf<K extends Kind>(provider: Provider<K>, config: Desired, key: string) {
  const d = provider.fromConfig(config).find((x) => x.key === key)!;
  return createChange(provider, d, refs);
}

/** The create request as apply sends it. */
const sentOf = (change: CreateChange, created: Record<string, string> = {}): FilledRequest =>
  fillRequest(change.requests[0]!, (ref) => created[ref]);

describe('findCreated', () => {
  it('tag: GET /tags and the name without case', async () => {
    const p = createTagProvider();
    const config = desired({
      tags: [
        { ...declared, name: 'MANUAL TAG 1', previousNames: [] },
        { ...declared, name: 'manual', previousNames: [] },
      ],
    });
    const client = workspace();
    const change = createOf(p, config, 'MANUAL TAG 1');
    const found = await p.findCreated(client, change, sentOf(change));
    expect(found).toMatchObject({ kind: 'tag', id: '102', name: 'Manual tag 1' });
    const other = createOf(p, config, 'manual');
    expect(await p.findCreated(client, other, sentOf(other))).toBeUndefined();
    expect(client.requests.map((r) => `${r.method} ${r.path}`)).toEqual(['GET /tags', 'GET /tags']);
    expect(specProblems(client)).toEqual([]);
  });

  it('tag: of two with the name, the newest is taken rather than creating a third', async () => {
    const p = createTagProvider();
    const client = new FakeClient().on('GET', '/tags', {
      type: 'list',
      data: [
        { type: 'tag', id: '9', name: 'dup' },
        { type: 'tag', id: '12', name: 'Dup' },
        { type: 'tag', id: '10', name: 'DUP' },
      ],
    });
    const config = desired({ tags: [{ ...declared, name: 'dup', previousNames: [] }] });
    const change = createOf(p, config, 'dup');
    expect((await p.findCreated(client, change, sentOf(change)))?.id).toBe('12');
  });

  const collection = (parent: string | null | undefined, name = 'English section title') =>
    desired({
      collections: [
        {
          ...declared,
          key: 'mine',
          name,
          previousNames: [],
          ...(parent !== undefined ? { parent } : {}),
        },
      ],
    });

  const SECTION = 'English section title';
  const TOP = 'English collection title';
  const LATER = 'create:collection:not-created';
  it.each([
    ['in the declared parent', 'english', SECTION, {}, '160'],
    ['not under another parent', 'section', SECTION, {}, undefined],
    ['not at the top level when a parent is declared', 'english', TOP, {}, undefined],
    ['at the top level for parent: null', null, TOP, {}, '159'],
    ['at the top level when the parent is unmanaged', undefined, TOP, {}, '159'],
    ['not nested when the parent is unmanaged', undefined, SECTION, {}, undefined],
    [
      'in a parent created earlier in this apply',
      'not-created',
      SECTION,
      { [LATER]: '159' },
      '160',
    ],
    [
      'not elsewhere when the parent was created anew',
      'not-created',
      SECTION,
      { [LATER]: '900' },
      undefined,
    ],
  ] as const)('collection: by name and parent id, %s', async (_what, parent, name, created, id) => {
    const p = createCollectionProvider();
    const client = workspace();
    const change = createOf(p, collection(parent, name), 'mine');
    const found = await p.findCreated(client, change, sentOf(change, created));
    expect(found?.id).toBe(id);
    expect(client.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      'GET /help_center/collections',
    ]);
    expect(specProblems(client)).toEqual([]);
  });

  it('collection: names are compared with case (Intercom keeps "faq" and "FAQ" apart)', async () => {
    const p = createCollectionProvider();
    const change = createOf(p, collection('english', 'ENGLISH SECTION TITLE'), 'mine');
    expect(await p.findCreated(workspace(), change, sentOf(change))).toBeUndefined();
  });

  const article = (title: string, collection?: string | null) =>
    desired({
      articles: [
        {
          ...declared,
          key: 'mine',
          title,
          author: ADMIN,
          previousNames: [],
          ...(collection !== undefined ? { collection } : {}),
        },
      ],
    });

  const NEW_HOME = 'create:collection:later';
  it.each([
    ['in the declared collection', 'Thanks for everything', 'c18', {}, '42'],
    ['not in another collection', 'Thanks for everything', 'other', {}, undefined],
    ['anywhere when the collection is unmanaged', 'Thanks for everything', undefined, {}, '42'],
    ['standalone for collection: null', 'This is the article title', null, {}, '39'],
    ['not standalone-only when placed', 'Thanks for everything', null, {}, undefined],
    ['not by another title', 'Thanks', 'c18', {}, undefined],
    [
      'in a collection created earlier in this apply',
      'Thanks for everything',
      'later',
      { [NEW_HOME]: '18' },
      '42',
    ],
    [
      'not elsewhere when the collection was created anew',
      'Thanks for everything',
      'later',
      { [NEW_HOME]: '900' },
      undefined,
    ],
  ] as const)('article: by title, %s', async (_what, title, coll, created, id) => {
    const p = createArticleProvider();
    const client = workspace();
    const change = createOf(p, article(title, coll), 'mine');
    const found = await p.findCreated(client, change, sentOf(change, created));
    expect(found?.id).toBe(id);
    expect(client.requests.map((r) => `${r.method} ${r.path}`)).toEqual(['GET /articles']);
    expect(specProblems(client)).toEqual([]);
  });

  it('company: GET /companies?company_id=, which sees companies without users', async () => {
    const p = createCompanyProvider();
    const config = desired({
      companies: [
        { ...declared, companyId: specCompanyCreated.company_id },
        { ...declared, companyId: 'never-made' },
      ],
    });
    const client = workspace();
    const made = createOf(p, config, specCompanyCreated.company_id);
    const found = await p.findCreated(client, made, sentOf(made));
    expect(found).toMatchObject({
      kind: 'company',
      id: specCompanyCreated.id,
      name: specCompanyCreated.company_id,
    });
    const never = createOf(p, config, 'never-made');
    expect(await p.findCreated(client, never, sentOf(never))).toBeUndefined();
    expect(client.requests).toMatchObject([
      { method: 'GET', path: '/companies', query: { company_id: specCompanyCreated.company_id } },
      { method: 'GET', path: '/companies', query: { company_id: 'never-made' } },
    ]);
    expect(specProblems(client)).toEqual([]);
  });

  it('admin: never created, so never found, and nothing is asked', async () => {
    const p = createAdminProvider();
    const config = desired({
      admins: [{ email: 'admin7@email.com', away: true, reassign: false, pos }],
    });
    const d = p.fromConfig(config)[0]!;
    // Admins have no create request (the planner refuses an unmatched admin); a stand-in change
    // and request are enough to show the hook asks nothing.
    const change = { ...createDraft(p, d, refs), requests: [], refersTo: [] };
    const client = workspace();
    expect(
      await p.findCreated(client, change, { method: 'POST', path: '/admins' }),
    ).toBeUndefined();
    expect(client.requests).toEqual([]);
  });

  it('every provider implements both hooks', () => {
    for (const p of createProviders()) {
      expect(typeof p.read, p.kind).toBe('function');
      expect(typeof p.findCreated, p.kind).toBe('function');
    }
  });
});
