// Issue #5's promise, end to end through the CLI against a realistic multilingual help center
// (60 articles in nested collections, English and French, h3 headings, re-hosted images, tags on
// companies): export, then plan the export and see nothing; edit one word and see exactly one
// change with a one-line diff; rename a tag through previous_names and keep its id and companies.
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startSandbox, type Sandbox } from '../../src/sandbox/index.js';
import { helpCenterSeed } from '../support/help-center-seed.js';
import { cli, specViolations } from './helpers.js';

let sb: Sandbox | undefined;
afterEach(async () => {
  await sb?.close();
  sb = undefined;
});

async function exported(): Promise<{ sb: Sandbox; dir: string }> {
  sb = await startSandbox({ seed: helpCenterSeed() });
  const dir = join(mkdtempSync(join(tmpdir(), 'iac-export-e2e-')), 'workspace');
  const run = await cli(sb, ['export', '--out', dir]);
  expect(run.io.stderr).not.toMatch(/error/i);
  expect(run.code).toBe(0);
  expect(run.io.stdout).toMatch(/Exported .*\d+ articles/);
  return { sb, dir };
}

const plan = (s: Sandbox, dir: string) =>
  cli(s, ['plan', '-c', join(dir, 'workspace.yaml'), '--detailed-exitcode']);

/** The `-` and `+` lines of the body diffs in a text plan. */
const diffLines = (out: string, sign: '-' | '+'): string[] =>
  out
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.startsWith(`${sign}<`));

function edit(path: string, from: string, to: string): void {
  const text = readFileSync(path, 'utf8');
  expect(text).toContain(from);
  writeFileSync(path, text.replace(from, to));
}

