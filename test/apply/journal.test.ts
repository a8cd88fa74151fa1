// The journal is what makes a killed apply resumable: it must read back exactly what was
// written, survive a torn last line, and, with a fresh plan of the workspace as it is now, keep
// exactly what the interrupted apply had left: a done change is never repeated, and a create
// that was in flight when the process died is matched by the fresh plan, not sent again.
import { appendFile, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { applyPlan } from '../../src/apply/apply-plan.js';
import type { ApplyEvent } from '../../src/apply/events.js';
import {
  defaultJournalPath,
  openJournal,
  reopenJournal,
  type Journal,
} from '../../src/apply/journal.js';
import { loadJournal } from '../../src/apply/journal-read.js';
import { resumePlan } from '../../src/apply/resume-plan.js';
import { createPlan } from '../../src/planner/create-plan.js';
import type { Plan } from '../../src/planner/plan.js';
import { UserError } from '../../src/errors/user-error.js';
import type { LiveObject } from '../../src/model/objects.js';
import type { Provider } from '../../src/providers/provider.js';
import { createClient } from '../../src/intercom/create-client.js';
import { createProviders } from '../../src/providers/index.js';
import { loadConfig } from '../../src/config/index.js';
import type { Sandbox } from '../../src/sandbox/index.js';
import { sandbox } from '../e2e/helpers.js';
import { desiredWith, FakeApi, fakeProvider, live, nullClient, want } from '../planner/fakes.js';

const dirs: string[] = [];
afterAll(async () => {
  await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })));
});
async function journalPath(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'iac-journal-'));
  dirs.push(dir);
  return join(dir, '.intercom-as-code', 'journal.jsonl');
}

/**
 * Collections top > child, an article in child and one on its own, and a stale live tag that
 * prune deletes: every action, with dependencies across kinds. The fake workspace (`world`) is
 * what FakeApi writes to and what the providers list, so a test can also change it "behind the
 * plan's back", and `replan` plans it afresh as `apply --resume` does.
 */
async function setup() {
  const world = {
    tag: [live('tag', '8', 'stale'), live('tag', '9', 'vip', { colour: 'blue' })],
    collection: [] as LiveObject[],
    article: [] as LiveObject[],
  };
  const providers: Provider[] = [
    fakeProvider({
      kind: 'tag',
      desired: [want('tag', 'vip', { name: 'vip', colour: 'red' })],
      live: world.tag,
    }),
    fakeProvider({
      kind: 'collection',
      parentKind: 'collection',
      desired: [want('collection', 'top'), want('collection', 'child', {}, { parent: 'top' })],
      live: world.collection,
    }),
    fakeProvider({
      kind: 'article',
      parentKind: 'collection',
      desired: [want('article', 'welcome', {}, { parent: 'child' }), want('article', 'solo')],
      live: world.article,
    }),
  ];
  const desired = desiredWith({
    prune: { tags: true, collections: false, articles: false, companies: false },
  });
  const replan = () => createPlan({ desired, client: nullClient, providers });
  const plan = await replan();
  const api = new FakeApi({ workspace: world });
  return { plan, providers, api, calls: api.calls, world, replan };
}

const refs = (plan: Plan) => plan.changes.map((c) => c.ref);

