// Issue #4's acceptance run, as the GitHub workflows do it: plan to a file and post Markdown on
// the pull request, apply that file on merge, then the nightly drift job finds nothing.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { afterEach, describe, expect, it } from 'vitest';
import type { Sandbox } from '../../src/sandbox/index.js';
import { cli, exampleCopy, sandbox } from './helpers.js';

let sb: Sandbox | undefined;
afterEach(async () => {
  await sb?.close();
  sb = undefined;
});

describe('the pull-request workflow against the sandbox', () => {
  it('plans to a file with a Markdown comment, applies the file, and drift then reports nothing', async () => {
    sb = await sandbox();
    const config = exampleCopy();
    const file = join(mkdtempSync(join(tmpdir(), 'iac-pr-')), 'plan.json');

    const pr = await cli(sb, [
      'plan',
      '-c',
      config,
      '--out',
      file,
      '--format',
      'markdown',
      '--detailed-exitcode',
    ]);
    expect(pr.code).toBe(2);
    const comment = pr.io.stdout;
    expect(comment.startsWith('<!-- intercom-as-code-plan -->')).toBe(true);
    expect(comment.indexOf('|')).toBeLessThan(comment.indexOf('<details>'));
    expect(comment).toMatch(/<details>[\s\S]*tag[\s\S]*legacy/);
    expect(comment.length).toBeLessThan(65_536);

    const merge = await cli(sb, ['apply', file, '--auto-approve']);
    expect(merge.code).toBe(0);

    const nightly = await cli(sb, ['drift', '-c', config, '--format', 'json']);
    expect(nightly.code).toBe(0);
    const report = JSON.parse(nightly.io.stdout) as {
      kind: string;
      has_changes: boolean;
      changes: unknown[];
    };
    const ajv = new Ajv2020.default({ allErrors: true });
    addFormats.default(ajv);
    const validate = ajv.compile(
      JSON.parse(readFileSync('schema/plan.schema.json', 'utf8')) as object,
    );
    expect(validate(report), JSON.stringify(validate.errors)).toBe(true);
    expect(report).toMatchObject({ kind: 'drift', has_changes: false, changes: [] });

    // Someone edits a collection in the Intercom UI: the next nightly run reports drift.
    sb.state.collections.find((c) => c.name === 'Billing')!.description = 'edited in the UI';
    const drifted = await cli(sb, ['drift', '-c', config, '--format', 'markdown']);
    expect(drifted.code).toBe(2);
    expect(drifted.io.stdout).toContain('billing');
  });
});
