// A lost answer (5xx, dropped connection, timeout) must never turn into a duplicate or into a
// false failure: creates are looked up by natural key before any retry, updates and deletes are
// repeated once, and errors that mean "refused" are never retried.
import { afterEach, describe, expect, it } from 'vitest';
import { applyPlan } from '../../src/apply/apply-plan.js';
import type { ApplyEvent } from '../../src/apply/events.js';
import { isLostAnswer, MAX_CREATE_ATTEMPTS } from '../../src/apply/recovery.js';
import { createPlan } from '../../src/planner/create-plan.js';
import { IntercomApiError } from '../../src/errors/intercom-api-error.js';
import { IntercomNetworkError } from '../../src/errors/intercom-network-error.js';
import type { LiveObject } from '../../src/model/objects.js';
import type { Provider } from '../../src/providers/provider.js';
import { desiredWith, fakeProvider, live, nullClient, want } from '../planner/fakes.js';
import { createClient } from '../../src/intercom/create-client.js';
import { createProviders } from '../../src/providers/index.js';
import { loadConfig } from '../../src/config/index.js';
import type { Sandbox } from '../../src/sandbox/index.js';
import { sandbox } from '../e2e/helpers.js';

const apiError = (status: number) =>
  new IntercomApiError({ status, method: 'POST', path: '/x', message: `status ${status}` });
const dropped = () => new IntercomNetworkError('POST', '/x');
const timedOut = () => new IntercomNetworkError('POST', '/x', { timedOut: true });

type Step = 'ok' | Error;

/**
 * The fake provider, but each write answers from a script (an Error is thrown, 'ok' runs the
 * fake) and every call, lookups included, is logged in order.
 */
function scripted(
  o: { desired?: ReturnType<typeof want>[]; live?: LiveObject[]; created?: LiveObject[] },
  script: { create?: Step[]; update?: Step[]; delete?: Step[]; findCreated?: Step[] },
  kind: 'tag' | 'collection' = 'collection',
) {
  const calls: string[] = [];
  const base = fakeProvider({
    kind,
    desired: o.desired ?? [],
    live: o.live ?? [],
    created: o.created,
  });
  const next = (list: Step[] | undefined): Step => list?.shift() ?? 'ok';
  const provider: Provider = {
    ...base,
    async findCreated(client, change, refs) {
      calls.push(`findCreated ${change.key}`);
      const step = next(script.findCreated);
      if (step !== 'ok') throw step;
      return base.findCreated(client, change, refs);
    },
    async create(client, change, refs) {
      calls.push(`create ${change.key}`);
      const step = next(script.create);
      if (step !== 'ok') throw step;
      return base.create(client, change, refs);
    },
    async update(client, change, refs) {
      calls.push(`update ${change.key}`);
      const step = next(script.update);
      if (step !== 'ok') throw step;
      return base.update(client, change, refs);
    },
    async delete(client, change, refs) {
      calls.push(`delete ${change.id}`);
      const step = next(script.delete);
      if (step !== 'ok') throw step;
      return base.delete(client, change, refs);
    },
  };
  return { provider, calls };
}

async function run(providers: Provider[], prune = false) {
  const desired = desiredWith({
    prune: { tags: prune, collections: prune, articles: false, companies: false },
  });
  const plan = await createPlan({ desired, client: nullClient, providers });
  const events: ApplyEvent[] = [];
  const result = await applyPlan({
    plan,
    client: nullClient,
    providers,
    concurrency: 1,
    onEvent: (e) => events.push(e),
  });
  const done = events.flatMap((e) =>
    e.type === 'change-done'
      ? [`${e.change.ref} -> ${e.id}${e.recovered ? ' (recovered)' : ''}`]
      : [],
  );
  return {
    plan,
    result,
    done,
    failed: result.failed.map((f) => `${f.change.ref}: ${f.error.message}`),
  };
}

describe('isLostAnswer', () => {
  it.each([
    ['a 500', apiError(500), true],
    ['a 503', apiError(503), true],
    ['a dropped connection', dropped(), true],
    ['a timeout', timedOut(), true],
    ['a 429 (the transport already retried it)', apiError(429), false],
    ['a 404', apiError(404), false],
    ['a 422', apiError(422), false],
    ['a bug', new TypeError('x is undefined'), false],
  ])('%s: %s', (_name, error, lost) => {
    expect(isLostAnswer(error)).toBe(lost);
  });
});