describe('journal file', () => {
  it('reads back the plan and every recorded outcome', async () => {
    const { plan } = await setup();
    const path = await journalPath();
    const journal = await openJournal(path, plan);
    await journal.start('create:collection:top');
    await journal.done('create:collection:top', '77');
    await journal.start('create:article:solo');
    await journal.failed('create:article:solo', { name: 'Error', message: 'boom' });
    await journal.start('create:collection:child');
    await journal.close();

    const loaded = await loadJournal(path);
    expect(loaded.plan).toEqual(plan);
    expect([...loaded.done]).toEqual([['create:collection:top', '77']]);
    expect([...loaded.failed]).toEqual(['create:article:solo']);
    expect([...loaded.started]).toEqual(['create:collection:child']);

    const lines = (await readFile(path, 'utf8'))
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.map((l: { type: string }) => l.type)).toEqual([
      'plan',
      'start',
      'done',
      'start',
      'failed',
      'start',
    ]);
    expect(lines[0]).toMatchObject({ config_path: plan.configPath });
    expect(typeof lines[0].created_at).toBe('string');
    expect(lines[2]).toMatchObject({ type: 'done', ref: 'create:collection:top', id: '77' });
  });

  it('ignores a last line cut short by a kill', async () => {
    const { plan } = await setup();
    const path = await journalPath();
    const journal = await openJournal(path, plan);
    await journal.start('create:collection:top');
    await journal.close();
    await appendFile(path, '{"type":"done","ref":"create:collection:top","id":"7');
    const loaded = await loadJournal(path);
    expect([...loaded.done]).toEqual([]);
    expect([...loaded.started]).toEqual(['create:collection:top']);
  });

  it('refuses a journal damaged anywhere but its last line', async () => {
    const { plan } = await setup();
    const path = await journalPath();
    const journal = await openJournal(path, plan);
    await journal.close();
    await appendFile(path, 'garbage\n{"type":"start","ref":"x","at":"now"}\n');
    await expect(loadJournal(path)).rejects.toThrow(/damaged: line 2 is not a journal entry/);
  });

  it('refuses a journal whose plan line is missing or torn', async () => {
    const path = await journalPath();
    await openJournal(path, (await setup()).plan).then((j) => j.close());
    const text = await readFile(path, 'utf8');
    await writeFile(path, text.slice(0, 40));
    const error = await loadJournal(path).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).message).toMatch(/damaged: it does not start with the plan/);
    expect((error as UserError).hint).toMatch(/without --resume/);
  });

  it('says there is nothing to resume when there is no journal', async () => {
    const path = await journalPath();
    const error = await loadJournal(path).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).message).toBe(`there is no apply journal to resume at ${path}`);
    expect((error as UserError).hint).toMatch(/run `apply` without --resume/);
  });

  it('keeps the latest outcome of a change across resumed runs', async () => {
    const { plan } = await setup();
    const path = await journalPath();
    const first = await openJournal(path, plan);
    await first.start('a');
    await first.failed('a', { name: 'Error', message: 'x' });
    await first.start('b');
    await first.close();
    const second = await reopenJournal(path);
    await second.start('a');
    await second.done('a', '1');
    await second.start('b');
    await second.failed('b', { name: 'Error', message: 'y' });
    await second.close();
    const loaded = await loadJournal(path);
    expect(loaded.plan).toEqual(plan);
    expect([...loaded.done]).toEqual([['a', '1']]);
    expect([...loaded.failed]).toEqual(['b']);
    expect([...loaded.started]).toEqual([]);
  });

  it('lives next to the config file', () => {
    expect(defaultJournalPath('/repo/ops/workspace.yaml')).toBe(
      '/repo/ops/.intercom-as-code/journal.jsonl',
    );
  });
});