describe('export, then plan the export', () => {
  it('shows no changes for 60 articles in two locales, nested collections and companies', async () => {
    const { sb, dir } = await exported();
    const files = readdirSync(join(dir, 'help-center'), { recursive: true }).map(String);
    expect(files.filter((f) => /\.(md|html)$/.test(f) && !/\.fr\./.test(f))).toHaveLength(60);
    expect(files).toContain(
      join('getting-started', 'setup', 'advanced-setup', 'teams-guide-2.fr.md'),
    );
    const result = await plan(sb, dir);
    expect(result.io.stderr).toBe('');
    expect(result.io.stdout).toContain('No changes.');
    expect(result.code).toBe(0);
    expect(specViolations(sb)).toEqual([]);
  });

  it('shows a one-word edit in one Markdown file as one change with a one-line body diff', async () => {
    const { sb, dir } = await exported();
    const file = join(dir, 'help-center/getting-started/setup/advanced-setup/teams-guide-2.md');
    edit(file, 'and choose _New_', 'and choose _Create_');
    const result = await plan(sb, dir);
    expect(result.code).toBe(2);
    expect(result.io.stdout).toContain('Plan: 0 to add, 1 to change, 0 to destroy.');
    expect(result.io.stdout).toMatch(
      /article "getting-started\/setup\/advanced-setup\/teams-guide-2" \(id 102\) will be updated in place/,
    );
    expect(diffLines(result.io.stdout, '-')).toEqual([
      '-<p>Open the <b>Teams</b> page and choose <i>New</i>. Article number 2.</p>',
    ]);
    expect(diffLines(result.io.stdout, '+')).toEqual([
      '+<p>Open the <b>Teams</b> page and choose <i>Create</i>. Article number 2.</p>',
    ]);
  });

  it('shows an edit to a French translation as one change of translations.fr.body', async () => {
    const { sb, dir } = await exported();
    edit(join(dir, 'help-center/security/exports-guide-9.md'), 'and choose', 'then choose');
    edit(join(dir, 'help-center/getting-started/teams-guide-20.fr.md'), 'Étape un', 'Étape une');
    const result = await plan(sb, dir);
    expect(result.io.stdout).toContain('Plan: 0 to add, 2 to change, 0 to destroy.');
    expect(result.io.stdout).toContain('translations.fr.body');
    expect(diffLines(result.io.stdout, '+')).toEqual([
      '+<h2>Étape une</h2>',
      '+<p>Open the <b>Exports</b> page then choose <i>New</i>. Article number 9.</p>',
    ]);
    const apply = await cli(sb, ['apply', '-c', join(dir, 'workspace.yaml'), '--auto-approve']);
    expect(apply.code).toBe(0);
    expect((await plan(sb, dir)).code).toBe(0);
    expect(sb.state.articles.find((a) => a.id === '120')?.translated_content?.fr?.body).toContain(
      '<h2>Étape une</h2>',
    );
    expect(specViolations(sb)).toEqual([]);
  });

  it('renames a collection and a pinned article in place, keeping their ids', async () => {
    const { sb, dir } = await exported();
    const yamlPath = join(dir, 'workspace.yaml');
    edit(yamlPath, '    name: Billing\n', '    name: Payments\n    previous_names: [Billing]\n');
    writeFileSync(yamlPath, readFileSync(yamlPath, 'utf8').replace(/\n    id: "20"\n/, '\n'));
    edit(
      join(dir, 'help-center/security/exports-guide-9.md'),
      'title: Exports guide 9',
      'title: Exporting data',
    );
    const planned = await plan(sb, dir);
    expect(planned.io.stdout).toMatch(
      /collection "billing" \(id 20\) will be renamed from "Billing"/,
    );
    expect(planned.io.stdout).toMatch(
      /article "security\/exports-guide-9" \(id 109\) will be renamed from "Exports guide 9"/,
    );
    expect(planned.io.stdout).toContain('Plan: 0 to add, 2 to change, 0 to destroy.');
    expect((await cli(sb, ['apply', '-c', yamlPath, '--auto-approve'])).code).toBe(0);
    expect(sb.state.collections.find((c) => c.id === '20')?.name).toBe('Payments');
    expect(sb.state.articles.find((a) => a.id === '109')?.title).toBe('Exporting data');
    expect((await plan(sb, dir)).code).toBe(0);
  });

  it('hints at previous_names when a retitled article without its pin would be deleted and created', async () => {
    const { sb, dir } = await exported();
    const yamlPath = join(dir, 'workspace.yaml');
    edit(yamlPath, '  articles: false', '  articles: true');
    const file = join(dir, 'help-center/security/exports-guide-9.md');
    edit(file, 'id: "109"\n', '');
    edit(file, 'title: Exports guide 9', 'title: Exporting data');
    const planned = await plan(sb, dir);
    expect(planned.io.stdout).toContain('Plan: 1 to add, 0 to change, 1 to destroy.');
    const all = planned.io.stdout + planned.io.stderr;
    expect(all).toContain(
      'article "Exporting data" will be created and "Exports guide 9" (id 109) deleted',
    );
    expect(all).toContain(
      'add previous_names: ["Exports guide 9"] (or pin id: 109) to keep its id',
    );
  });

  it('renames a tag through previous_names: same id, same companies, and nothing else changes', async () => {
    const { sb, dir } = await exported();
    const yamlPath = join(dir, 'workspace.yaml');
    edit(
      yamlPath,
      '  - name: beta\n    id: "502"',
      '  - name: early-access\n    previous_names: [beta]',
    );
    writeFileSync(
      yamlPath,
      readFileSync(yamlPath, 'utf8').replace(/^(\s+- )beta$/gm, '$1early-access'),
    );
    const before = sb.state.companies
      .filter((c) => c.tag_ids.includes('502'))
      .map((c) => c.company_id);
    expect(before.sort()).toEqual(['acme', 'initech']);

    const planned = await plan(sb, dir);
    expect(planned.io.stdout).toMatch(/tag "early-access" \(id 502\) will be renamed from "beta"/);
    expect(planned.io.stdout).toContain('Plan: 0 to add, 1 to change, 0 to destroy.');
    const apply = await cli(sb, ['apply', '-c', yamlPath, '--auto-approve']);
    expect(apply.code).toBe(0);

    expect(sb.state.tags.find((t) => t.id === '502')?.name).toBe('early-access');
    expect(sb.state.tags.filter((t) => /beta|early/.test(t.name))).toHaveLength(1);
    const after = sb.state.companies
      .filter((c) => c.tag_ids.includes('502'))
      .map((c) => c.company_id);
    expect(after.sort()).toEqual(['acme', 'initech']);
    const again = await plan(sb, dir);
    expect(again.io.stdout).toContain('No changes.');
    expect(again.code).toBe(0);
  });
});
