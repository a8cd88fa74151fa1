// --sandbox-state and --sandbox-seed each imply --sandbox, so none of these runs has a token: a
// run that went to Intercom instead would fail for want of INTERCOM_TOKEN.
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { memoryIo } from '../support/memory-io.js';
import { exampleCopy } from '../e2e/helpers.js';

const run = async (args: string[]) => {
  const io = memoryIo();
  const code = await main(args, io);
  return { code, out: io.stdout, err: io.stderr };
};

function customSeed(dir: string): string {
  const path = join(dir, 'seed.json');
  writeFileSync(
    path,
    JSON.stringify({
      app: { id_code: 'acme1234' },
      admins: [{ id: '1', name: 'Ann', email: 'ann@acme.example' }],
      tags: [{ id: '7', name: 'only-in-custom-seed' }],
    }),
  );
  return path;
}

describe('--sandbox-state', () => {
  it('implies --sandbox and keeps the data between runs: apply a config given alone, then plan sees no changes', async () => {
    const config = exampleCopy();
    const state = join(mkdtempSync(join(tmpdir(), 'iac-state-')), 'state.json');
    const applied = await run(['apply', config, '--sandbox-state', state, '--auto-approve']);
    expect(applied.err).not.toContain('INTERCOM_TOKEN');
    expect(applied.code).toBe(0);
    expect(existsSync(state)).toBe(true);
    const again = await run(['plan', config, '--sandbox-state', state, '--detailed-exitcode']);
    expect(again.out).toContain('No changes.');
    expect(again.code).toBe(0);
  });
});

describe('--sandbox-seed', () => {
  const dir = mkdtempSync(join(tmpdir(), 'iac-seed-'));
  const seed = customSeed(dir);
  const config = join(dir, 'workspace.yaml');
  writeFileSync(config, 'version: 1\nworkspace: { id: acme1234 }\ntags:\n  - name: hello\n');

  it('starts plan and drift from the seed given, not the example seed', async () => {
    const plan = await run(['plan', config, '--sandbox-seed', seed]);
    expect(plan.code).toBe(0);
    expect(plan.out).toContain('+ tag "hello"');
    expect(plan.out).toMatch(/Unmanaged[\s\S]*tag "only-in-custom-seed" \(id 7\)/);
    expect(plan.out).not.toContain('newsletter');
    const drift = await run(['drift', '-c', config, '--sandbox-seed', seed]);
    expect(drift.code).toBe(2);
    expect(drift.out).toContain('only-in-custom-seed');
  });

  it('seeds apply (with a state file) and export', async () => {
    const state = join(dir, 'state.json');
    const apply = await run([
      'apply',
      config,
      '--sandbox-seed',
      seed,
      '--sandbox-state',
      state,
      '--auto-approve',
    ]);
    expect(apply.code).toBe(0);
    const saved = readFileSync(state, 'utf8');
    expect(saved).toContain('only-in-custom-seed');
    expect(saved).toContain('"hello"');
    const out = join(dir, 'export');
    const exported = await run(['export', '--out', out, '--sandbox-seed', seed]);
    expect(exported.code).toBe(0);
    expect(readFileSync(join(out, 'workspace.yaml'), 'utf8')).toContain('only-in-custom-seed');
  });

  it('names a seed file that cannot be read', async () => {
    const missing = await run(['plan', config, '--sandbox-seed', join(dir, 'nope.json')]);
    expect(missing.code).toBe(1);
    expect(missing.err).toMatch(/cannot read sandbox seed .*nope\.json/);
  });
});
