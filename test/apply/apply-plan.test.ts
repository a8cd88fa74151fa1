import { describe, expect, it } from 'vitest';
import { createPlan } from '../../src/planner/create-plan.js';
import { applyPlan } from '../../src/apply/apply-plan.js';
import type { ApplyEvent } from '../../src/apply/events.js';
import type { Provider } from '../../src/providers/provider.js';
import { desiredWith, fakeProvider, live, nullClient, want } from '../planner/fakes.js';

async function setup(failOn: string[] = [], prune = false) {
  const calls: string[] = [];
  const fail = new Set(failOn);
  const providers: Provider[] = [
    fakeProvider({
      kind: 'collection',
      parentKind: 'collection',
      calls,
      failOn: fail,
      desired: [want('collection', 'top'), want('collection', 'child', {}, { parent: 'top' })],
      live: [live('collection', '50', 'unused')],
    }),
    fakeProvider({
      kind: 'article',
      parentKind: 'collection',
      calls,
      failOn: fail,
      desired: [want('article', 'welcome', {}, { parent: 'child' }), want('article', 'solo')],
      live: [live('article', '60', 'stale', {}, '50')],
    }),
  ];
  const desired = desiredWith({
    prune: { tags: false, collections: prune, articles: prune, companies: false },
  });
  const plan = await createPlan({ desired, client: nullClient, providers });
  return { plan, providers, calls };
}

describe('applyPlan', () => {
  it('creates parents first and hands the new ids to children', async () => {
    const { plan, providers, calls } = await setup();
    const result = await applyPlan({ plan, client: nullClient, providers, concurrency: 4 });
    expect(result.failed).toEqual([]);
    expect(result.applied.map((c) => c.ref).sort()).toEqual(
      [
        'create:article:solo',
        'create:article:welcome',
        'create:collection:child',
        'create:collection:top',
      ].sort(),
    );
    const topId = calls.indexOf('create top');
    const child = calls.find((c) => c.startsWith('create child'))!;
    const welcome = calls.find((c) => c.startsWith('create welcome'))!;
    expect(calls.indexOf(child)).toBeGreaterThan(topId);
    // The fake numbers new objects from 1000 in creation order: top is 1000, child 1001 (or later).
    expect(child).toMatch(/^create child in 10\d\d$/);
    expect(welcome).toMatch(/^create welcome in 10\d\d$/);
    expect(welcome.split(' in ')[1]).not.toBe(child.split(' in ')[1]);
  });

  it('skips what depends on a failure, finishes independent work and reports all three lists', async () => {
    const { plan, providers } = await setup(['create:collection:top']);
    const events: ApplyEvent[] = [];
    const result = await applyPlan({
      plan,
      client: nullClient,
      providers,
      onEvent: (e) => events.push(e),
    });
    expect(result.failed.map((f) => f.change.ref)).toEqual(['create:collection:top']);
    expect(result.failed[0]!.error.message).toBe('boom top');
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
    await applyPlan({ plan: ok.plan, client: nullClient, providers: ok.providers, concurrency: 1 });
    expect(ok.calls.slice(-2)).toEqual(['delete 60', 'delete 50']);

    const failing = await setup(['create:article:solo'], true);
    const result = await applyPlan({
      plan: failing.plan,
      client: nullClient,
      providers: failing.providers,
    });
    expect(failing.calls.some((c) => c.startsWith('delete'))).toBe(false);
    expect(
      result.skipped.filter((s) => s.change.action === 'delete').map((s) => s.because),
    ).toEqual(['an earlier change failed', 'an earlier change failed']);
  });

  it('never runs more changes at once than the concurrency allows', async () => {
    let inFlight = 0;
    let peak = 0;
    const desired = Array.from({ length: 20 }, (_, i) => want('tag', `t${i}`));
    const base = fakeProvider({ kind: 'tag', desired, live: [] });
    const slow: Provider = {
      ...base,
      async create(client, change, refs) {
        inFlight++;
        peak = Math.max(peak, inFlight);
        await new Promise((r) => setTimeout(r, 2));
        inFlight--;
        return base.create(client, change, refs);
      },
    };
    const plan = await createPlan({
      desired: desiredWith(),
      client: nullClient,
      providers: [slow],
    });
    const result = await applyPlan({ plan, client: nullClient, providers: [slow], concurrency: 3 });
    expect(result.applied).toHaveLength(20);
    expect(peak).toBe(3);
  });
});
