// The acceptance list: each broken copy of the example exits 3 and names its line.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { memoryIo } from '../support/memory-io.js';

const example = readFileSync('examples/workspace.yaml', 'utf8');
const lineOf = (text: string, needle: string): number =>
  text.split('\n').findIndex((l) => l.includes(needle)) + 1;

function brokenCopy(edit: (yaml: string) => string): { path: string; yaml: string } {
  const dir = mkdtempSync(join(tmpdir(), 'iac-validate-'));
  cpSync('examples/help-center', join(dir, 'help-center'), { recursive: true });
  const yaml = edit(example);
  const path = join(dir, 'workspace.yaml');
  writeFileSync(path, yaml);
  return { path, yaml };
}

const cases: { name: string; edit: (y: string) => string; needle: string; message: RegExp }[] = [
  {
    name: 'an unknown key',
    edit: (y) => y.replace('    state: draft', '    stat: draft'),
    needle: 'stat: draft',
    message: /unknown key `stat`/,
  },
  {
    name: 'a wrong type',
    edit: (y) => y.replace('size: 250', 'size: lots'),
    needle: 'size: lots',
    message: /`size` must be an integer/,
  },
  {
    name: 'a dangling collection reference',
    edit: (y) => y.replace('collection: integrations', 'collection: integration'),
    needle: 'collection: integration',
    message: /integration/,
  },
  {
    name: 'a duplicate tag',
    edit: (y) => y.replace('  - name: churn-risk', '  - name: Beta-Tester'),
    needle: 'name: Beta-Tester',
    message: /[Dd]uplicate/,
  },
  {
    name: 'a YAML syntax error',
    edit: (y) => y.replace('    name: Billing', '    name: [Billing'),
    needle: 'name: [Billing',
    message: /./,
  },
  {
    name: 'an unset variable',
    edit: (y) => y.replace('industry: Manufacturing', 'industry: ${IAC_TEST_UNSET_VAR}'),
    needle: 'IAC_TEST_UNSET_VAR',
    message: /IAC_TEST_UNSET_VAR/,
  },
  {
    name: 'a missing body file',
    edit: (y) => y.replace('help-center/slack.html', 'help-center/missing.html'),
    needle: 'missing.html',
    message: /missing\.html/,
  },
];

describe('validate on broken copies of the example', () => {
  it.each(cases)('$name exits 3 with its line', async ({ edit, needle, message }) => {
    const { path, yaml } = brokenCopy(edit);
    const io = memoryIo();
    expect(await main(['validate', '-c', path], io)).toBe(3);
    expect(io.stderr).toMatch(message);
    // Every problem names the line it is on (a syntax error may be reported a line later,
    // where the parser gives up, so that case only checks that a position is given).
    const line = lineOf(yaml, needle);
    if (needle === 'name: [Billing') expect(io.stderr).toMatch(/workspace\.yaml:\d+:\d+: error/);
    else expect(io.stderr).toContain(`workspace.yaml:${line}:`);
    expect(io.stdout).toBe('');
  });

  it('reports every problem of a file with several at once', async () => {
    const { path } = brokenCopy((y) => cases.slice(0, 4).reduce((acc, c) => c.edit(acc), y));
    const io = memoryIo();
    expect(await main(['validate', '-c', path], io)).toBe(3);
    expect((io.stderr.match(/: error: /g) ?? []).length).toBeGreaterThanOrEqual(4);
  });
});
