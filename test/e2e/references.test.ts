// Each case here was reproduced on a configuration unlike the example: validate and plan passed,
// then apply failed half-way. References are now resolved once, at plan time, into the requests a
// change carries, so each of them is either a plan problem or a clean apply.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Sandbox } from '../../src/sandbox/index.js';
import { cli, sandbox, specViolations } from './helpers.js';

let sb: Sandbox | undefined;
afterEach(async () => {
  await sb?.close();
  sb = undefined;
});

function config(yaml: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'iac-refs-'));
  const path = join(dir, 'workspace.yaml');
  writeFileSync(path, yaml);
  return path;
}

const writes = (s: Sandbox) => s.log.filter((e) => e.method !== 'GET');

const ARTICLE = (extra = '') => `version: 1
collections:
  - name: Guides
    key: guides
articles:
  - title: Hello
    key: hello
    collection: guides
    # carol is a teammate of the workspace, but not declared under admins:
    author: carol@acme.example
    body: "<p>hi</p>"
${extra}`;

describe('references resolved at plan time', () => {
  it('applies an article whose author is a teammate not declared under admins, and a translation-only update of it', async () => {
    sb = await sandbox();
    const path = config(ARTICLE());
    const apply = await cli(sb, ['apply', '-c', path, '--auto-approve']);
    expect(apply.code, apply.io.stderr).toBe(0);
    const carol = sb.state.admins.find((a) => a.email === 'carol@acme.example')!;
    const created = sb.state.articles.find((a) => a.title === 'Hello')!;
    expect(String(created.author_id)).toBe(String(carol.id));

    writeFileSync(
      path,
      ARTICLE(`    translations:
      fr:
        title: Bonjour
        body: "<p>salut</p>"
`),
    );
    const update = await cli(sb, ['apply', '-c', path, '--auto-approve']);
    expect(update.code, update.io.stderr).toBe(0);
    const again = await cli(sb, ['plan', '-c', path, '--detailed-exitcode']);
    expect(again.code, again.io.stdout).toBe(0);
    expect(specViolations(sb)).toEqual([]);
  });

  it('shows the resolved author id and the placeholder for a collection created in the same apply', async () => {
    sb = await sandbox();
    const plan = await cli(sb, ['plan', '-c', config(ARTICLE())]);
    const carol = sb.state.admins.find((a) => a.email === 'carol@acme.example')!;
    expect(plan.io.stdout).toContain(
      `POST /articles  author_id=${carol.id} parent_id=(known after apply: create:collection:guides)`,
    );
  });

  it('refuses at plan, with the position, a translation into a locale the help center does not have', async () => {
    sb = await sandbox();
    const path = config(
      ARTICLE(`    translations:
      de:
        title: Hallo
`),
    );
    expect((await cli(sb, ['validate', '-c', path])).code).toBe(0);
    sb.resetLog();
    const plan = await cli(sb, ['apply', '-c', path, '--auto-approve']);
    expect(plan.code).toBe(1);
    expect(plan.io.stderr).toMatch(/workspace\.yaml:6:5: error: article "hello": translation "de"/);
    expect(writes(sb)).toEqual([]);
  });

  it('refuses a saved plan whose article create refers to a collection deleted since', async () => {
    sb = await sandbox();
    const billing = sb.state.collections.find((c) => c.name === 'Billing')!;
    const path = config(`version: 1
articles:
  - title: New billing article
    collection: billing
    author: ava@acme.example
collections:
  - name: Billing
    key: billing
`);
    const file = join(mkdtempSync(join(tmpdir(), 'iac-refs-')), 'plan.json');
    expect((await cli(sb, ['plan', '-c', path, '--out', file])).code).toBe(0);
    const saved = JSON.parse(readFileSync(file, 'utf8'));
    expect(saved.plan.changes[0].refersTo).toContainEqual({ kind: 'collection', id: billing.id });
    sb.state.collections = sb.state.collections.filter((c) => c.id !== billing.id);
    sb.resetLog();
    const apply = await cli(sb, ['apply', file, '--auto-approve']);
    expect(apply.code).toBe(1);
    expect(apply.io.stderr).toMatch(/refers to collection id .*deleted in Intercom/);
    expect(writes(sb)).toEqual([]);
  });

  it('resumes with the current config, after the config that made a change fail was fixed', async () => {
    sb = await sandbox();
    const path = config(ARTICLE());
    // The article create is lost three times: apply gives up on it and keeps the journal.
    for (let i = 0; i < 3; i++) sb.failNext({ method: 'POST', path: /^\/articles$/ }, 'drop');
    const failed = await cli(sb, ['apply', '-c', path, '--auto-approve']);
    expect(failed.code).toBe(1);
    expect(failed.io.stderr).toContain(`apply --resume -c ${path}`);
    expect(sb.state.articles.some((a) => a.title === 'Hello')).toBe(false);

    writeFileSync(path, ARTICLE().replace('title: Hello', 'title: Hello again'));
    const resumed = await cli(sb, ['apply', '--resume', '-c', path, '--auto-approve']);
    expect(resumed.code, resumed.io.stderr).toBe(0);
    expect(sb.state.articles.filter((a) => a.title === 'Hello again')).toHaveLength(1);
    expect(sb.state.articles.some((a) => a.title === 'Hello')).toBe(false);
    expect(sb.state.collections.filter((c) => c.name === 'Guides')).toHaveLength(1);
  });
});
