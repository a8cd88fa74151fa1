// The exit codes are a contract with CI scripts. Each row below is produced for real against the
// sandbox, and the README's exit-code table must list the same codes per command.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Sandbox } from '../../src/sandbox/index.js';
import { main } from '../../src/cli/main.js';
import { memoryIo } from '../support/memory-io.js';
import { cli, exampleCopy, sandbox } from '../e2e/helpers.js';

let sb: Sandbox;
beforeAll(async () => {
  sb = await sandbox();
});
afterAll(async () => sb.close());

const invalid = () => exampleCopy((y) => y.replace('size: 250', 'size: lots'));
const fresh = async () => {
  await sb.close();
  sb = await sandbox();
};

type Row = { command: string; code: number; when: string; run: () => Promise<number> };
const rows: Row[] = [
  {
    command: 'validate',
    code: 0,
    when: 'valid',
    run: async () => (await cli(sb, ['validate', '-c', exampleCopy()])).code,
  },
  {
    command: 'validate',
    code: 3,
    when: 'invalid configuration',
    run: async () => (await cli(sb, ['validate', '-c', invalid()])).code,
  },
  {
    command: 'plan',
    code: 0,
    when: 'success',
    run: async () => (await cli(sb, ['plan', '-c', exampleCopy()])).code,
  },
  {
    command: 'plan',
    code: 2,
    when: 'changes (--detailed-exitcode)',
    run: async () => (await cli(sb, ['plan', '-c', exampleCopy(), '--detailed-exitcode'])).code,
  },
  {
    command: 'plan',
    code: 3,
    when: 'invalid configuration',
    run: async () => (await cli(sb, ['plan', '-c', invalid()])).code,
  },
  {
    command: 'plan',
    code: 1,
    when: 'error',
    run: async () =>
      main(
        ['plan', '-c', exampleCopy()],
        memoryIo({ env: { INTERCOM_API_URL: 'http://127.0.0.1:9', INTERCOM_TOKEN: 't' } }),
      ),
  },
  {
    command: 'drift',
    code: 2,
    when: 'drift',
    run: async () => (await cli(sb, ['drift', '-c', exampleCopy()])).code,
  },
  {
    command: 'drift',
    code: 3,
    when: 'invalid configuration',
    run: async () => (await cli(sb, ['drift', '-c', invalid()])).code,
  },
  {
    command: 'apply',
    code: 3,
    when: 'invalid configuration',
    run: async () => (await cli(sb, ['apply', '-c', invalid(), '--auto-approve'])).code,
  },
  {
    command: 'apply',
    code: 1,
    when: 'no terminal and no --auto-approve',
    run: async () => (await cli(sb, ['apply', '-c', exampleCopy()])).code,
  },
  {
    command: 'apply',
    code: 2,
    when: 'changes applied (--detailed-exitcode)',
    run: async () => {
      await fresh();
      return (
        await cli(sb, ['apply', '-c', exampleCopy(), '--auto-approve', '--detailed-exitcode'])
      ).code;
    },
  },
  {
    command: 'apply',
    code: 0,
    when: 'nothing to do',
    run: async () =>
      (await cli(sb, ['apply', '-c', exampleCopy(), '--auto-approve', '--detailed-exitcode'])).code,
  },
  {
    command: 'drift',
    code: 0,
    when: 'in sync',
    run: async () => (await cli(sb, ['drift', '-c', exampleCopy()])).code,
  },
  {
    command: 'plan',
    code: 0,
    when: 'no changes (--detailed-exitcode)',
    run: async () => (await cli(sb, ['plan', '-c', exampleCopy(), '--detailed-exitcode'])).code,
  },
];

describe('exit codes', () => {
  // Sequential on purpose: the later rows depend on the apply before them.
  it.each(rows)('$command exits $code: $when', async ({ run, code }) => {
    expect(await run()).toBe(code);
  });

  it('the README lists every code each command can return', () => {
    const readme = readFileSync('README.md', 'utf8');
    const table = readme.slice(readme.indexOf('| command | 0 | 1 | 2 | 3 |'));
    for (const command of new Set(rows.map((r) => r.command))) {
      const line = table.split('\n').find((l) => l.startsWith(`| \`${command}\` |`));
      expect(line, `README row for ${command}`).toBeDefined();
      const cells = line!
        .split('|')
        .slice(2, 6)
        .map((c) => c.trim());
      for (const r of rows.filter((x) => x.command === command)) {
        expect(cells[r.code], `${command} ${r.code}`).not.toBe('—');
      }
    }
  });
});
