// exportWorkspace against the sandbox: which files it writes and what they say, which folders it
// agrees to write into, and the events a progress display receives.
import { mkdir, mkdtemp, readFile, readdir, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { exportWorkspace, parseKinds, type ExportEvent } from '../../src/export/index.js';
import { splitFrontMatter } from '../../src/config/front-matter.js';
import { createClient } from '../../src/intercom/create-client.js';
import { startSandbox, type Sandbox, type SandboxSeed } from '../../src/sandbox/index.js';
import { UserError } from '../../src/errors/user-error.js';

const seed: SandboxSeed = {
  app: { id_code: 'small1', name: 'Small' },
  admins: [
    {
      id: '1',
      name: 'Ann',
      email: 'Ann@Small.example',
      away_mode_enabled: true,
      away_status_reason_id: 1,
    },
    { id: '2', name: 'Bo', email: 'bo@small.example' },
  ],
  away_status_reasons: [{ id: '1', label: 'On holiday' }],
  tags: [
    { id: '7', name: 'vip' },
    { id: '8', name: 'beta' },
  ],
  help_center: { locales: ['en', 'fr'] },
  collections: [
    { id: '10', name: 'Billing', description: 'Money' },
    { id: '11', name: 'FAQ', parent_id: '10' },
    { id: '20', name: 'Integrations' },
    { id: '21', name: 'FAQ', parent_id: '20', translated_content: { fr: { name: 'FAQ' } } },
  ],
  articles: [
    {
      id: '31',
      title: 'Refunds: how?',
      author_id: 1,
      state: 'published',
      parent_id: '11',
      body: '<h3>Within</h3><p>30 <b>days</b>.</p>',
      translated_content: { fr: { title: 'Remboursements', body: '<p>Sous 30 jours.</p>' } },
    },
    { id: '32', title: 'Refunds: how?', author_id: 2, parent_id: '11', body: '<p>Again</p>' },
    { id: '33', title: 'Standalone', author_id: 9, body: '<p>Whitespace <b>in </b>bold</p>' },
  ],
  companies: [
    {
      company_id: 'acme',
      name: 'Acme',
      plan: 'Pro',
      user_count: 1,
      custom_attributes: { region: 'EMEA' },
      tags: ['vip'],
    },
  ],
};

const open: Sandbox[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((s) => s.close()));
});

async function setup(): Promise<{ client: ReturnType<typeof createClient>; dir: string }> {
  const sb = await startSandbox({
    seed: {
      ...seed,
      admins: [...seed.admins!, { id: '9', name: 'Gone', email: 'gone@small.example' }],
    },
  });
  open.push(sb);
  sb.state.admins = sb.state.admins.filter((a) => a.id !== '9');
  const dir = join(await mkdtemp(join(tmpdir(), 'iac-export-')), 'out');
  return { client: createClient({ token: 't', baseUrl: sb.url }), dir };
}

const frontMatter = async (path: string): Promise<Record<string, unknown>> => {
  const split = splitFrontMatter(await readFile(path, 'utf8'));
  if (split.kind !== 'ok') throw new Error(`no front matter in ${path}`);
  return parse(split.yaml) as Record<string, unknown>;
};

