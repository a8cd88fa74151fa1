// Intercom leaves companies without users out of every company list, so export cannot write them.
// It must say so in its summary (and above `companies:` in workspace.yaml), with advice that works:
// a company declared by its company_id is found by plan's look-up, not created again.
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { exportWorkspace } from '../../src/export/index.js';
import { createClient } from '../../src/intercom/create-client.js';
import { startSandbox, type Sandbox } from '../../src/sandbox/index.js';
import { cli } from '../e2e/helpers.js';

let sb: Sandbox | undefined;
afterEach(async () => {
  await sb?.close();
  sb = undefined;
});

async function setup(): Promise<{ sb: Sandbox; dir: string }> {
  sb = await startSandbox({
    seed: {
      app: { id_code: 'hid1', name: 'Hidden' },
      companies: [
        { company_id: 'acme', name: 'Acme', user_count: 1 },
        { company_id: 'ghost', name: 'Ghost', user_count: 0 },
      ],
    },
  });
  return { sb, dir: join(await mkdtemp(join(tmpdir(), 'iac-hidden-')), 'out') };
}

describe('export and companies without users', () => {
  it('says in the result and in workspace.yaml that they are not exported, and how to add one', async () => {
    const { sb, dir } = await setup();
    const client = createClient({ token: 't', baseUrl: sb.url });
    const result = await exportWorkspace({ client, outDir: dir });
    const text = await readFile(join(dir, 'workspace.yaml'), 'utf8');
    expect((parse(text) as { companies: unknown[] }).companies).toEqual([
      expect.objectContaining({ company_id: 'acme' }),
    ]);
    expect(result.notes).toEqual([
      expect.stringMatching(/^Companies without users are not in this export: .*\n$/),
    ]);
    expect(result.notes[0]).toContain('GET /companies?company_id=');
    expect(text).toMatch(/# Companies without users are not listed by Intercom.*\n.*\ncompanies:/);

    const tagsOnly = await exportWorkspace({ client, outDir: dir, kinds: ['tag'], force: true });
    expect(tagsOnly.notes).toEqual([]);
  });

  it('prints it in the CLI summary, and a company declared by company_id then plans to no change', async () => {
    const { sb, dir } = await setup();
    const run = await cli(sb, ['export', '--out', dir]);
    expect(run.code).toBe(0);
    expect(run.io.stdout).toMatch(
      /^Exported .*\b1 company\b.*\nCompanies without users are not in this export/,
    );

    const yamlPath = join(dir, 'workspace.yaml');
    const text = await readFile(yamlPath, 'utf8');
    await writeFile(yamlPath, text.replace('companies:\n', 'companies:\n  - company_id: ghost\n'));
    const planned = await cli(sb, ['plan', '-c', yamlPath]);
    expect(planned.io.stdout).toContain('No changes.');
    expect(sb.log.some((e) => e.path === '/companies' && e.query.company_id === 'ghost')).toBe(
      true,
    );
  });
});
