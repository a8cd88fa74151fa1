import { describe, expect, it } from 'vitest';
import { createPlan } from '../../src/planner/create-plan.js';
import { applyPlan } from '../../src/apply/apply-plan.js';
import type { ApplyEvent } from '../../src/apply/events.js';
import type { LiveObject } from '../../src/model/objects.js';
import type { Provider } from '../../src/providers/provider.js';
import {
  desiredWith,
  FakeApi,
  fakePath,
  fakeProvider,
  live,
  nullClient,
  want,
} from '../planner/fakes.js';

async function setup(failOn: string[] = [], prune = false) {
  const collections = [live('collection', '50', 'unused')];
  const articles = [live('article', '60', 'stale', {}, '50')];
  const providers: Provider[] = [
    fakeProvider({
      kind: 'collection',
      parentKind: 'collection',
      desired: [want('collection', 'top'), want('collection', 'child', {}, { parent: 'top' })],
      live: collections,
    }),
    fakeProvider({
      kind: 'article',
      parentKind: 'collection',
      desired: [want('article', 'welcome', {}, { parent: 'child' }), want('article', 'solo')],
      live: articles,
    }),
  ];
  const desired = desiredWith({
    prune: { tags: false, collections: prune, articles: prune, companies: false },
  });
  const plan = await createPlan({ desired, client: nullClient, providers });
  const workspace = { collection: collections, article: articles };
  const api = new FakeApi({ workspace, failOn });
  return { plan, providers, api, calls: api.calls, workspace };
}

