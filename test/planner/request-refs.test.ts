// Every reference a request carries is resolved once, at plan time: a declared object matched
// live is its live id (recorded, so a saved plan can check it still exists), one that is not is
// a placeholder for its create in the same apply, an author is any teammate's admin id. What
// cannot be resolved is a plan problem, never a failure half-way through an apply.
import { beforeAll, describe, expect, it } from 'vitest';
import nock from 'nock';
import { checkPlaceholders, createRef, requestRefsFor } from '../../src/planner/request-refs.js';
import { createPlan } from '../../src/planner/create-plan.js';
import { UnresolvedReferenceError } from '../../src/errors/unresolved-reference-error.js';
import { PlanError } from '../../src/errors/plan-error.js';
import type { Change } from '../../src/model/change.js';
import { placeholder } from '../../src/model/request.js';
import { createArticleProvider } from '../../src/providers/articles/article-provider.js';
import { createAdminProvider } from '../../src/providers/admins/admin-provider.js';
import type { DesiredArticle } from '../../src/model/desired.js';
import { planRefs, declared, desired, pos } from '../providers/refs-fixture.js';
import { FakeClient } from '../providers/fake-client.js';
import { specAdmins, specArticles, specReasons } from '../providers/spec-fixtures.js';
import { createChange, deleteChange, updateChange } from '../render/fixtures.js';
import { desiredWith, fakeProvider, live, nullClient, want } from './fakes.js';

beforeAll(() => nock.disableNetConnect());

const TEAMMATE = 'admin7@email.com';
const setup = {
  ids: { collection: { billing: '159', faq: '160' } },
  admins: { '991267466': TEAMMATE, '5': 'ben@acme.example' },
};