describe('exportWorkspace', () => {
  it('writes workspace.yaml and one file per article in its collection folder, with events', async () => {
    const { client, dir } = await setup();
    const events: ExportEvent[] = [];
    const result = await exportWorkspace({ client, outDir: dir, onEvent: (e) => events.push(e) });
    expect(result.files).toEqual([
      'workspace.yaml',
      'help-center/billing/faq/refunds-how.md',
      'help-center/billing/faq/refunds-how.fr.md',
      'help-center/billing/faq/refunds-how-2.md',
      'help-center/standalone.html',
    ]);
    expect(result.htmlBodies).toEqual(['help-center/standalone.html']);
    expect(result.counts).toEqual({ tag: 2, collection: 4, article: 3, company: 1, admin: 2 });
    expect(result.warnings.map((w) => w.message)).toEqual([
      'article "Standalone" (id 33): author 9 is not a teammate any more',
    ]);
    expect(
      events
        .filter((e) => e.type === 'read')
        .map((e) => e.type === 'read' && e.kind)
        .sort(),
    ).toEqual(['admin', 'article', 'collection', 'company', 'tag']);
    expect(events.slice(-7)).toEqual([
      { type: 'writing', total: 5 },
      ...result.files.map((path) => ({ type: 'write', path })),
      { type: 'done', files: 5 },
    ]);

    const text = await readFile(join(dir, 'workspace.yaml'), 'utf8');
    expect(text.split('\n')[0]).toMatch(
      /^# yaml-language-server: \$schema=.*schema\/workspace\.schema\.json$/,
    );
    expect(parse(text)).toEqual({
      version: 1,
      workspace: { region: 'us', id: 'small1' },
      prune: { tags: false, collections: false, articles: false, companies: false },
      tags: [
        { name: 'beta', id: '8' },
        { name: 'vip', id: '7' },
      ],
      collections: [
        { key: 'billing', name: 'Billing', id: '10', description: 'Money', parent: null },
        { key: 'faq', name: 'FAQ', id: '11', description: null, parent: 'billing' },
        { key: 'integrations', name: 'Integrations', id: '20', description: null, parent: null },
        {
          key: 'integrations-faq',
          name: 'FAQ',
          id: '21',
          description: null,
          parent: 'integrations',
          translations: { fr: { name: 'FAQ', description: null } },
        },
      ],
      articles_dir: 'help-center/',
      companies: [
        {
          company_id: 'acme',
          id: expect.stringMatching(/^[0-9a-f]{24}$/),
          name: 'Acme',
          plan: 'Pro',
          monthly_spend: 0,
          custom_attributes: { region: 'EMEA' },
          tags: ['vip'],
        },
      ],
      admins: [
        { email: 'Ann@Small.example', id: '1', away: true, reassign: false, reason: 'On holiday' },
        { email: 'bo@small.example', id: '2', away: false, reassign: false },
      ],
    });

    expect(await frontMatter(join(dir, 'help-center/billing/faq/refunds-how.md'))).toEqual({
      id: '31',
      title: 'Refunds: how?',
      description: null,
      author: 'ann@small.example',
      state: 'published',
      translations: {
        fr: { title: 'Remboursements', description: null, body_file: 'refunds-how.fr.md' },
      },
    });
    expect(await readFile(join(dir, 'help-center/billing/faq/refunds-how.md'), 'utf8')).toMatch(
      /\n---\n\n## Within\n\n30 \*\*days\*\*\.\n$/,
    );
    expect(await readFile(join(dir, 'help-center/billing/faq/refunds-how.fr.md'), 'utf8')).toBe(
      'Sous 30 jours.\n',
    );
    expect(await frontMatter(join(dir, 'help-center/standalone.html'))).toMatchObject({
      author: 'admin-9@unknown.invalid',
    });
  });

  it('exports only the kinds asked for, leaving out references to kinds not exported', async () => {
    const { client, dir } = await setup();
    const result = await exportWorkspace({
      client,
      outDir: dir,
      kinds: parseKinds('companies,admins'),
    });
    expect(result.files).toEqual(['workspace.yaml']);
    const doc = parse(await readFile(join(dir, 'workspace.yaml'), 'utf8')) as Record<
      string,
      unknown
    >;
    expect(Object.keys(doc)).toEqual(['version', 'workspace', 'prune', 'companies', 'admins']);
    expect(doc['companies']).toEqual([expect.not.objectContaining({ tags: expect.anything() })]);
  });

  it('refuses a folder with other files, unless forced; replaces a previous export', async () => {
    const { client, dir } = await setup();
    await mkdir(dir, { recursive: true });
    await writeFile(join(dir, 'notes.txt'), 'mine');
    await expect(exportWorkspace({ client, outDir: dir })).rejects.toThrow(UserError);
    expect(await readdir(dir)).toEqual(['notes.txt']);
    await exportWorkspace({ client, outDir: dir, force: true });

    const again = join(dir, '..', 'again');
    await exportWorkspace({ client, outDir: again });
    await writeFile(join(again, 'help-center/billing/faq/deleted-in-intercom.md'), '---\n---\n');
    await writeFile(join(again, '.gitignore'), 'x');
    await exportWorkspace({ client, outDir: again });
    const faq = await readdir(join(again, 'help-center/billing/faq'));
    expect(faq.sort()).toEqual(['refunds-how-2.md', 'refunds-how.fr.md', 'refunds-how.md']);
  });

  it('never writes through a symbolic link that leads outside the folder', async () => {
    const { client, dir } = await setup();
    const outside = await mkdtemp(join(tmpdir(), 'iac-outside-'));
    await mkdir(join(dir, 'help-center'), { recursive: true });
    await writeFile(join(dir, 'workspace.yaml'), '# Exported by intercom-as-code\n');
    await symlink(outside, join(dir, 'help-center', 'billing'));
    await expect(exportWorkspace({ client, outDir: dir })).rejects.toThrow(/leads outside/);
    expect(await readdir(outside)).toEqual([]);
  });
});

describe('parseKinds', () => {
  it('accepts plural and singular names in any order, and suggests a fix for a typo', () => {
    expect(parseKinds('articles, tag,companies')).toEqual(['tag', 'article', 'company']);
    expect(() => parseKinds('tgs')).toThrow(/unknown kind "tgs"/);
    expect(() => parseKinds('tgs')).toThrow(UserError);
    expect(() => parseKinds(' , ')).toThrow(/names no kind/);
  });
});
