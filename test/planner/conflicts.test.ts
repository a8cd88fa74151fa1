// Before a saved plan runs, what it touches is checked again against the live workspace. These
// tests edit the sandbox's state behind the tool's back, the way a teammate in the Intercom UI
// would, and expect exactly the conflicts that edit causes, for no more requests than needed.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeFile, readFile } from 'node:fs/promises';
import { checkSavedPlan, withoutConflicts, type Conflict } from '../../src/planner/conflicts.js';
import { createSavedPlan, type SavedPlan } from '../../src/planner/saved-plan.js';
import { hashConfig } from '../../src/planner/config-hash.js';
import type { Change } from '../../src/model/change.js';
import type { DesiredObject } from '../../src/model/objects.js';
import type { Plan } from '../../src/planner/plan.js';
import { load, planAgainstSandbox, type Planned } from './sandbox-plan.js';

let planned: Planned;
let saved: SavedPlan;

beforeEach(async () => {
  planned = await planAgainstSandbox();
  // Through JSON, as `apply FILE` gets it.
  saved = JSON.parse(
    JSON.stringify(
      createSavedPlan(planned.plan, {
        configHash: await hashConfig(planned.desired),
        target: planned.sb.url,
      }),
    ),
  ) as SavedPlan;
  planned.sb.resetLog();
});
afterEach(() => planned.sb.close());

async function check() {
  return checkSavedPlan({
    saved,
    desired: await load(saved.config.path),
    client: planned.client,
    providers: planned.providers(),
  });
}

const refOf = (action: Change['action'], kind: Change['kind'], key: string): string => {
  const c = saved.plan.changes.find((x) => x.action === action && x.kind === kind && x.key === key);
  if (!c) throw new Error(`the example plan has no ${action} of ${kind} ${key}`);
  return c.ref;
};

