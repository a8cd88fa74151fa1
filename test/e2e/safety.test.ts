// The worst things a tool like this can do: delete what someone needed, write to the wrong
// workspace, hammer the API. Each guard refuses with a clear message and sends no write.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ClientOptions } from '../../src/intercom/create-client.js';
import type { IntercomClient } from '../../src/intercom/client-types.js';
import type { Sandbox, SandboxSeed } from '../../src/sandbox/index.js';
import { cli, exampleCopy, sandbox, SEED } from './helpers.js';

/**
 * The simulated time the CLI's client gets, when a test sets one: its pacer and retries then
 * read and wait on it instead of Date.now and setTimeout. Everything else about the run is real.
 */
const injected = vi.hoisted(() => ({
  time: undefined as SimulatedTime | undefined,
  /** Turns the client's pacer off, for the control run that shows what it prevents. */
  unpaced: false,
}));

vi.mock('../../src/intercom/pacer.js', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/intercom/pacer.js')>();
  class SwitchablePacer extends actual.Pacer {
    override waitMs(): number {
      return injected.unpaced ? 0 : super.waitMs();
    }
  }
  return { ...actual, Pacer: SwitchablePacer };
});

vi.mock('../../src/intercom/create-client.js', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/intercom/create-client.js')>();
  return {
    ...actual,
    createClient: (options: ClientOptions) => {
      const time = injected.time;
      if (!time) return actual.createClient(options);
      return time.track(actual.createClient({ ...options, now: time.now, sleep: time.sleep }));
    },
  };
});

let sb: Sandbox | undefined;
afterEach(async () => {
  await sb?.close();
  sb = undefined;
  injected.time = undefined;
  injected.unpaced = false;
});

/**
 * Simulated time for the pacing test, shared by the sandbox's rate-limit window and the CLI's
 * client, so the run is counted in requests, not timed: however slow or loaded the machine,
 * the same requests land in the same windows.
 *
 * Every request the sandbox serves takes `tickMs`. A client wait (pacer, retry) does not move
 * time by itself, since other calls may still be sending: time jumps to the earliest wake-up
 * only once every client call in progress is asleep and nothing has reached the sandbox for a
 * few event-loop turns. A jump that comes early (the CLI between two calls) can only move a
 * request into a fresher window, so it never adds a 429.
 */
class SimulatedTime {
  #now: number;
  #served = 0;
  #calls = 0;
  #sleepers: { wakeAt: number; wake: () => void }[] = [];
  #watching = false;
  readonly windows = new Set<number>();

  constructor(
    startMs: number,
    private readonly tickMs: number,
    private readonly windowMs: number,
  ) {
    this.#now = startMs;
  }

  readonly now = (): number => this.#now;

  /** The sandbox's clock: called with its request count, it moves time on by each new one. */
  sandboxNow(served: number): number {
    if (served > this.#served) {
      this.#now += (served - this.#served) * this.tickMs;
      this.#served = served;
      this.#wakeDue();
    }
    this.windows.add(Math.floor(this.#now / this.windowMs));
    return this.#now;
  }

  readonly sleep = (ms: number): Promise<void> =>
    new Promise((wake) => {
      this.#sleepers.push({ wakeAt: this.#now + Math.max(0, ms), wake });
      this.#wakeDue();
      void this.#watch();
    });

  /** Counts the client's calls in progress, so time knows when all of them are asleep. */
  track(client: IntercomClient): IntercomClient {
    const tracked = async <T>(call: () => Promise<T>): Promise<T> => {
      this.#calls++;
      try {
        return await call();
      } finally {
        this.#calls--;
      }
    };
    return {
      ...client,
      get: (...args) => tracked(() => client.get(...args)),
      post: (...args) => tracked(() => client.post(...args)),
      put: (...args) => tracked(() => client.put(...args)),
      delete: (...args) => tracked(() => client.delete(...args)),
      listPages: (...args) => tracked(() => client.listPages(...args)),
      scrollCompanies: () => tracked(() => client.scrollCompanies()),
    };
  }

  #wakeDue(): void {
    const due = this.#sleepers.filter((s) => s.wakeAt <= this.#now);
    this.#sleepers = this.#sleepers.filter((s) => s.wakeAt > this.#now);
    for (const s of due) s.wake();
  }

  /** While anyone sleeps: once every call is asleep and stays so, jump to the next wake-up. */
  async #watch(): Promise<void> {
    if (this.#watching) return;
    this.#watching = true;
    let quietTurns = 0;
    let served = this.#served;
    while (this.#sleepers.length > 0) {
      await new Promise((resolve) => setImmediate(resolve));
      const quiet = this.#served === served && this.#sleepers.length >= this.#calls;
      served = this.#served;
      quietTurns = quiet ? quietTurns + 1 : 0;
      if (quietTurns < IDLE_TURNS || this.#sleepers.length === 0) continue;
      this.#now = Math.max(this.#now, Math.min(...this.#sleepers.map((s) => s.wakeAt)));
      this.#wakeDue();
      quietTurns = 0;
    }
    this.#watching = false;
  }
}

/** Event-loop turns with every call asleep and no request arriving that count as idle. */
const IDLE_TURNS = 20;

/**
 * Creates 40 tags with `--concurrency 16` against a budget of 15 requests per 400 ms window,
 * on simulated time (10 ms per request), and counts what the sandbox saw.
 */
async function tagStorm(): Promise<{
  sent: number;
  limited: number;
  windows: number;
  created: number;
}> {
  await sb?.close();
  sb = undefined;
  const WINDOW_MS = 400;
  const time = new SimulatedTime(Date.UTC(2026, 0, 1), 10, WINDOW_MS);
  injected.time = time;
  let started: Sandbox | undefined;
  const s = await sandbox({
    seed: seedWithTags(),
    rateLimit: 15,
    rateWindowMs: WINDOW_MS,
    // Seeding reads the clock before any request: no time passes for it.
    now: () => time.sandboxNow(started?.log.length ?? 0),
  });
  started = sb = s;
  const names = Array.from({ length: 40 }, (_, i) => `paced-${i}`);
  const path = config(`version: 1\ntags:\n${names.map((n) => `  - name: ${n}`).join('\n')}\n`);
  const result = await cli(s, ['apply', '-c', path, '--auto-approve', '--concurrency', '16']);
  expect(result.code, result.io.stderr).toBe(0);
  return {
    sent: s.log.length,
    limited: s.log.filter((e) => e.status === 429).length,
    windows: time.windows.size,
    created: s.state.tags.filter((t) => t.name.startsWith('paced-')).length,
  };
}

const writes = (s: Sandbox) =>
  s.log.filter((e) => e.method !== 'GET' && e.path !== '/companies/list');

function config(yaml: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'iac-safety-')), 'workspace.yaml');
  writeFileSync(path, yaml);
  return path;
}