describe('creates after a lost answer', () => {
  it('uses the object a 500 created instead of creating it again, and hands its id on', async () => {
    const parent = scripted(
      { desired: [want('collection', 'top')], created: [live('collection', '77', 'top')] },
      { create: [apiError(500)] },
    );
    const childCalls: string[] = [];
    const articles = fakeProvider({
      kind: 'article',
      parentKind: 'collection',
      calls: childCalls,
      desired: [want('article', 'welcome', {}, { parent: 'top' })],
      live: [],
    });
    const { result, done } = await run([parent.provider, articles]);
    expect(parent.calls).toEqual(['create top', 'findCreated top']);
    expect(done).toEqual([
      'create:collection:top -> 77 (recovered)',
      'create:article:welcome -> 1000',
    ]);
    expect(childCalls).toEqual(['create welcome in 77']);
    expect(result.failed).toEqual([]);
  });

  it.each([
    ['a dropped connection', dropped()],
    ['a timeout', timedOut()],
    ['a 502', apiError(502)],
  ])('retries after %s once a lookup shows nothing was created', async (_n, error) => {
    const { provider, calls } = scripted(
      { desired: [want('collection', 'top')] },
      { create: [error] },
    );
    const { done, failed } = await run([provider]);
    expect(calls).toEqual(['create top', 'findCreated top', 'create top']);
    expect(done).toEqual(['create:collection:top -> 1000 (recovered)']);
    expect(failed).toEqual([]);
  });

  it(`gives up after ${MAX_CREATE_ATTEMPTS} attempts, each failure followed by a lookup`, async () => {
    const { provider, calls } = scripted(
      { desired: [want('collection', 'top')] },
      { create: [apiError(500), dropped(), apiError(503), 'ok'] },
    );
    const { done, failed } = await run([provider]);
    expect(calls).toEqual([
      'create top',
      'findCreated top',
      'create top',
      'findCreated top',
      'create top',
      'findCreated top',
    ]);
    expect(done).toEqual([]);
    expect(failed).toEqual(['create:collection:top: POST /x: 503: status 503']);
  });

  it('finds an object the last attempt created', async () => {
    const created: LiveObject[] = [];
    const base = scripted({ desired: [want('collection', 'top')], created }, {});
    let attempts = 0;
    const provider: Provider = {
      ...base.provider,
      async create() {
        attempts++;
        if (attempts === MAX_CREATE_ATTEMPTS) created.push(live('collection', '9', 'top'));
        throw apiError(500);
      },
    };
    const { done } = await run([provider]);
    expect(attempts).toBe(MAX_CREATE_ATTEMPTS);
    expect(done).toEqual(['create:collection:top -> 9 (recovered)']);
  });

  it.each([
    ['a 422', apiError(422)],
    ['a 404', apiError(404)],
    ['a bug', new Error('boom')],
  ])('never looks up or retries after %s', async (_n, error) => {
    const { provider, calls } = scripted(
      { desired: [want('collection', 'top')] },
      { create: [error] },
    );
    const { failed } = await run([provider]);
    expect(calls).toEqual(['create top']);
    expect(failed).toEqual([`create:collection:top: ${error.message}`]);
  });

  it('does not create again when the lookup itself fails', async () => {
    const { provider, calls } = scripted(
      { desired: [want('collection', 'top')] },
      { create: [apiError(500)], findCreated: [apiError(503)] },
    );
    const { failed } = await run([provider]);
    expect(calls).toEqual(['create top', 'findCreated top']);
    expect(failed).toEqual(['create:collection:top: POST /x: 500: status 500']);
  });

  it('reports a plain success without the recovered mark', async () => {
    const { provider, calls } = scripted({ desired: [want('collection', 'top')] }, {});
    const { done } = await run([provider]);
    expect(calls).toEqual(['create top']);
    expect(done).toEqual(['create:collection:top -> 1000']);
  });
});