describe('applyPlan with a journal', () => {
  it('records start before done for every change, before reporting it, and removes a clean journal', async () => {
    const { plan, providers, api } = await setup();
    const path = await journalPath();
    const journal = await openJournal(path, plan);
    const onDisk: string[] = [];
    const result = await applyPlan({
      plan,
      client: api,
      providers,
      concurrency: 3,
      journal,
      onEvent: (e: ApplyEvent) => {
        if (e.type !== 'change-done') return;
        const text = readFileSync(path, 'utf8');
        if (text.includes(`"type":"done","ref":"${e.change.ref}","id":"${e.id}"`))
          onDisk.push(e.change.ref);
      },
    });
    expect(result.failed).toEqual([]);
    expect(onDisk.sort()).toEqual(refs(plan).sort());
    await expect(stat(path)).rejects.toThrow(/ENOENT/);
    await expect(stat(join(path, '..'))).rejects.toThrow(/ENOENT/);
  });

  it('keeps the journal after a failure, with failed and never-started changes resumable', async () => {
    const { plan, providers, world } = await setup();
    const failing = new FakeApi({ workspace: world, failOn: ['create top'] });
    const path = await journalPath();
    const result = await applyPlan({
      plan,
      client: failing,
      providers,
      concurrency: 1,
      journal: await openJournal(path, plan),
    });
    expect(result.failed.map((f) => f.change.ref)).toEqual(['create:collection:top']);
    const loaded = await loadJournal(path);
    expect([...loaded.failed]).toEqual(['create:collection:top']);
    expect([...loaded.started]).toEqual([]);
    expect([...loaded.done.keys()].sort()).toEqual(['create:article:solo', 'update:tag:vip']);
    const lines = (await readFile(path, 'utf8')).trimEnd().split('\n');
    const failedLines = lines.map((l) => JSON.parse(l)).filter((l) => l.type === 'failed');
    expect(failedLines).toHaveLength(1);
    expect(failedLines[0]).toMatchObject({
      type: 'failed',
      ref: 'create:collection:top',
      error: { name: 'Error', message: 'boom create top' },
    });
  });

  it('runs nothing it cannot record', async () => {
    const { plan, providers, api, calls } = await setup();
    const broken: Journal = {
      path: '/nowhere',
      error: undefined,
      start: async () => {
        throw new UserError('cannot write the apply journal /nowhere: ENOSPC');
      },
      done: async () => {},
      failed: async () => {},
      close: async () => {},
    };
    const result = await applyPlan({ plan, client: api, providers, journal: broken });
    expect(calls).toEqual([]);
    expect(result.applied).toEqual([]);
    expect(result.failed[0]!.error.message).toMatch(/ENOSPC/);
  });

  it('writes whole lines when changes finish concurrently', async () => {
    const desired = Array.from({ length: 60 }, (_, i) => want('tag', `t${i}`));
    // One failure keeps the journal for inspection.
    const provider = fakeProvider({ kind: 'tag', desired, live: [] });
    const plan = await createPlan({
      desired: desiredWith(),
      client: nullClient,
      providers: [provider],
    });
    const path = await journalPath();
    await applyPlan({
      plan,
      client: new FakeApi({ failOn: ['create t59'] }),
      providers: [provider],
      concurrency: 16,
      journal: await openJournal(path, plan),
    });
    // loadJournal refuses any damaged line but the last; the last must be whole too.
    const text = await readFile(path, 'utf8');
    expect(text.endsWith('\n')).toBe(true);
    const loaded = await loadJournal(path);
    expect(loaded.done.size).toBe(59);
    expect([...loaded.failed]).toEqual(['create:tag:t59']);
    expect(text.trimEnd().split('\n')).toHaveLength(1 + 60 * 2);
  });
});

