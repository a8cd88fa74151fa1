// The pull-request workflow: plan to a file, apply that file on merge, and refuse (naming the
// object) when someone changed an object in Intercom in between.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Sandbox } from '../../src/sandbox/index.js';
import { cli, exampleCopy, sandbox } from './helpers.js';
import { hashPlan } from '../../src/planner/saved-plan.js';

let sb: Sandbox | undefined;
afterEach(async () => {
  await sb?.close();
  sb = undefined;
});

const planFile = (): string => join(mkdtempSync(join(tmpdir(), 'iac-plan-')), 'plan.json');
const writes = (s: Sandbox) =>
  s.log.filter((e) => e.method !== 'GET' && e.path !== '/companies/list');

describe('plan --out, then apply FILE', () => {
  it('applies exactly the saved plan, and the workspace converges', async () => {
    sb = await sandbox();
    const config = exampleCopy();
    const file = planFile();
    const plan = await cli(sb, ['plan', '-c', config, '--out', file]);
    expect(plan.code).toBe(0);
    const text = readFileSync(file, 'utf8');
    expect(JSON.parse(text)).toMatchObject({ format_version: '2.0' });
    expect(text).not.toContain('e2e-secret-token');

    const apply = await cli(sb, ['apply', file, '--auto-approve', '--detailed-exitcode']);
    expect(apply.io.stdout).toContain('Apply complete: 21 applied.');
    expect(apply.code).toBe(2);
    const again = await cli(sb, ['plan', '-c', config, '--detailed-exitcode']);
    expect(again.code).toBe(0);
    const nothing = await cli(sb, ['apply', '-c', config, '--auto-approve', '--detailed-exitcode']);
    expect(nothing.code).toBe(0);
  });

  it('refuses, naming the object, when it changed in Intercom since the plan; skip applies the rest', async () => {
    sb = await sandbox();
    const config = exampleCopy();
    const file = planFile();
    expect((await cli(sb, ['plan', '-c', config, '--out', file])).code).toBe(0);
    sb.state.collections.find((c) => c.name === 'Getting Started')!.description =
      'edited in the UI';
    sb.resetLog();

    const refused = await cli(sb, ['apply', file, '--auto-approve']);
    expect(refused.code).toBe(1);
    expect(refused.io.stderr).toMatch(/conflict: collection "getting-started": .*description/);
    expect(refused.io.stderr).toMatch(/1 object changed in Intercom since/);
    expect(writes(sb)).toEqual([]);

    const skipped = await cli(sb, ['apply', file, '--auto-approve', '--on-conflict', 'skip']);
    expect(skipped.code).toBe(0);
    expect(skipped.io.stderr).toMatch(/skipped: update:collection:getting-started/);
    expect(sb.state.collections.find((c) => c.name === 'Getting Started')!.description).toBe(
      'edited in the UI',
    );
    expect(sb.state.tags.some((t) => t.name === 'churn-risk')).toBe(true);
  });

  it('refuses a plan whose configuration changed since, and a corrupted or future plan file', async () => {
    sb = await sandbox();
    const config = exampleCopy();
    const file = planFile();
    expect((await cli(sb, ['plan', '-c', config, '--out', file])).code).toBe(0);
    writeFileSync(config, readFileSync(config, 'utf8').replace('size: 250', 'size: 251'));
    sb.resetLog();
    const changed = await cli(sb, ['apply', file, '--auto-approve']);
    expect(changed.code).toBe(1);
    expect(changed.io.stderr).toMatch(/configuration changed since/);
    expect(writes(sb)).toEqual([]);

    const future = planFile();
    writeFileSync(
      future,
      readFileSync(file, 'utf8').replace('"format_version": "2.0"', '"format_version": "3.0"'),
    );
    const newer = await cli(sb, ['apply', future, '--auto-approve']);
    expect(newer.code).toBe(1);
    expect(newer.io.stderr).toMatch(/newer/);

    // A request edited by hand (a body swapped) is refused before anything is sent.
    const edited = planFile();
    const saved = JSON.parse(readFileSync(file, 'utf8'));
    const put = saved.plan.changes.find((c: { requests: { body?: object }[] }) =>
      c.requests.some((r) => r.body !== undefined),
    );
    put.requests.find((r: { body?: object }) => r.body !== undefined).body.name = 'pwned';
    writeFileSync(edited, JSON.stringify(saved));
    const tampered = await cli(sb, ['apply', edited, '--auto-approve']);
    expect(tampered.code).toBe(1);
    expect(tampered.io.stderr).toMatch(/edited/);

    const broken = planFile();
    writeFileSync(broken, readFileSync(file, 'utf8').slice(0, 200));
    const corrupt = await cli(sb, ['apply', broken, '--auto-approve']);
    expect(corrupt.code).toBe(1);
    expect(corrupt.io.stderr).toMatch(/JSON|corrupt/i);
    expect(writes(sb)).toEqual([]);
  });

  it('refuses an edited plan even when its hash was made again: apply runs only a plan it can make now', async () => {
    sb = await sandbox();
    const config = exampleCopy();
    const file = planFile();
    expect((await cli(sb, ['plan', '-c', config, '--out', file])).code).toBe(0);
    const saved = JSON.parse(readFileSync(file, 'utf8'));
    const update = saved.plan.changes.find(
      (c: { action: string; kind: string }) => c.action === 'update' && c.kind === 'collection',
    );
    // An update turned into a delete of a declared object, and an extra delete inserted.
    Object.assign(update, {
      action: 'delete',
      ref: `delete:collection:${update.id}`,
      reason: 'prune',
      requests: [{ method: 'DELETE', path: `/help_center/collections/${update.id}` }],
    });
    const victim = sb.state.tags[0]!;
    saved.plan.changes.push({
      ...update,
      kind: 'tag',
      key: victim.name,
      id: victim.id,
      ref: `delete:tag:${victim.id}`,
      requests: [{ method: 'DELETE', path: `/tags/${victim.id}` }],
      refersTo: [],
    });
    saved.plan_sha256 = hashPlan(saved.plan);
    writeFileSync(file, JSON.stringify(saved));
    sb.resetLog();
    const apply = await cli(sb, ['apply', file, '--auto-approve']);
    expect(apply.code).toBe(1);
    expect(writes(sb)).toEqual([]);

    // The subtlest edit: one body swapped in a request, every object as it was.
    expect((await cli(sb, ['plan', '-c', config, '--out', file])).code).toBe(0);
    const again = JSON.parse(readFileSync(file, 'utf8'));
    const put = again.plan.changes.find((c: { requests: { method: string }[] }) =>
      c.requests.some((r) => r.method === 'PUT'),
    );
    const request = put.requests.find((r: { method: string }) => r.method === 'PUT');
    request.body = { ...request.body, description: 'rewritten by a pull request' };
    again.plan_sha256 = hashPlan(again.plan);
    writeFileSync(file, JSON.stringify(again));
    const swapped = await cli(sb, ['apply', file, '--auto-approve']);
    expect(swapped.code).toBe(1);
    expect(swapped.io.stderr).toMatch(/not what a plan made now would do/);
    expect(swapped.io.stderr).toContain(`${put.ref} would send other requests now`);
    expect(writes(sb)).toEqual([]);
  });
});
