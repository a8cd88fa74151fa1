// A process killed mid-apply (SIGKILL: no cleanup, no last words) leaves its journal behind, and
// `apply --resume` finishes the job without repeating a write: the article create that was in
// flight when the process died is found, not sent again. This runs the real binary in a child
// process against the sandbox in this process, so the sandbox outlives the kill.
//
// The CLI contract this test holds the CLI to:
// - `apply -c FILE --auto-approve --concurrency 1` writes its journal to
//   `<dir of FILE>/.intercom-as-code/journal.jsonl` while it runs;
// - `apply --resume -c FILE --auto-approve --concurrency 1` plans afresh against the current
//   config, runs what the journal says is left (no tag create that was done before the kill is
//   sent again), exits 0 when all of it is applied, and removes the journal;
// - `plan -c FILE --detailed-exitcode` then exits 0: nothing left to do.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Sandbox } from '../../src/sandbox/index.js';
import { loadJournal } from '../../src/apply/journal-read.js';
import { cli, exampleCopy, sandbox } from './helpers.js';

const BIN = resolve('bin/intercom-as-code.js');
const TOKEN = 'e2e-secret-token';

let build: { ok: boolean; output: string } = { ok: false, output: 'not built' };
beforeAll(() => {
  const run = spawnSync('npm', ['run', 'build'], { encoding: 'utf8', timeout: 120_000 });
  build = { ok: run.status === 0, output: `${run.stdout}\n${run.stderr}`.trim() };
}, 130_000);

let sb: Sandbox | undefined;
let child: ChildProcess | undefined;
afterEach(async () => {
  if (child && child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  child = undefined;
  await sb?.close();
  sb = undefined;
});

interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

function start(s: Sandbox, args: string[]): { proc: ChildProcess; done: Promise<Run> } {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) if (!k.startsWith('INTERCOM_')) env[k] = v;
  Object.assign(env, { INTERCOM_API_URL: s.url, INTERCOM_TOKEN: TOKEN, NO_COLOR: '1', CI: '1' });
  const proc = spawn(process.execPath, [BIN, ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  proc.stdout!.on('data', (d: Buffer) => (stdout += d.toString()));
  proc.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  const done = new Promise<Run>((res) =>
    proc.on('close', (code, signal) => res({ code, signal, stdout, stderr })),
  );
  return { proc, done };
}

async function until(condition: () => boolean, finished: Promise<Run>, what: string) {
  let over: Run | undefined;
  void finished.then((r) => (over = r));
  const deadline = Date.now() + 20_000;
  while (!condition()) {
    if (over) throw new Error(`the apply ended before ${what}:\n${over.stdout}\n${over.stderr}`);
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 2));
  }
}

const bodyOf = (e: Sandbox['log'][number], field: string): unknown =>
  (e.body as Record<string, unknown> | undefined)?.[field];