describe('resumePlan on a fresh plan of the workspace', () => {
  /** Writes a journal for `plan` as a killed apply would have left it. */
  async function killedJournal(
    plan: Plan,
    lines: ({ start: string } | { done: string; id: string } | { failed: string })[],
  ) {
    const path = await journalPath();
    const journal = await openJournal(path, plan);
    for (const line of lines) {
      if ('start' in line) await journal.start(line.start);
      else if ('done' in line) {
        await journal.start(line.done);
        await journal.done(line.done, line.id);
      } else {
        await journal.start(line.failed);
        await journal.failed(line.failed, { name: 'IntercomApiError', message: 'POST: 500' });
      }
    }
    await journal.close();
    return loadJournal(path);
  }

  it('keeps what was left; dependents name the parents created before the kill by live id', async () => {
    const { plan, providers, api, calls, world, replan } = await setup();
    const loaded = await killedJournal(plan, [
      { done: 'update:tag:vip', id: '9' },
      { done: 'create:collection:top', id: '77' },
      { done: 'create:collection:child', id: '78' },
    ]);
    // What those writes did before the process died.
    world.tag[1] = live('tag', '9', 'vip', { colour: 'red' });
    world.collection.push(live('collection', '77', 'top', {}, null));
    world.collection.push(live('collection', '78', 'child', {}, '77'));

    const resumed = resumePlan(loaded, await replan());
    expect(refs(resumed.plan)).toEqual([
      'delete:tag:8',
      'create:article:solo',
      'create:article:welcome',
    ]);
    expect(resumed.plan.summary).toEqual({ create: 2, update: 0, delete: 1 });
    expect(resumed.done).toBe(3);
    expect(resumed.settled).toEqual([]);
    expect(resumed.outside).toEqual([]);
    const welcome = resumed.plan.changes.find((c) => c.ref === 'create:article:welcome')!;
    expect(welcome.requests[0]!.body).toEqual({ name: 'welcome', parent_id: '78' });
    expect(welcome.refersTo).toEqual([{ kind: 'collection', id: '78' }]);
    expect(welcome.dependsOn).toEqual([]);

    const result = await applyPlan({ plan: resumed.plan, client: api, providers, concurrency: 1 });
    expect(result.failed).toEqual([]);
    expect(calls).toEqual(['create solo', 'create welcome in 78', 'delete 8']);
    // The interrupted plan is left as it was.
    expect(plan.changes).toHaveLength(6);
  });

  it('does not create again what an in-flight create did make', async () => {
    const { plan, providers, api, calls, world, replan } = await setup();
    const loaded = await killedJournal(plan, [
      { done: 'create:collection:top', id: '77' },
      { start: 'create:collection:child' },
    ]);
    // Intercom applied both POSTs; the second answer died with the process.
    world.collection.push(live('collection', '77', 'top', {}, null));
    world.collection.push(live('collection', '500', 'child', {}, '77'));
    const resumed = resumePlan(loaded, await replan());
    expect(refs(resumed.plan)).not.toContain('create:collection:child');
    expect(resumed.settled).toEqual(['create:collection:child']);
    await applyPlan({ plan: resumed.plan, client: api, providers, concurrency: 1 });
    expect(calls.filter((c) => c.startsWith('create'))).toEqual([
      'create solo',
      'create welcome in 500',
    ]);
    expect(world.collection.map((c) => c.name)).toEqual(['top', 'child']);
  });

  it('creates again what an in-flight or failed create did not make', async () => {
    const { plan, replan } = await setup();
    const loaded = await killedJournal(plan, [
      { failed: 'create:collection:top' },
      { start: 'create:article:solo' },
    ]);
    const resumed = resumePlan(loaded, await replan());
    expect(refs(resumed.plan)).toEqual(refs(plan));
    expect(resumed.settled).toEqual([]);
    expect(resumed.done).toBe(0);
  });

  it('counts a failed create whose answer was lost as settled: the fresh plan matches it', async () => {
    const { plan, world, replan } = await setup();
    const loaded = await killedJournal(plan, [{ failed: 'create:article:solo' }]);
    world.article.push(live('article', '321', 'solo'));
    const resumed = resumePlan(loaded, await replan());
    expect(refs(resumed.plan)).not.toContain('create:article:solo');
    expect(resumed.settled).toEqual(['create:article:solo']);
  });

  it('drops a started delete whose object is gone and re-runs one that is still there', async () => {
    const gone = await setup();
    const loaded = await killedJournal(gone.plan, [{ start: 'delete:tag:8' }]);
    gone.world.tag.splice(0, 1); // the DELETE was applied before the kill
    const resumed = resumePlan(loaded, await gone.replan());
    expect(refs(resumed.plan)).not.toContain('delete:tag:8');
    expect(resumed.settled).toEqual(['delete:tag:8']);

    const still = await setup();
    const again = resumePlan(
      await killedJournal(still.plan, [{ start: 'delete:tag:8' }]),
      await still.replan(),
    );
    expect(refs(again.plan)).toContain('delete:tag:8');
  });

  it('re-runs a started update: updates are idempotent', async () => {
    const { plan, replan } = await setup();
    const loaded = await killedJournal(plan, [{ start: 'update:tag:vip' }]);
    const resumed = resumePlan(loaded, await replan());
    expect(refs(resumed.plan)).toContain('update:tag:vip');
  });
});