describe('requestRefsFor', () => {
  it('gives a matched collection its live id, an integer or a string as the field needs', () => {
    const refs = requestRefsFor('create:article:refunds', planRefs(setup));
    expect(refs.idOf('collection', 'billing', 'integer')).toBe(159);
    expect(refs.idOf('collection', 'billing', 'string')).toBe('159');
    expect(refs.idOf('collection', 'faq', 'string')).toBe('160');
  });

  it('records each live object a change refers to, once, in the order first named', () => {
    const refs = requestRefsFor('create:article:refunds', planRefs(setup));
    refs.idOf('collection', 'faq', 'string');
    refs.adminId(TEAMMATE);
    refs.idOf('collection', 'faq', 'integer');
    refs.idOf('collection', 'billing', 'string');
    refs.adminId(TEAMMATE.toUpperCase());
    expect(refs.refersTo).toEqual([
      { kind: 'collection', id: '160' },
      { kind: 'admin', id: '991267466' },
      { kind: 'collection', id: '159' },
    ]);
    // Each change gets its own record.
    expect(requestRefsFor('create:article:other', planRefs(setup)).refersTo).toEqual([]);
  });

  it('gives an unmatched collection a placeholder for its create, recording nothing', () => {
    const refs = requestRefsFor('create:article:refunds', planRefs(setup));
    expect(refs.idOf('collection', 'new-home', 'integer')).toEqual({
      known_after_apply: 'create:collection:new-home',
      as: 'integer',
    });
    expect(refs.idOf('collection', 'new-home', 'string')).toEqual(
      placeholder('create:collection:new-home', 'string'),
    );
    expect(refs.refersTo).toEqual([]);
  });

  it('refuses a live id that is not an integer where the API needs one', () => {
    const refs = requestRefsFor(
      'create:article:refunds',
      planRefs({ ids: { collection: { odd: 'abc' } } }),
    );
    expect(refs.idOf('collection', 'odd', 'string')).toBe('abc');
    expect(() => refs.idOf('collection', 'odd', 'integer')).toThrow(UnresolvedReferenceError);
  });

  it('gives any teammate as an integer admin id, whatever the case of the email', () => {
    // Nothing here is declared under `admins:`: every admin GET /admins lists is a teammate.
    const refs = requestRefsFor('update:article:refunds', planRefs(setup));
    expect(refs.adminId('Admin7@Email.com')).toBe(991267466);
    expect(refs.adminId('ben@acme.example')).toBe(5);
    expect(refs.refersTo).toEqual([
      { kind: 'admin', id: '991267466' },
      { kind: 'admin', id: '5' },
    ]);
  });

  it('refuses an author who is not a teammate, with a hint', () => {
    const refs = requestRefsFor('create:article:refunds', planRefs(setup));
    let error: unknown;
    try {
      refs.adminId('nobody@acme.example');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(UnresolvedReferenceError);
    expect((error as UnresolvedReferenceError).message).toBe(
      'nobody@acme.example is not a teammate in this workspace',
    );
    expect((error as UnresolvedReferenceError).hint).toMatch(/GET \/admins/);
    expect(refs.refersTo).toEqual([]);
  });

  it("names the change's own create for the requests that follow it", () => {
    const refs = requestRefsFor('create:company:acme', planRefs(setup));
    expect(refs.ownId('string')).toEqual(placeholder('create:company:acme', 'string'));
    expect(createRef('company', 'acme')).toBe('create:company:acme');
  });
});

describe('checkPlaceholders', () => {
  const waiting = (ref: string, on: string, dependsOn: string[] = []): Change =>
    createChange('article', ref.split(':')[2]!, [], {
      ref,
      dependsOn,
      requests: [
        {
          method: 'POST',
          path: '/articles',
          body: { parent_id: placeholder(on, 'integer'), parent_type: 'collection' },
        },
      ],
    });

  it('reports a placeholder for a create that is not in the plan', () => {
    const changes = [waiting('create:article:refunds', 'create:collection:ghost')];
    expect(checkPlaceholders(changes)).toEqual([
      {
        pos: { file: 'workspace.yaml', line: 1, col: 1 },
        message:
          'article "refunds" refers to collection "ghost", which is neither in Intercom nor created by this plan',
        hint: 'declare it with ensure: present, or stop referring to it',
      },
    ]);
  });

  it('makes a change wait for every create it names, keeping its other dependencies', () => {
    const changes: Change[] = [
      createChange('collection', 'home'),
      createChange('collection', 'other'),
      waiting('create:article:refunds', 'create:collection:home', ['update:collection:x']),
    ];
    changes[2]!.requests.push({
      method: 'PUT',
      path: '/articles/{later}',
      body: { a: placeholder('create:collection:other', 'string') },
    });
    expect(checkPlaceholders(changes)).toEqual([]);
    expect(changes[2]!.dependsOn).toEqual([
      'create:collection:home',
      'create:collection:other',
      'update:collection:x',
    ]);
    expect(changes[0]!.dependsOn).toEqual([]);
  });

  it("ignores a change's placeholders for its own create", () => {
    const company = createChange('company', 'acme', [], {
      requests: [
        { method: 'POST', path: '/companies', body: { company_id: 'acme' } },
        {
          method: 'POST',
          path: '/tags',
          body: {
            name: 'vip',
            companies: [{ id: placeholder('create:company:acme', 'string') }],
          },
        },
      ],
    });
    expect(checkPlaceholders([company])).toEqual([]);
    expect(company.dependsOn).toEqual([]);
  });

  it('does not take an update or a delete for the create a placeholder names', () => {
    const changes: Change[] = [
      updateChange('collection', 'home', '7'),
      deleteChange('collection', 'home', '8'),
      waiting('create:article:refunds', 'create:collection:home'),
    ];
    expect(checkPlaceholders(changes).map((p) => p.message)).toEqual([
      'article "refunds" refers to collection "home", which is neither in Intercom nor created by this plan',
    ]);
  });
});

describe('through the planner', () => {
  it('plans a child of a parent created in the same apply with a placeholder and a wait', async () => {
    const provider = fakeProvider({
      kind: 'collection',
      parentKind: 'collection',
      desired: [want('collection', 'child', {}, { parent: 'top' }), want('collection', 'top')],
      live: [],
    });
    const plan = await createPlan({
      desired: desiredWith(),
      client: nullClient,
      providers: [provider],
    });
    const child = plan.changes.find((c) => c.ref === 'create:collection:child')!;
    expect(child.requests[0]!.body).toEqual({
      name: 'child',
      parent_id: placeholder('create:collection:top', 'string'),
    });
    expect(child.dependsOn).toEqual(['create:collection:top']);
    expect(child.refersTo).toEqual([]);
  });

  it('refuses a plan whose request names an object neither live nor created', async () => {
    const provider = fakeProvider({
      kind: 'collection',
      parentKind: 'collection',
      desired: [want('collection', 'child', {}, { parent: 'ghost' })],
      live: [live('collection', '1', 'unrelated')],
    });
    const error = await createPlan({
      desired: desiredWith(),
      client: nullClient,
      providers: [provider],
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PlanError);
    expect((error as PlanError).problems.map((p) => p.message)).toEqual([
      'collection "child" refers to collection "ghost", which is neither in Intercom nor created by this plan',
    ]);
  });

  /** GET /admins and the away reasons for the admin provider, GET /articles for articles. */
  const workspace = () =>
    new FakeClient()
      .on('GET', '/admins', { type: 'admin.list', admins: specAdmins })
      .on('GET', '/away_status_reasons', { type: 'list', data: specReasons })
      .on('GET', '/articles', specArticles)
      .on('GET', '/help_center/help_centers', {
        type: 'list',
        data: [{ id: '1', locales: ['en', 'fr'] }],
      });
  const article = (a: Partial<DesiredArticle>) =>
    desired({
      configPath: '/tmp/workspace.yaml',
      articles: [
        {
          ...declared,
          key: 'new',
          title: 'A new article',
          author: TEAMMATE,
          collection: null,
          previousNames: [],
          ...a,
        },
      ],
    });

  it('plans an article by a teammate who is not declared under admins with their admin id', async () => {
    const plan = await createPlan({
      desired: article({}),
      client: workspace(),
      providers: [createArticleProvider(), createAdminProvider()],
    });
    const create = plan.changes.find((c) => c.ref === 'create:article:new')!;
    expect(create.requests).toEqual([
      {
        method: 'POST',
        path: '/articles',
        body: { title: 'A new article', author_id: 991267466 },
      },
    ]);
    expect(create.refersTo).toEqual([{ kind: 'admin', id: '991267466' }]);
  });

  it('refuses an author who is not a teammate at plan time, with one problem', async () => {
    const error = await createPlan({
      desired: article({ author: 'nobody@acme.example' }),
      client: workspace(),
      providers: [createArticleProvider(), createAdminProvider()],
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PlanError);
    expect((error as PlanError).problems).toEqual([
      {
        pos,
        message: 'article "new": author nobody@acme.example is not a teammate in this workspace',
        hint: 'use the email of an existing teammate (an admin listed by GET /admins)',
      },
    ]);
  });

  it('turns a request that cannot be built into a plan problem at its position', async () => {
    // A matched article whose translation changes needs an author for the new locale.
    const error = await createPlan({
      desired: article({
        title: specArticles[1]!.title,
        author: undefined,
        collection: undefined,
        translations: { fr: { title: 'Merci' } },
      }),
      client: workspace(),
      providers: [createArticleProvider(), createAdminProvider()],
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PlanError);
    expect((error as PlanError).problems).toEqual([
      {
        pos,
        message: 'article "new": article "new" has no author',
        hint: 'an article that is created or translated needs `author:` (a teammate email)',
      },
    ]);
  });
});