describe('checkSavedPlan against the sandbox', () => {
  it('the example plan has every kind of change these tests rely on', () => {
    const actions = new Set(saved.plan.changes.map((c) => `${c.action} ${c.kind}`));
    for (const a of ['create tag', 'create collection', 'create article', 'update collection']) {
      expect(actions).toContain(a);
    }
    expect(saved.plan.changes.some((c) => c.action === 'delete')).toBe(true);
  });

  it('finds nothing when nothing changed, though every article read re-signs its image URLs', async () => {
    const invoices = saved.plan.changes.find(
      (c) => c.action === 'update' && c.kind === 'article' && c.key === 'invoices',
    );
    expect(invoices?.action).toBe('update');
    const rawBody = (c: Change | undefined): string =>
      c && c.action !== 'create' ? String((c.live.raw as { body: string }).body) : '';
    expect(rawBody(invoices)).toContain('signature=');

    expect(await check()).toEqual({ configChanged: false, conflicts: [] });

    const id = invoices?.action === 'update' ? invoices.id : '';
    const reread = planned.sb.log.find((e) => e.path === `/articles/${id}`);
    expect(reread?.status).toBe(200);
    const readBody = (reread!.response as { body: string }).body;
    expect(readBody).toContain('signature=');
    expect(readBody).not.toBe(rawBody(invoices));
  });

  it('reads each updated or deleted object once by id, and lists each kind with creates once', async () => {
    await check();
    const counters = planned.sb.counters();
    const byId = saved.plan.changes.filter((c) => c.action !== 'create');
    const readsById = Object.entries(counters)
      .filter(([route]) => /\{id\}$/.test(route))
      .reduce((n, [, count]) => n + count, 0);
    expect(readsById).toBe(byId.length);

    const createKinds = new Set(
      saved.plan.changes.filter((c) => c.action === 'create').map((c) => c.kind),
    );
    const creates = saved.plan.changes.filter((c) => c.action === 'create').length;
    expect(creates).toBeGreaterThan(createKinds.size);
    expect(counters['GET /tags']).toBe(1);
    expect(counters['GET /help_center/collections']).toBe(1);
    expect(counters['GET /articles']).toBe(1);
    // Nothing looked up one object at a time for a create.
    expect(planned.sb.log.filter((e) => e.path === '/companies' && e.method === 'GET')).toEqual([]);
    expect(planned.sb.log.every((e) => e.method === 'GET')).toBe(true);
  });

  it('reports an object edited behind the tool’s back as changed, naming the field', async () => {
    planned.sb.state.collections.find((c) => c.name === 'Getting Started')!.description = 'edited';
    const { configChanged, conflicts } = await check();
    expect(configChanged).toBe(false);
    expect(conflicts).toEqual([
      {
        ref: refOf('update', 'collection', 'getting-started'),
        address: 'collection "getting-started"',
        reason: 'changed',
        detail:
          '"Getting Started" (id 10) was changed in Intercom after the plan was made: description',
      },
    ]);
  });

  it('names every changed field, the natural key included', async () => {
    const tag = planned.sb.state.tags.find((t) => t.name === 'beta')!;
    tag.name = 'beta-old';
    const article = planned.sb.state.articles.find((a) => a.title === 'Welcome to Acme')!;
    article.state = 'draft';
    article.description = 'something else';
    const { conflicts } = await check();
    expect(conflicts.map((c) => [c.ref, c.reason, c.detail.split(': ').pop()])).toEqual([
      [refOf('update', 'tag', 'beta-tester'), 'changed', 'name'],
      [refOf('update', 'article', 'welcome'), 'changed', 'description, state'],
    ]);
  });

  it('reports an updated object that was deleted, and a delete that is already done', async () => {
    const { state } = planned.sb;
    state.collections.splice(
      state.collections.findIndex((c) => c.name === 'Billing'),
      1,
    );
    state.tags.splice(
      state.tags.findIndex((t) => t.name === 'legacy'),
      1,
    );
    const { conflicts } = await check();
    // Every change that names the deleted collection says so too, whether or not it waits on
    // that collection's own update.
    expect(conflicts.filter((c) => c.reason === 'missing-reference').map((c) => c.ref)).toEqual([
      'create:collection:cards',
      'update:article:billing/pricing',
      'create:article:refunds',
    ]);
    expect(conflicts.filter((c) => c.reason !== 'missing-reference')).toEqual([
      {
        ref: refOf('delete', 'tag', 'legacy'),
        address: 'tag "legacy"',
        reason: 'deleted',
        detail:
          '"legacy" (id 203) was already deleted in Intercom; there is nothing left to delete',
      },
      {
        ref: refOf('update', 'collection', 'billing'),
        address: 'collection "billing"',
        reason: 'deleted',
        detail: '"Billing" (id 11) was deleted in Intercom after the plan was made',
      },
    ]);
  });

  it('reports an object the plan would create that now exists (tag names ignore case)', async () => {
    planned.sb.state.tags.push({ id: '299', name: 'Churn-Risk' });
    const { conflicts } = await check();
    expect(conflicts).toEqual([
      {
        ref: refOf('create', 'tag', 'churn-risk'),
        address: 'tag "churn-risk"',
        reason: 'created',
        detail:
          'tag "Churn-Risk" (id 299) was created in Intercom after the plan was made, which this plan would create again',
      },
    ]);
    expect(planned.sb.counters()['GET /tags']).toBe(1);
  });

  it('does not mistake an object the plan already knew for a new one', async () => {
    // "Billing" exists (id 11) and is matched; a create of another "Billing" elsewhere must not
    // see it as created meanwhile.
    const create = saved.plan.changes.find(
      (c) => c.action === 'create' && c.kind === 'collection',
    )!;
    if (create.action !== 'create') throw new Error('unreachable');
    create.desired.name = 'Billing';
    expect((await check()).conflicts).toEqual([]);
  });

  it('reports a change whose author was deleted in Intercom after the plan was made', async () => {
    // Ben's away state already matches here, so the plan refers to him without writing him:
    // only the re-read of what changes refer to can notice he is gone.
    const ben = refOf('update', 'admin', 'ben@acme.example');
    saved.plan.changes = saved.plan.changes.filter((c) => c.ref !== ben);
    const slack = saved.plan.changes.find((c) => c.ref === refOf('create', 'article', 'slack'))!;
    const benId = slack.refersTo.find((r) => r.kind === 'admin')!.id;
    expect(slack.requests[0]!.body).toMatchObject({ author_id: Number(benId) });
    const { state } = planned.sb;
    state.admins.splice(
      state.admins.findIndex((a) => String(a.id) === benId),
      1,
    );
    const { conflicts } = await check();
    const referring = saved.plan.changes.filter((c) =>
      c.refersTo.some((r) => r.kind === 'admin' && r.id === benId),
    );
    expect(referring.length).toBeGreaterThan(0);
    expect(conflicts).toEqual(
      referring.map((c) => ({
        ref: c.ref,
        address: `article ${JSON.stringify(c.key)}`,
        reason: 'missing-reference',
        detail: `article ${JSON.stringify(c.key)} refers to admin id ${benId}, deleted in Intercom after the plan was made`,
      })),
    );
    // Read once, however many changes name him.
    expect(planned.sb.log.filter((e) => e.path === `/admins/${benId}`)).toHaveLength(1);
  });

  // BUG (src/planner/conflicts.ts, referencedObjects): an object the plan also updates is not
  // re-checked as a reference, on the grounds that its own update is re-read and anything that
  // depends on it is skipped with it. That holds for collections (their dependents wait on their
  // update) but not for admins: an article names its author without depending on the admin's
  // away-state update, so with --on-conflict skip the update is skipped and the article is still
  // applied, with the author_id of a teammate who no longer exists, failing mid-apply.
  it('skips a change whose author was deleted even when the plan also updates that author', async () => {
    const slackRef = refOf('create', 'article', 'slack');
    const slack = saved.plan.changes.find((c) => c.ref === slackRef)!;
    const benId = slack.refersTo.find((r) => r.kind === 'admin')!.id;
    const { state } = planned.sb;
    state.admins.splice(
      state.admins.findIndex((a) => String(a.id) === benId),
      1,
    );
    const { conflicts } = await check();
    expect(conflicts.map((c) => c.ref)).toContain(refOf('update', 'admin', 'ben@acme.example'));
    const { plan } = withoutConflicts(saved.plan, conflicts);
    expect(plan.changes.map((c) => c.ref)).not.toContain(slackRef);
  });

  it('notices a config or body file edited since the plan was made', async () => {
    const body = saved.config.path.replace(/workspace\.yaml$/, 'help-center/welcome.md');
    await writeFile(body, (await readFile(body, 'utf8')) + '\nEdited after planning.\n');
    expect(await check()).toEqual({ configChanged: true, conflicts: [] });
  });
});

