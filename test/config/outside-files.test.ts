// A pull request controls every path the config names, and what is read is shown in the public
// plan, so no body file, translation body or articles_dir file may resolve outside the repository
// (or the config's folder outside git): not by `../`, an absolute path or a symlink.
import { mkdir, symlink } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/index.js';
import type { Problem } from '../../src/errors/problem.js';
import { failures, tempDir, yaml, type Files } from './helpers.js';

const SECRET = 'ssh-ed25519 AAAA-the-private-key';
const FRONT = '---\ntitle: A\nauthor: a@acme.example\n---\n';
const article = (...fields: string[]): string =>
  yaml('version: 1', 'articles:', '  - title: A', '    author: a@acme.example', ...fields);

/**
 * `secret.md` and `secrets/` beside `repo/`, which holds the config and `files`; each link is
 * made at `repo/<name>` and points at `<target>` resolved from the temp dir.
 */
async function setup(files: Files, links: Record<string, string> = {}) {
  const top = await tempDir({
    'secret.md': SECRET,
    'secrets/key.md': FRONT + SECRET,
    ...Object.fromEntries(Object.entries(files).map(([name, text]) => [`repo/${name}`, text])),
  });
  for (const [name, target] of Object.entries(links)) {
    await mkdir(dirname(join(top, 'repo', name)), { recursive: true });
    await symlink(join(top, target), join(top, 'repo', name));
  }
  return { top, config: join(top, 'repo', 'workspace.yaml') };
}

const where = (p: Problem): string =>
  `${p.pos?.file.replace(/^.*\/repo\//, '')}:${p.pos?.line}:${p.pos?.col}`;

/** Every problem as [position, message]; none may carry the outside file's content. */
async function refusals(config: string): Promise<[string, string][]> {
  const problems = await failures(config);
  expect(JSON.stringify(problems)).not.toContain(SECRET);
  for (const p of problems) expect(p.hint).toMatch(/only files under \S*repo are read/);
  return problems.map((p) => [where(p), p.message]);
}

describe('files outside the config folder are refused at their position', () => {
  it.each([
    { name: 'a `../` body_file', body: '../secret.md' },
    { name: 'a symlink to a file outside', body: 'link.md' },
    { name: 'a path through a symlinked folder', body: 'up/secret.md' },
  ])('$name', async ({ body }) => {
    const { config } = await setup(
      { 'workspace.yaml': article(`    body_file: ${body}`) },
      { 'link.md': 'secret.md', up: '.' },
    );
    expect(await refusals(config)).toEqual([
      ['workspace.yaml:5:16', `body file \`${body}\` is outside the config file's folder`],
    ]);
  });

  it('an absolute body_file', async () => {
    const top = await tempDir({ 'secret.md': SECRET });
    const { config } = await setup({
      'workspace.yaml': article(`    body_file: ${join(top, 'secret.md')}`),
    });
    expect(await refusals(config)).toEqual([
      ['workspace.yaml:5:16', expect.stringMatching(/^body file `\/.*secret\.md` is outside/)],
    ]);
  });

  it('a translation body_file', async () => {
    const { config } = await setup({
      'workspace.yaml': article(
        '    translations:',
        '      fr: { title: B, body_file: ../secret.md }',
      ),
    });
    expect(await refusals(config)).toEqual([
      ['workspace.yaml:6:34', expect.stringMatching(/^translation body file `\.\.\/secret\.md`/)],
    ]);
  });

  it('an articles_dir outside, a symlinked subfolder or file pointing outside, and a front-matter translation', async () => {
    const { config } = await setup(
      {
        'workspace.yaml': yaml('version: 1', 'articles_dir: help/'),
        'help/a.md': `---\ntitle: A\nauthor: a@acme.example\ntranslations:\n  fr: { title: B, body_file: ../../secret.md }\n---\nA\n`,
        'other.yaml': yaml('version: 1', 'articles_dir: ../secrets'),
      },
      { 'help/billing': 'secrets', 'help/key.md': 'secrets/key.md' },
    );
    expect(await refusals(config)).toEqual([
      [
        'help/a.md:5:30',
        "translation body file `../../secret.md` is outside the config file's folder",
      ],
      ['help/key.md:1:1', expect.stringMatching(/^article file `\S*help\/key\.md` is outside/)],
      [
        'workspace.yaml:2:15',
        "folder `help/billing` of articles_dir is outside the config file's folder",
      ],
    ]);
    expect(await refusals(join(dirname(config), 'other.yaml'))).toEqual([
      ['other.yaml:2:15', "articles_dir `../secrets` is outside the config file's folder"],
    ]);
  });
});

describe('files inside', () => {
  it('are read through symlinks that stay inside; a symlink back up the tree is walked once', async () => {
    const { config } = await setup(
      {
        'workspace.yaml': yaml(
          'version: 1',
          'collections: [{ key: billing, name: Billing }]',
          'articles:',
          '  - title: Linked',
          '    author: a@acme.example',
          '    body_file: link.md',
          'articles_dir: help/',
        ),
        'bodies/real.md': 'Real body\n',
        'common/billing/refunds.md': `---\ntitle: Refunds\nauthor: a@acme.example\n---\nWithin 30 days\n`,
      },
      {
        'link.md': 'repo/bodies/real.md',
        'help/billing': 'repo/common/billing',
        'help/loop': 'repo/help',
      },
    );
    const { desired } = await loadConfig(config, { env: {} });
    expect(desired.articles.map((a) => [a.title, a.collection, a.body?.trim()])).toEqual([
      ['Linked', undefined, '<p>Real body</p>'],
      ['Refunds', 'billing', '<p>Within 30 days</p>'],
    ]);
  });

  it('may be anywhere in the git repository that holds the config, and not above it', async () => {
    const { config } = await setup({
      '.git/HEAD': 'ref: refs/heads/main\n',
      'common/body.md': 'Shared\n',
      'config/workspace.yaml': article('    body_file: ../common/body.md'),
      'config/outside.yaml': article('    body_file: ../../secret.md'),
    });
    const dir = join(dirname(config), 'config');
    const { desired } = await loadConfig(join(dir, 'workspace.yaml'), { env: {} });
    expect(desired.articles[0]?.body?.trim()).toBe('<p>Shared</p>');
    expect(await refusals(join(dir, 'outside.yaml'))).toEqual([
      ['config/outside.yaml:5:16', 'body file `../../secret.md` is outside the repository'],
    ]);
  });
});
