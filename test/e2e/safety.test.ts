// The worst things a tool like this can do: delete what someone needed, write to the wrong
// workspace, hammer the API. Each guard refuses with a clear message and sends no write.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Sandbox, SandboxSeed } from '../../src/sandbox/index.js';
import { cli, exampleCopy, sandbox, SEED } from './helpers.js';

let sb: Sandbox | undefined;
afterEach(async () => {
  await sb?.close();
  sb = undefined;
});

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
    const other = exampleCopy((y) => y.replace('${INTERCOM_WORKSPACE_ID:-acme1234}', 'other999'));
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
    const seed = seedWithTags();
    sb = await sandbox({ seed, rateLimit: 15, rateWindowMs: 400 });
    const names = Array.from({ length: 40 }, (_, i) => `paced-${i}`);
    const path = config(`version: 1\ntags:\n${names.map((n) => `  - name: ${n}`).join('\n')}\n`);
    const result = await cli(sb, ['apply', '-c', path, '--auto-approve', '--concurrency', '16']);
    expect(result.code).toBe(0);
    const limited = sb.log.filter((e) => e.status === 429).length;
    // Without pacing, 16 requests in flight against a budget of 15 per window hit 429 on most
    // windows; the pacer may lose at most the first window before it has seen any header.
    expect(limited).toBeLessThanOrEqual(2);
    expect(sb.state.tags.filter((t) => t.name.startsWith('paced-'))).toHaveLength(40);
  });
});