describe('applyPlan', () => {
  it('creates parents first and fills the placeholders of children with the new ids', async () => {
    const { plan, providers, api, calls } = await setup();
    // The plan names parents that do not exist yet by the create that will make them.
    const child = plan.changes.find((c) => c.ref === 'create:collection:child')!;
    expect(child.requests).toEqual([
      {
        method: 'POST',
        path: fakePath('collection'),
        body: {
          name: 'child',
          parent_id: { known_after_apply: 'create:collection:top', as: 'string' },
        },
      },
    ]);
    expect(child.dependsOn).toEqual(['create:collection:top']);

    const events: ApplyEvent[] = [];
    const result = await applyPlan({
      plan,
      client: api,
      providers,
      concurrency: 4,
      onEvent: (e) => events.push(e),
    });
    expect(result.failed).toEqual([]);
    expect(result.applied.map((c) => c.ref).sort()).toEqual(
      [
        'create:article:solo',
        'create:article:welcome',
        'create:collection:child',
        'create:collection:top',
      ].sort(),
    );
    const ids = Object.fromEntries(
      events.flatMap((e) => (e.type === 'change-done' ? [[e.change.key, e.id]] : [])),
    );
    expect(calls).toContain('create top');
    expect(calls.indexOf(`create child in ${ids.top}`)).toBeGreaterThan(
      calls.indexOf('create top'),
    );
    expect(calls.indexOf(`create welcome in ${ids.child}`)).toBeGreaterThan(
      calls.indexOf(`create child in ${ids.top}`),
    );
    expect(calls).toContain('create solo');
    expect(new Set(Object.values(ids)).size).toBe(4);
  });

  it('names a parent that already exists by its live id, with no wait', async () => {
    const collections = [live('collection', '50', 'top')];
    const providers = [
      fakeProvider({
        kind: 'collection',
        parentKind: 'collection',
        desired: [want('collection', 'top'), want('collection', 'child', {}, { parent: 'top' })],
        live: collections,
      }),
    ];
    const plan = await createPlan({ desired: desiredWith(), client: nullClient, providers });
    const child = plan.changes.find((c) => c.ref === 'create:collection:child')!;
    expect(child.requests[0]!.body).toEqual({ name: 'child', parent_id: '50' });
    expect(child.refersTo).toEqual([{ kind: 'collection', id: '50' }]);
    expect(child.dependsOn).toEqual([]);
    const api = new FakeApi({ workspace: { collection: collections } });
    await applyPlan({ plan, client: api, providers });
    expect(api.calls).toEqual(['create child in 50']);
  });

  it('skips what depends on a failure, finishes independent work and reports all three lists', async () => {
    const { plan, providers, api } = await setup(['create top']);
    const events: ApplyEvent[] = [];
    const result = await applyPlan({
      plan,
      client: api,
      providers,
      onEvent: (e) => events.push(e),
    });
    expect(result.failed.map((f) => f.change.ref)).toEqual(['create:collection:top']);
    expect(result.failed[0]!.error.message).toBe('boom create top');
    expect(result.skipped.map((s) => `${s.change.ref} <- ${s.because}`).sort()).toEqual([
      'create:article:welcome <- create:collection:top',
      'create:collection:child <- create:collection:top',
    ]);
    expect(result.applied.map((c) => c.ref)).toEqual(['create:article:solo']);
    expect(events[0]).toEqual({ type: 'apply-start', total: 4, concurrency: 4 });
    expect(events.at(-1)!.type).toBe('apply-done');
    expect(events.filter((e) => e.type === 'change-skipped')).toHaveLength(2);
  });

  it('runs deletes last, and not at all after a failure', async () => {
    const ok = await setup([], true);
    await applyPlan({ plan: ok.plan, client: ok.api, providers: ok.providers, concurrency: 1 });
    expect(ok.calls.slice(-2)).toEqual(['delete 60', 'delete 50']);

    const failing = await setup(['create solo'], true);
    const result = await applyPlan({
      plan: failing.plan,
      client: failing.api,
      providers: failing.providers,
    });
    expect(failing.calls.some((c) => c.startsWith('delete'))).toBe(false);
    expect(
      result.skipped.filter((s) => s.change.action === 'delete').map((s) => s.because),
    ).toEqual(['an earlier change failed', 'an earlier change failed']);
  });

  it('fails a create whose 2xx answer carries no id, and skips what waits for it', async () => {
    const { plan, providers, workspace } = await setup();
    /** Answers the create of "top" without its id, as a misbehaving proxy might. */
    class NoId extends FakeApi {
      override async post<T>(path: string, body?: unknown): Promise<T> {
        const answer = await super.post<{ id: string }>(path, body);
        return (
          (body as { name: string }).name === 'top' ? { ...answer, id: undefined } : answer
        ) as T;
      }
    }
    const noId = new NoId({ workspace });
    const events: ApplyEvent[] = [];
    const result = await applyPlan({
      plan,
      client: noId,
      providers,
      onEvent: (e) => events.push(e),
    });
    expect(result.failed.map((f) => [f.change.ref, f.error])).toEqual([
      [
        'create:collection:top',
        expect.objectContaining({
          name: 'MalformedAnswerError',
          message: `POST ${fakePath('collection')} answered with an object without an id`,
        }),
      ],
    ]);
    expect(result.skipped.map((s) => s.change.ref).sort()).toEqual([
      'create:article:welcome',
      'create:collection:child',
    ]);
    // Never reported as "created (id undefined)".
    expect(events.some((e) => e.type === 'change-done' && e.change.key === 'top')).toBe(false);
  });

  it('never runs more changes at once than the concurrency allows', async () => {
    let inFlight = 0;
    let peak = 0;
    const tags: LiveObject[] = [];
    const desired = Array.from({ length: 20 }, (_, i) => want('tag', `t${i}`));
    const provider = fakeProvider({ kind: 'tag', desired, live: tags });
    const api = new FakeApi({
      workspace: { tag: tags },
      pause: async () => {
        inFlight++;
        peak = Math.max(peak, inFlight);
        await new Promise((r) => setTimeout(r, 2));
        inFlight--;
      },
    });
    const plan = await createPlan({
      desired: desiredWith(),
      client: nullClient,
      providers: [provider],
    });
    const result = await applyPlan({ plan, client: api, providers: [provider], concurrency: 3 });
    expect(result.applied).toHaveLength(20);
    expect(peak).toBe(3);
    expect(tags).toHaveLength(20);
  });
});