describe('against the sandbox: apply, then resume until done, under faults', () => {
  let sb: Sandbox | undefined;
  afterEach(async () => {
    await sb?.close();
    sb = undefined;
  });

  // BUG (src/apply/resume-plan.ts, see test/apply/resume-plan.test.ts): a company create is
  // POST /companies and then POST /tags. When the company was made but its tag request failed,
  // the fresh plan has `update:company:newco` (the tag is missing), which resumePlan does not
  // recognise as the unfinished `create:company:newco`: it reports the create as "already in
  // place", plans nothing, and leaves the tagging outside the resume.
  it('finishes a company create whose tag request failed', async () => {
    sb = await sandbox({ rateLimit: 100_000 });
    const client = createClient({ token: 'sandbox-token', baseUrl: sb.url, sleep: async () => {} });
    const entry = {
      ensure: 'present' as const,
      protect: false,
      pos: { file: 'w.yaml', line: 1, col: 1 },
    };
    const desired = desiredWith({
      tags: [{ ...entry, name: 'vip-customer', previousNames: [] }],
      companies: [{ ...entry, companyId: 'newco', name: 'New Co', tags: ['vip-customer'] }],
    });
    const plan = await createPlan({ desired, client, providers: createProviders() });
    expect(refs(plan)).toEqual(['create:company:newco']);
    // The tag request and its one repeat both fail; the company itself was created.
    sb.failNext({ method: 'POST', path: /^\/tags$/ }, '500');
    sb.failNext({ method: 'POST', path: /^\/tags$/ }, '500');
    const path = await journalPath();
    const first = await applyPlan({
      plan,
      client,
      providers: createProviders(),
      journal: await openJournal(path, plan),
    });
    expect(first.failed.map((f) => f.change.ref)).toEqual(['create:company:newco']);
    expect(sb.state.companies.filter((c) => c.company_id === 'newco')).toHaveLength(1);

    const fresh = await createPlan({ desired, client, providers: createProviders() });
    const resumed = resumePlan(await loadJournal(path), fresh);
    expect(resumed.settled).toEqual([]);
    expect(refs(resumed.plan)).toEqual(['update:company:newco']);
  });

  it('converges through resumes with one object per declaration and a removed journal', async () => {
    sb = await sandbox({ rateLimit: 100_000 });
    const client = createClient({ token: 'sandbox-token', baseUrl: sb.url, sleep: async () => {} });
    const { desired } = await loadConfig('examples/workspace.yaml', { env: {} });
    const plan = await createPlan({ desired, client, providers: createProviders() });
    // Faults start after planning, so the seeded draws meet the same sequential requests each run.
    sb.setFaults({
      rate429: 0.1,
      rate500: 0.05,
      dropRate: 0.05,
      appliedButFailRate: 0.05,
      randomSeed: 12,
    });
    // And one change that surely fails (an update whose repeat is lost too), so the first run
    // cannot finish whatever the random draws meet.
    expect(plan.changes.some((c) => c.kind === 'article' && c.action === 'update')).toBe(true);
    sb.failNext({ method: 'PUT', path: /^\/articles\/\d+$/ }, '500');
    sb.failNext({ method: 'PUT', path: /^\/articles\/\d+$/ }, '500');
    const path = await journalPath();
    const outcomes: string[] = [];
    let result = await applyPlan({
      plan,
      client,
      providers: createProviders(),
      concurrency: 1,
      journal: await openJournal(path, plan),
    });
    outcomes.push(`${result.applied.length}/${result.failed.length}/${result.skipped.length}`);
    for (let run = 0; run < 5 && (result.failed.length > 0 || result.skipped.length > 0); run++) {
      const providers = createProviders();
      const fresh = await createPlan({ desired, client, providers });
      const remaining = resumePlan(await loadJournal(path), fresh).plan;
      result = await applyPlan({
        plan: remaining,
        client,
        providers,
        concurrency: 1,
        journal: await reopenJournal(path),
      });
      outcomes.push(`${result.applied.length}/${result.failed.length}/${result.skipped.length}`);
    }
    sb.setFaults({});
    // The first run did not finish (so resuming was exercised) and a later one did.
    expect(outcomes.length, outcomes.join(' ')).toBeGreaterThan(1);
    expect(result.failed).toEqual([]);
    expect(result.skipped).toEqual([]);
    await expect(stat(path)).rejects.toThrow(/ENOENT/);
    const writes = sb.log.filter((e) => e.method !== 'GET');
    for (const status of [0, 429, 500])
      expect(
        writes.some((e) => e.status === status),
        `a write answered ${status}`,
      ).toBe(true);

    const s = sb.state;
    const one = (values: string[], v: string) => values.filter((x) => x === v).length;
    for (const t of [
      'Welcome to Acme',
      'Finding your invoices',
      'Refund policy',
      'Connecting Slack',
    ])
      expect(
        one(
          s.articles.map((a) => a.title),
          t,
        ),
        t,
      ).toBe(1);
    for (const n of ['vip-customer', 'beta-tester', 'churn-risk'])
      expect(
        one(
          s.tags.map((x) => x.name.toLowerCase()),
          n,
        ),
        n,
      ).toBe(1);
    for (const n of ['Getting Started', 'Billing', 'Integrations'])
      expect(
        one(
          s.collections.map((c) => c.name),
          n,
        ),
        n,
      ).toBe(1);
    for (const id of ['acme-corp', 'globex', 'initech'])
      expect(
        one(
          s.companies.map((c) => c.company_id),
          id,
        ),
        id,
      ).toBe(1);
    const again = await createPlan({ desired, client, providers: createProviders() });
    expect(again.changes.map((c) => c.message)).toEqual([]);
  });
});