describe('withoutConflicts', () => {
  it('drops a conflicting change and what depends on it, and nothing else (sandbox)', async () => {
    planned.sb.state.collections.push({
      ...planned.sb.state.collections[0]!,
      id: '99',
      name: 'Integrations',
      parent_id: null,
    });
    const { conflicts } = await check();
    const integrations = refOf('create', 'collection', 'integrations');
    const slack = refOf('create', 'article', 'slack');
    expect(conflicts.map((c) => c.ref)).toEqual([integrations]);

    const { plan, skipped } = withoutConflicts(saved.plan, conflicts);
    expect(skipped).toEqual([
      {
        ref: integrations,
        because: 'collection "integrations" was created in Intercom since the plan was made',
      },
      { ref: slack, because: `it depends on ${integrations}, which was skipped` },
    ]);
    expect(plan.changes.map((c) => c.ref)).toEqual(
      saved.plan.changes.map((c) => c.ref).filter((r) => r !== integrations && r !== slack),
    );
    expect(plan.summary).toEqual({
      create: saved.plan.summary.create - 2,
      update: saved.plan.summary.update,
      delete: saved.plan.summary.delete,
    });
  });

  const change = (ref: string, dependsOn: string[] = []): Change => {
    const [action, kind, key] = ref.split(':') as ['create' | 'update' | 'delete', 'tag', string];
    const live = { kind, id: key, name: key, fields: {}, raw: {} };
    const desired = {
      kind,
      key,
      name: key,
      previousNames: [],
      ensure: 'present' as const,
      protect: false,
      fields: {},
      data: {} as DesiredObject['data'],
      pos: { file: 'w.yaml', line: 1, col: 1 },
    };
    const base = { ref, kind, key, message: '', fields: [], dependsOn, requests: [], refersTo: [] };
    if (action === 'create') return { ...base, action, desired };
    if (action === 'update') return { ...base, action, id: key, desired, live };
    return { ...base, action, id: key, live, reason: 'prune' };
  };
  const planOf = (changes: Change[]): Plan =>
    ({
      formatVersion: '1.0',
      createdAt: '2026-08-01T00:00:00.000Z',
      configPath: '/w.yaml',
      changes,
      unmanaged: [],
      summary: { create: 0, update: 0, delete: 0 },
      warnings: [],
      ids: {},
    }) as unknown as Plan;
  const conflict = (ref: string, reason: Conflict['reason']): Conflict => ({
    ref,
    address: ref,
    reason,
    detail: '',
  });

  it('follows dependencies transitively, whatever their order in the list', () => {
    const plan = planOf([
      change('create:tag:c', ['create:tag:b']),
      change('create:tag:b', ['update:tag:a']),
      change('update:tag:a'),
      change('create:tag:d'),
      change('create:tag:e', ['create:tag:d']),
    ]);
    const out = withoutConflicts(plan, [conflict('update:tag:a', 'changed')]);
    expect(out.plan.changes.map((c) => c.ref)).toEqual(['create:tag:d', 'create:tag:e']);
    expect(out.skipped.map((s) => s.ref)).toEqual(['create:tag:c', 'create:tag:b', 'update:tag:a']);
    expect(out.plan.summary).toEqual({ create: 2, update: 0, delete: 0 });
    expect(plan.changes).toHaveLength(5);
  });

  it('drops a delete that is already done, but keeps what waits on it', () => {
    const plan = planOf([
      change('delete:tag:child'),
      change('delete:tag:parent', ['delete:tag:child']),
    ]);
    const out = withoutConflicts(plan, [conflict('delete:tag:child', 'deleted')]);
    expect(out.plan.changes.map((c) => [c.ref, c.dependsOn])).toEqual([['delete:tag:parent', []]]);
    expect(out.skipped).toEqual([
      { ref: 'delete:tag:child', because: 'delete:tag:child is already deleted' },
    ]);
  });

  it('leaves the plan whole when there is no conflict', () => {
    const plan = planOf([change('create:tag:a'), change('update:tag:b', ['create:tag:a'])]);
    const out = withoutConflicts(plan, []);
    expect(out.skipped).toEqual([]);
    expect(out.plan.changes).toEqual(plan.changes);
  });
});
