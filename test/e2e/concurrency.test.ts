// Two applies of one config at once used to plan the same creates and make duplicates. The second
// is now refused by the lock beside the journal, before it reads anything.
import { afterEach, describe, expect, it } from 'vitest';
import type { Sandbox } from '../../src/sandbox/index.js';
import { cli, exampleCopy, sandbox } from './helpers.js';

let sb: Sandbox | undefined;
afterEach(async () => {
  await sb?.close();
  sb = undefined;
});

describe('two applies at once', () => {
  it('leaves one object per declaration: the second apply is refused by the lock', async () => {
    sb = await sandbox({ faults: { latencyMs: 5 } });
    const config = exampleCopy();
    const runs = await Promise.all([
      cli(sb, ['apply', '-c', config, '--auto-approve']),
      cli(sb, ['apply', '-c', config, '--auto-approve']),
    ]);
    const codes = runs.map((r) => r.code).sort();
    expect(codes).toEqual([0, 1]);
    const refused = runs.find((r) => r.code === 1)!;
    expect(refused.io.stderr).toMatch(/another apply is running on this config/);
    for (const name of ['vip-customer', 'beta-tester', 'churn-risk']) {
      expect(sb.state.tags.filter((t) => t.name.toLowerCase() === name)).toHaveLength(1);
    }
    const titles = sb.state.articles.map((a) => a.title);
    expect(new Set(titles).size).toBe(titles.length);
    const after = await cli(sb, ['apply', '-c', config, '--auto-approve', '--detailed-exitcode']);
    expect(after.code, 'the lock is released when an apply ends').toBe(0);
  });
});