/** The example seed plus twelve more tags, so the tag kind is big enough for the threshold. */
function seedWithTags(): SandboxSeed {
  const seed = JSON.parse(readFileSync(SEED, 'utf8')) as SandboxSeed & {
    tags: { id: string; name: string }[];
  };
  for (let i = 1; i <= 12; i++) seed.tags.push({ id: String(900 + i), name: `bulk-${i}` });
  return seed;
}

describe('safety guards', () => {
  it('refuses a prune that deletes more than 30% of a kind, with the numbers, unless --force', async () => {
    sb = await sandbox({ seed: seedWithTags() });
    const keep = [
      'vip-customer',
      'beta',
      'newsletter',
      'segment-tag',
      'bulk-1',
      'bulk-2',
      'bulk-3',
      'bulk-4',
    ];
    const path = config(
      `version: 1\nprune: { tags: true }\ntags:\n${keep.map((n) => `  - name: ${n}`).join('\n')}\n`,
    );
    const refused = await cli(sb, ['apply', '-c', path, '--auto-approve']);
    expect(refused.code).toBe(1);
    // 17 live tags; 9 undeclared ones would be deleted.
    expect(refused.io.stderr).toMatch(
      /update or delete 9 of 17 existing tags \(52\.9%\), above the 30% safety threshold/,
    );
    expect(refused.io.stderr).toContain('--force');
    expect(writes(sb)).toEqual([]);

    const plan = await cli(sb, ['plan', '-c', path]);
    expect(plan.code).toBe(1);
    expect(plan.io.stdout).toContain('Plan: 0 to add, 0 to change, 9 to destroy.');

    const forced = await cli(sb, ['apply', '-c', path, '--auto-approve', '--force']);
    expect(forced.code).toBe(0);
    expect(sb.state.tags.map((t) => t.name).sort()).toEqual([...keep].sort());
  });

  it('refuses to delete a protected object, even after its entry is gone', async () => {
    sb = await sandbox();
    const absent = config(
      'version: 1\ntags:\n  - name: legacy\n    ensure: absent\n    protect: true\n',
    );
    const one = await cli(sb, ['apply', '-c', absent, '--auto-approve']);
    expect(one.code).toBe(1);
    expect(one.io.stderr).toMatch(/tag "legacy" \(id \d+\) is protected/);
    const listed = config(
      'version: 1\nprotected: [newsletter]\nprune: { tags: true }\ntags:\n  - name: vip-customer\n  - name: beta\n  - name: legacy\n  - name: segment-tag\n',
    );
    const two = await cli(sb, ['apply', '-c', listed, '--auto-approve']);
    expect(two.code).toBe(1);
    expect(two.io.stderr).toMatch(/tag "newsletter" \(id \d+\) is protected/);
    expect(writes(sb)).toEqual([]);
  });

  it('refuses another workspace or region before reading anything else', async () => {
    sb = await sandbox();
    const other = exampleCopy((y) =>
      y.replace('${INTERCOM_AS_CODE_VAR_WORKSPACE_ID:-acme1234}', 'other999'),
    );
    const wrong = await cli(sb, ['apply', '-c', other, '--auto-approve']);
    expect(wrong.code).toBe(1);
    expect(wrong.io.stderr).toMatch(
      /belongs to workspace "acme1234", but the configuration is for "other999"/,
    );
    expect(sb.log.map((e) => `${e.method} ${e.path}`)).toEqual(['GET /me']);

    sb.resetLog();
    const eu = exampleCopy((y) => y.replace('region: us', 'region: eu'));
    const region = await cli(sb, ['plan', '-c', eu]);
    expect(region.code).toBe(1);
    expect(region.io.stderr).toMatch(/region "us", but the configuration says "eu"/);
    expect(sb.log.map((e) => `${e.method} ${e.path}`)).toEqual(['GET /me']);
  });

  it('stays clear of 429 storms at high concurrency by pacing on the rate-limit headers', async () => {
    const paced = await tagStorm();
    expect(paced.created).toBe(40);
    // The 40 creates and the reads before them need several windows of 15 ...
    expect(paced.windows).toBeGreaterThanOrEqual(Math.ceil(paced.sent / 15));
    // ... and the pacer waits each one out instead of running into its 429.
    expect(paced.limited).toBe(0);

    // The control: the same run with the pacer off overdraws the budget (and recovers through
    // its retries), so the count above is the pacer's doing.
    injected.unpaced = true;
    const unpaced = await tagStorm();
    expect(unpaced.created).toBe(40);
    expect(unpaced.limited).toBeGreaterThanOrEqual(1);
  });
});