describe('updates and deletes after a lost answer', () => {
  const changed = {
    desired: [want('tag', 'vip', { name: 'vip', colour: 'red' })],
    live: [live('tag', '5', 'vip', { colour: 'blue' })],
  };

  it('repeats an update once after a 500', async () => {
    const { provider, calls } = scripted(changed, { update: [apiError(500)] }, 'tag');
    const { done, failed } = await run([provider]);
    expect(calls).toEqual(['update vip', 'update vip']);
    expect(done).toEqual(['update:tag:vip -> 5 (recovered)']);
    expect(failed).toEqual([]);
  });

  it('fails an update whose repeat fails too', async () => {
    const { provider, calls } = scripted(changed, { update: [dropped(), apiError(500)] }, 'tag');
    const { failed } = await run([provider]);
    expect(calls).toEqual(['update vip', 'update vip']);
    expect(failed).toEqual(['update:tag:vip: POST /x: 500: status 500']);
  });

  it('does not repeat an update Intercom refused', async () => {
    const { provider, calls } = scripted(changed, { update: [apiError(400)] }, 'tag');
    const { failed } = await run([provider]);
    expect(calls).toEqual(['update vip']);
    expect(failed).toHaveLength(1);
  });

  const stale = { live: [live('tag', '8', 'old')] };

  it('counts a repeated delete answered 404 as done: the first attempt removed it', async () => {
    const { provider, calls } = scripted(stale, { delete: [dropped(), apiError(404)] }, 'tag');
    const { done, failed } = await run([provider], true);
    expect(calls).toEqual(['delete 8', 'delete 8']);
    expect(done).toEqual(['delete:tag:8 -> 8 (recovered)']);
    expect(failed).toEqual([]);
  });

  it('repeats a delete once after a 500', async () => {
    const { provider, calls } = scripted(stale, { delete: [apiError(500)] }, 'tag');
    const { done } = await run([provider], true);
    expect(calls).toEqual(['delete 8', 'delete 8']);
    expect(done).toEqual(['delete:tag:8 -> 8 (recovered)']);
  });

  it('fails a delete whose repeat gets another 5xx', async () => {
    const { provider, calls } = scripted(stale, { delete: [apiError(500), apiError(500)] }, 'tag');
    const { failed } = await run([provider], true);
    expect(calls).toEqual(['delete 8', 'delete 8']);
    expect(failed).toHaveLength(1);
  });

  it('fails a first-attempt 404 on delete: nothing says this apply removed it', async () => {
    const { provider, calls } = scripted(stale, { delete: [apiError(404)] }, 'tag');
    const { failed } = await run([provider], true);
    expect(calls).toEqual(['delete 8']);
    expect(failed).toEqual(['delete:tag:8: POST /x: 404: status 404']);
  });
});

describe('against the sandbox: one apply run, no duplicates', () => {
  const TITLES = ['Welcome to Acme', 'Finding your invoices', 'Refund policy', 'Connecting Slack'];
  let sb: Sandbox | undefined;
  afterEach(async () => {
    await sb?.close();
    sb = undefined;
  });

  async function planAndApply(s: Sandbox, beforeApply: () => void) {
    const client = createClient({ token: 'sandbox-token', baseUrl: s.url, sleep: async () => {} });
    const { desired } = await loadConfig('examples/workspace.yaml', { env: {} });
    const providers = createProviders();
    const plan = await createPlan({ desired, client, providers });
    beforeApply();
    const events: ApplyEvent[] = [];
    const result = await applyPlan({
      plan,
      client,
      providers,
      concurrency: 1,
      onEvent: (e) => events.push(e),
    });
    const again = await createPlan({ desired, client, providers: createProviders() });
    return { plan, result, events, again };
  }

  const titleCount = (s: Sandbox, title: string) =>
    s.state.articles.filter((a) => a.title === title).length;
  const articlePosts = (s: Sandbox) =>
    s.log.filter((e) => e.method === 'POST' && e.path === '/articles');

  it.each([
    ['applied-but-500', 500, 1],
    ['drop', 0, 2],
  ] as const)(
    'a create answered %s ends with exactly one article and a successful apply',
    async (fault, status, postsForIt) => {
      sb = await sandbox();
      const s = sb;
      const { plan, result, events, again } = await planAndApply(s, () =>
        s.failNext({ method: 'POST', path: /^\/articles$/ }, fault),
      );
      const creates = plan.changes.filter((c) => c.kind === 'article' && c.action === 'create');
      expect(creates.length).toBeGreaterThan(0);
      expect(result.failed).toEqual([]);
      expect(result.skipped).toEqual([]);
      expect(result.applied).toHaveLength(plan.changes.length);
      // The fault really hit the first article create, which was recovered, not failed.
      const posts = articlePosts(s);
      expect(posts[0]!.status).toBe(status);
      const first = (posts[0]!.body as { title: string }).title;
      expect(posts.filter((p) => (p.body as { title: string }).title === first)).toHaveLength(
        postsForIt,
      );
      const recovered = events.filter((e) => e.type === 'change-done' && e.recovered);
      expect(recovered.map((e) => (e.type === 'change-done' ? e.change.kind : ''))).toEqual([
        'article',
      ]);
      for (const title of TITLES) expect(titleCount(s, title), title).toBe(1);
      expect(again.changes).toEqual([]);
    },
  );
});
