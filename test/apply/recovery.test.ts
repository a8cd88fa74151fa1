// A lost answer (5xx, dropped connection, timeout) must never turn into a duplicate or into a
// false failure: creates are looked up by natural key before any retry, updates and deletes are
// repeated once, and errors that mean "refused" (a 4xx, or a 2xx that is not a success) are never
// retried. The fake providers' planned requests go to FakeApi, whose answers are scripted.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { applyPlan } from '../../src/apply/apply-plan.js';
import type { ApplyEvent } from '../../src/apply/events.js';
import { isLostAnswer, MAX_CREATE_ATTEMPTS, runChange } from '../../src/apply/recovery.js';
import { createPlan } from '../../src/planner/create-plan.js';
import { IntercomApiError } from '../../src/errors/intercom-api-error.js';
import { IntercomNetworkError } from '../../src/errors/intercom-network-error.js';
import type { LiveObject } from '../../src/model/objects.js';
import type { Change } from '../../src/model/change.js';
import { placeholder } from '../../src/model/request.js';
import type { IntercomClient } from '../../src/intercom/client-types.js';
import { MalformedAnswerError } from '../../src/errors/malformed-answer-error.js';
import type { Provider } from '../../src/providers/provider.js';
import {
  desiredWith,
  FakeApi,
  fakeProvider,
  live,
  nullClient,
  want,
  type Step,
} from '../planner/fakes.js';
import { createClient } from '../../src/intercom/create-client.js';
import { createProviders } from '../../src/providers/index.js';
import { loadConfig } from '../../src/config/index.js';
import type { Sandbox } from '../../src/sandbox/index.js';
import { sandbox } from '../e2e/helpers.js';

const apiError = (status: number) =>
  new IntercomApiError({ status, method: 'POST', path: '/x', message: `status ${status}` });
const dropped = () => new IntercomNetworkError('POST', '/x');
const timedOut = () => new IntercomNetworkError('POST', '/x', { timedOut: true });

/**
 * One fake kind whose writes answer from a script (see Step in fakes.ts) and whose findCreated
 * answers from its own script; every write and every lookup is logged, in order, into `calls`.
 */
function scripted(
  o: { desired?: ReturnType<typeof want>[]; live?: LiveObject[]; created?: LiveObject[] },
  script: { create?: Step[]; update?: Step[]; delete?: Step[]; findCreated?: Step[] },
  kind: 'tag' | 'collection' = 'collection',
) {
  const calls: string[] = [];
  const store = o.live ?? [];
  const base = fakeProvider({ kind, desired: o.desired ?? [], live: store, created: o.created });
  const provider: Provider = {
    ...base,
    async findCreated(client, change, sent) {
      calls.push(`findCreated ${change.key}`);
      const step = script.findCreated?.shift() ?? 'ok';
      if (step instanceof Error) throw step;
      return base.findCreated(client, change, sent);
    },
  };
  const { findCreated: _f, ...writes } = script;
  const api = new FakeApi({ workspace: { [kind]: store }, calls, script: writes });
  return { provider, api, calls };
}

async function run(providers: Provider[], client: IntercomClient, prune = false) {
  const desired = desiredWith({
    prune: { tags: prune, collections: prune, articles: false, companies: false },
  });
  const plan = await createPlan({ desired, client: nullClient, providers });
  const events: ApplyEvent[] = [];
  const result = await applyPlan({
    plan,
    client,
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
    ['a 2xx that is not a success', new MalformedAnswerError('POST /x', 'an error list'), false],
    ['a bug', new TypeError('x is undefined'), false],
  ])('%s: %s', (_name, error, lost) => {
    expect(isLostAnswer(error)).toBe(lost);
  });
});

