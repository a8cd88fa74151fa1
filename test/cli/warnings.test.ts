// Warnings go to stderr on every command, whatever the format, so `plan > plan.txt` and
// `drift --format json | jq` still show them; one warning repeated in many articles is shown once
// with its places, and --verbose lists every place.
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { memoryIo } from '../support/memory-io.js';

const run = async (args: string[]) => {
  const io = memoryIo();
  const code = await main(args, io);
  return { code, out: io.stdout, err: io.stderr };
};

/** Five articles with the same h3 warning, against the example seed's workspace. */
function repeated(): string {
  const dir = mkdtempSync(join(tmpdir(), 'iac-warn-'));
  mkdirSync(join(dir, 'hc'));
  for (let i = 1; i <= 5; i++) {
    writeFileSync(
      join(dir, 'hc', `a${i}.md`),
      `---\ntitle: Article ${i}\nauthor: ava@acme.example\n---\n### Step ${i}\n`,
    );
  }
  const config = join(dir, 'workspace.yaml');
  writeFileSync(config, 'version: 1\narticles_dir: hc/\n');
  return config;
}

const H3 = /welcome\.md:11:1: warning: h3 heading/;

describe('warnings', () => {
  it('go to stderr, not stdout, for plan and drift in every format', async () => {
    for (const args of [
      ['plan', 'examples/workspace.yaml', '--sandbox'],
      ['plan', 'examples/workspace.yaml', '--sandbox', '--format', 'markdown'],
      ['drift', 'examples/workspace.yaml', '--sandbox'],
      ['drift', 'examples/workspace.yaml', '--sandbox', '--format', 'json'],
    ]) {
      const result = await run(args);
      expect(result.err, args.join(' ')).toMatch(H3);
      expect(result.err).toContain('1 warning');
      if (!args.includes('--format')) expect(result.out).not.toContain('warning');
    }
  });

  it('go to stderr for validate', async () => {
    const result = await run(['validate', 'examples/workspace.yaml']);
    expect(result.err).toMatch(H3);
    expect(result.out).not.toContain('warning');
  });

  it('go to stderr for export', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'iac-warn-export-'));
    const seed = join(dir, 'seed.json');
    // No admins: the sandbox makes one, so article 9's author is nobody the export can name.
    writeFileSync(
      seed,
      JSON.stringify({ articles: [{ id: '9', title: 'Orphan', author_id: 77, body: '<p>x</p>' }] }),
    );
    const result = await run(['export', '--out', join(dir, 'out'), '--sandbox-seed', seed]);
    expect(result.code).toBe(0);
    expect(result.err).toMatch(/warning: article "Orphan" \(id 9\): author 77 is not a teammate/);
    expect(result.out).not.toContain('warning');
  });

  it('show a warning repeated in many places once, and every place with --verbose', async () => {
    const config = repeated();
    const short = await run(['validate', config]);
    expect(short.code).toBe(0);
    expect(short.err).toContain(
      'warning: h3 heading will be turned into h2 by Intercom (5 places)',
    );
    expect(short.err).toContain('and 2 more (--verbose lists them all)');
    expect(short.err.match(/hint:/g)).toHaveLength(1);
    const all = await run(['validate', config, '--verbose']);
    for (let i = 1; i <= 5; i++) expect(all.err).toMatch(new RegExp(`a${i}\\.md:5:1`));
    expect(all.err).not.toContain('more');

    const plan = await run(['plan', config, '--sandbox', '--verbose']);
    expect(plan.code).toBe(0);
    expect(plan.err).toContain('(5 places)');
    expect(plan.err).toMatch(/a5\.md:5:1/);
  });
});