describe('apply --resume after a kill', () => {
  it('finishes a killed apply without creating anything twice', async (ctx) => {
    if (!build.ok) ctx.skip(`npm run build failed, so bin/ cannot run:\n${build.output}`);
    sb = await sandbox({ faults: { latencyMs: 50 } });
    const s = sb;
    const config = exampleCopy();
    const journalPath = join(dirname(config), '.intercom-as-code', 'journal.jsonl');

    // 1. Kill the apply while its first article create is in flight: the sandbox has the request
    //    and will apply it after its latency, but the child never hears back.
    const first = start(s, ['apply', '-c', config, '--auto-approve', '--concurrency', '1']);
    child = first.proc;
    const articlePost = () => s.log.some((e) => e.method === 'POST' && e.path === '/articles');
    await until(articlePost, first.done, 'the first POST /articles');
    first.proc.kill('SIGKILL');
    const killed = await first.done;
    expect(killed.signal, `${killed.stdout}\n${killed.stderr}`).toBe('SIGKILL');
    await new Promise((r) => setTimeout(r, 150)); // let the sandbox finish the orphaned request
    const inFlight = s.log.find((e) => e.method === 'POST' && e.path === '/articles')!;
    expect(inFlight.status, 'the orphaned create was applied').toBe(200);

    // 2. The journal holds the plan, what was done, and the one create in flight.
    expect(existsSync(journalPath), `no journal at ${journalPath}`).toBe(true);
    const journal = await loadJournal(journalPath);
    const inFlightRefs = [...journal.started];
    expect(inFlightRefs).toHaveLength(1);
    expect(inFlightRefs[0]).toMatch(/^create:article:/);
    const tagChanges = journal.plan.changes.filter(
      (c) => c.kind === 'tag' && c.action !== 'delete',
    );
    expect(tagChanges.length).toBeGreaterThan(0);
    for (const c of tagChanges) expect(journal.done.has(c.ref), c.ref).toBe(true);
    expect(readFileSync(journalPath, 'utf8').split('\n')[0]).toMatch(/^\{"type":"plan"/);

    // 3. Resume, without latency, and only what was left is done.
    s.setFaults({});
    const before = s.log.length;
    const resumed = start(s, [
      'apply',
      '--resume',
      '-c',
      config,
      '--auto-approve',
      '--concurrency',
      '1',
    ]);
    child = resumed.proc;
    const second = await resumed.done;
    expect(second.code, `${second.stdout}\n${second.stderr}`).toBe(0);
    expect(existsSync(journalPath), 'the journal of a finished apply is removed').toBe(false);
    const during = s.log.slice(before);
    // A resume plans afresh (so a fixed config counts), and what the journal shows done is
    // already in place: none of the tag creates and renames that finished before the kill is
    // sent again (deletes run last, so the pruned tags are still to go).
    expect(
      during.filter((e) => e.method === 'GET' && e.path === '/tags'),
      'a resume reads the workspace again',
    ).toHaveLength(1);
    const tagWrites = during.filter(
      (e) => e.method === 'POST' && e.path === '/tags' && bodyOf(e, 'companies') === undefined,
    );
    expect(tagWrites.map((e) => `${e.method} ${e.path}`)).toEqual([]);

    // 4. Converged: nothing left to plan, one object per declaration, each create sent once.
    const plan = await cli(s, ['plan', '-c', config, '--detailed-exitcode']);
    expect(plan.code, plan.io.stdout + plan.io.stderr).toBe(0);
    const titles = [
      'Welcome to Acme',
      'Finding your invoices',
      'Refund policy',
      'Connecting Slack',
    ];
    for (const title of titles) {
      expect(
        s.state.articles.filter((a) => a.title === title),
        title,
      ).toHaveLength(1);
    }
    const posts = s.log.filter((e) => e.method === 'POST' && e.path === '/articles');
    const postedTitles = posts.map((e) => String(bodyOf(e, 'title')));
    expect(new Set(postedTitles).size, postedTitles.join(', ')).toBe(postedTitles.length);
    const collectionPosts = s.log
      .filter((e) => e.method === 'POST' && e.path === '/help_center/collections')
      .map((e) => String(bodyOf(e, 'name')));
    expect(new Set(collectionPosts).size, collectionPosts.join(', ')).toBe(collectionPosts.length);
    for (const name of ['Getting Started', 'Billing', 'Integrations']) {
      expect(
        s.state.collections.filter((c) => c.name === name),
        name,
      ).toHaveLength(1);
    }
    for (const name of ['vip-customer', 'beta-tester', 'churn-risk']) {
      expect(
        s.state.tags.filter((t) => t.name.toLowerCase() === name),
        name,
      ).toHaveLength(1);
    }
    for (const id of ['acme-corp', 'globex', 'initech']) {
      expect(
        s.state.companies.filter((c) => c.company_id === id),
        id,
      ).toHaveLength(1);
    }
  }, 60_000);
});