describe('creates after a lost answer', () => {
  it('uses the object a 500 created instead of creating it again, and fills its id into children', async () => {
    const collections: LiveObject[] = [];
    const articles: LiveObject[] = [];
    const calls: string[] = [];
    const api = new FakeApi({
      workspace: { collection: collections, article: articles },
      calls,
      script: { create: [{ applied: apiError(500) }] },
    });
    const parent = fakeProvider({
      kind: 'collection',
      desired: [want('collection', 'top')],
      live: collections,
    });
    const lookups: string[] = [];
    const watched: Provider = {
      ...parent,
      findCreated: async (...a: Parameters<Provider['findCreated']>) => {
        lookups.push(`findCreated ${a[1].key}`);
        return parent.findCreated(...a);
      },
    };
    const child = fakeProvider({
      kind: 'article',
      parentKind: 'collection',
      desired: [want('article', 'welcome', {}, { parent: 'top' })],
      live: articles,
    });
    const { result, done } = await run([watched, child], api);
    expect(calls).toEqual(['create top', 'create welcome in 1000']);
    expect(lookups).toEqual(['findCreated top']);
    expect(done).toEqual([
      'create:collection:top -> 1000 (recovered)',
      'create:article:welcome -> 1001',
    ]);
    expect(result.failed).toEqual([]);
    expect(collections.map((c) => c.name)).toEqual(['top']);
  });

  it('takes the id from the lookup when the object was made elsewhere', async () => {
    const { provider, api, calls } = scripted(
      {
        desired: [want('collection', 'top')],
        created: [live('collection', '77', 'top', {}, null)],
      },
      { create: [apiError(500)] },
    );
    const { done } = await run([provider], api);
    expect(calls).toEqual(['create top', 'findCreated top']);
    expect(done).toEqual(['create:collection:top -> 77 (recovered)']);
  });

  it.each([
    ['a dropped connection', dropped()],
    ['a timeout', timedOut()],
    ['a 502', apiError(502)],
  ])('retries after %s once a lookup shows nothing was created', async (_n, error) => {
    const { provider, api, calls } = scripted(
      { desired: [want('collection', 'top')] },
      { create: [error] },
    );
    const { done, failed } = await run([provider], api);
    expect(calls).toEqual(['create top', 'findCreated top', 'create top']);
    expect(done).toEqual(['create:collection:top -> 1000 (recovered)']);
    expect(failed).toEqual([]);
  });

  it(`gives up after ${MAX_CREATE_ATTEMPTS} attempts, each failure followed by a lookup`, async () => {
    const { provider, api, calls } = scripted(
      { desired: [want('collection', 'top')] },
      { create: [apiError(500), dropped(), apiError(503), 'ok'] },
    );
    const { done, failed } = await run([provider], api);
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
    const { provider, api, calls } = scripted(
      { desired: [want('collection', 'top')] },
      { create: [apiError(500), apiError(500), { applied: apiError(500) }] },
    );
    const { done } = await run([provider], api);
    expect(calls.filter((c) => c === 'create top')).toHaveLength(MAX_CREATE_ATTEMPTS);
    expect(done).toEqual(['create:collection:top -> 1000 (recovered)']);
  });

  it.each([
    ['a 422', apiError(422)],
    ['a 404', apiError(404)],
    ['a bug', new Error('boom')],
  ])('never looks up or retries after %s', async (_n, error) => {
    const { provider, api, calls } = scripted(
      { desired: [want('collection', 'top')] },
      { create: [error] },
    );
    const { failed } = await run([provider], api);
    expect(calls).toEqual(['create top']);
    expect(failed).toEqual([`create:collection:top: ${error.message}`]);
  });

  it.each([
    [
      'an error list',
      { type: 'error.list', errors: [{ code: 'parameter_invalid', message: 'Name is taken' }] },
      'POST /fake/collection answered with an error list: parameter_invalid Name is taken',
    ],
    [
      'no id',
      { type: 'collection', name: 'top' },
      'POST /fake/collection answered with an object without an id',
    ],
    ['an empty body', undefined, 'POST /fake/collection answered with an empty body'],
  ])(
    'fails a create answered 200 with %s, never looking it up or retrying',
    async (_n, body, message) => {
      const { provider, api, calls } = scripted(
        { desired: [want('collection', 'top')] },
        { create: [{ answer: body }] },
      );
      const { done, failed } = await run([provider], api);
      expect(calls).toEqual(['create top']);
      expect(done).toEqual([]);
      expect(failed).toEqual([`create:collection:top: ${message}`]);
    },
  );

  it('does not create again when the lookup itself fails', async () => {
    const { provider, api, calls } = scripted(
      { desired: [want('collection', 'top')] },
      { create: [apiError(500)], findCreated: [apiError(503)] },
    );
    const { failed } = await run([provider], api);
    expect(calls).toEqual(['create top', 'findCreated top']);
    expect(failed).toEqual(['create:collection:top: POST /x: 500: status 500']);
  });

  it('reports a plain success without the recovered mark', async () => {
    const { provider, api, calls } = scripted({ desired: [want('collection', 'top')] }, {});
    const { done } = await run([provider], api);
    expect(calls).toEqual(['create top']);
    expect(done).toEqual(['create:collection:top -> 1000']);
  });
});

describe('updates and deletes after a lost answer', () => {
  const changed = () => ({
    desired: [want('tag', 'vip', { name: 'vip', colour: 'red' })],
    live: [live('tag', '5', 'vip', { colour: 'blue' })],
  });

  it('repeats an update once after a 500', async () => {
    const { provider, api, calls } = scripted(changed(), { update: [apiError(500)] }, 'tag');
    const { done, failed } = await run([provider], api);
    expect(calls).toEqual(['update vip', 'update vip']);
    expect(done).toEqual(['update:tag:vip -> 5 (recovered)']);
    expect(failed).toEqual([]);
  });

  it('repeats an update whose first attempt was applied: the repeat is harmless', async () => {
    const o = changed();
    const { provider, api, calls } = scripted(o, { update: [{ applied: dropped() }] }, 'tag');
    const { done } = await run([provider], api);
    expect(calls).toEqual(['update vip', 'update vip']);
    expect(done).toEqual(['update:tag:vip -> 5 (recovered)']);
    expect(o.live[0]!.fields).toEqual({ name: 'vip', colour: 'red' });
  });

  it('fails an update whose repeat fails too', async () => {
    const { provider, api, calls } = scripted(
      changed(),
      { update: [dropped(), apiError(500)] },
      'tag',
    );
    const { failed } = await run([provider], api);
    expect(calls).toEqual(['update vip', 'update vip']);
    expect(failed).toEqual(['update:tag:vip: POST /x: 500: status 500']);
  });

  it('fails an update whose repeat is answered 404: only a delete is done by a 404', async () => {
    const { provider, api } = scripted(
      changed(),
      { update: [apiError(500), apiError(404)] },
      'tag',
    );
    const { done, failed } = await run([provider], api);
    expect(done).toEqual([]);
    expect(failed).toEqual(['update:tag:vip: POST /x: 404: status 404']);
  });

  it('does not repeat an update Intercom refused', async () => {
    const { provider, api, calls } = scripted(changed(), { update: [apiError(400)] }, 'tag');
    const { failed } = await run([provider], api);
    expect(calls).toEqual(['update vip']);
    expect(failed).toHaveLength(1);
  });

  it('does not repeat an update answered 200 with an error list', async () => {
    const { provider, api, calls } = scripted(
      changed(),
      { update: [{ answer: { type: 'error.list', errors: [] } }] },
      'tag',
    );
    const { failed } = await run([provider], api);
    expect(calls).toEqual(['update vip']);
    expect(failed).toEqual(['update:tag:vip: PUT /fake/tag/5 answered with an error list']);
  });

  const stale = () => ({ live: [live('tag', '8', 'old')] });

  it('counts a repeated delete answered 404 as done: the first attempt removed it', async () => {
    const o = stale();
    const { provider, api, calls } = scripted(o, { delete: [{ applied: dropped() }] }, 'tag');
    const { done, failed } = await run([provider], api, true);
    // The fake answers the repeat 404 because the first attempt did delete it.
    expect(calls).toEqual(['delete 8', 'delete 8']);
    expect(done).toEqual(['delete:tag:8 -> 8 (recovered)']);
    expect(failed).toEqual([]);
    expect(o.live).toEqual([]);
  });

  it('repeats a delete once after a 500', async () => {
    const { provider, api, calls } = scripted(stale(), { delete: [apiError(500)] }, 'tag');
    const { done } = await run([provider], api, true);
    expect(calls).toEqual(['delete 8', 'delete 8']);
    expect(done).toEqual(['delete:tag:8 -> 8 (recovered)']);
  });

  it('fails a delete whose repeat gets another 5xx', async () => {
    const { provider, api, calls } = scripted(
      stale(),
      { delete: [apiError(500), apiError(500)] },
      'tag',
    );
    const { failed } = await run([provider], api, true);
    expect(calls).toEqual(['delete 8', 'delete 8']);
    expect(failed).toHaveLength(1);
  });

  it('fails a first-attempt 404 on delete: nothing says this apply removed it', async () => {
    const { provider, api, calls } = scripted(stale(), { delete: [apiError(404)] }, 'tag');
    const { failed } = await run([provider], api, true);
    expect(calls).toEqual(['delete 8']);
    expect(failed).toEqual(['delete:tag:8: POST /x: 404: status 404']);
  });
});

describe('runChange', () => {
  it('sends the planned requests in order, filling each placeholder from earlier creates', async () => {
    const calls: string[] = [];
    const provider = fakeProvider({
      kind: 'article',
      parentKind: 'collection',
      desired: [],
      live: [],
    });
    const change: Change = {
      action: 'create',
      ref: 'create:article:welcome',
      kind: 'article',
      key: 'welcome',
      message: '',
      fields: [],
      dependsOn: ['create:collection:top'],
      desired: want('article', 'welcome', {}, { parent: 'top' }),
      requests: [
        {
          method: 'POST',
          path: '/fake/article',
          body: { name: 'welcome', parent_id: placeholder('create:collection:top', 'string') },
        },
        {
          method: 'PUT',
          path: '/fake/article/1000',
          body: { name: 'welcome', self: placeholder('create:article:welcome', 'integer') },
        },
      ],
      refersTo: [],
    };
    const api = new FakeApi({ calls });
    const put = vi.spyOn(api, 'put');
    const outcome = await runChange(provider, api, change, (ref) =>
      ref === 'create:collection:top' ? '77' : undefined,
    );
    expect(outcome).toEqual({ id: '1000', recovered: false });
    expect(calls).toEqual(['create welcome in 77', 'update welcome']);
    // The change's own new id fills the requests that follow its create.
    expect(put).toHaveBeenCalledWith('/fake/article/1000', { name: 'welcome', self: 1000 });
  });

  it('refuses a create change without a request to create it', async () => {
    const provider = fakeProvider({ kind: 'tag', desired: [], live: [] });
    const change: Change = {
      action: 'create',
      ref: 'create:tag:x',
      kind: 'tag',
      key: 'x',
      message: '',
      fields: [],
      dependsOn: [],
      desired: want('tag', 'x'),
      requests: [],
      refersTo: [],
    };
    await expect(runChange(provider, new FakeApi(), change, () => undefined)).rejects.toThrow(
      'create:tag:x has no request to create it',
    );
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
