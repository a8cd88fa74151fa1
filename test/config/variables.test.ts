// A pull request controls the config and its plan is public, so `${NAME}` reads only what CI
// exported for it: INTERCOM_AS_CODE_VAR_* names and names allowed outside the config. The token is
// never read, under any name, and no message ever carries a refused variable's value.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/index.js';
import { failures, load, problemsOf, tempDir, yaml } from './helpers.js';

const TOKEN = 'tok_live_0123456789abcdef';
const SECRETS = { INTERCOM_TOKEN: TOKEN, GITHUB_TOKEN: 'ghs_abcdef0123456789' };
const tag = (ref: string): string => yaml('version: 1', 'tags:', `  - name: "${ref}"`);

describe('which variables a config may read', () => {
  it('reads INTERCOM_AS_CODE_VAR_* names', async () => {
    const { desired } = await load(tag('team-${INTERCOM_AS_CODE_VAR_TEAM}'), {
      env: { ...SECRETS, INTERCOM_AS_CODE_VAR_TEAM: 'emea' },
    });
    expect(desired.tags[0]?.name).toBe('team-emea');
  });

  it('reads names CI allows in INTERCOM_AS_CODE_ALLOW_VARS or with allowVars (--allow-var)', async () => {
    const dir = await tempDir({
      'workspace.yaml': yaml('version: 1', 'tags:', '  - name: ${A}', '  - name: ${B}-${C}'),
    });
    const env = { A: 'a', B: 'b', C: 'c', INTERCOM_AS_CODE_ALLOW_VARS: ' A ,, X' };
    const { desired } = await loadConfig(join(dir, 'workspace.yaml'), {
      env,
      allowVars: ['B', 'Y,C'],
    });
    expect(desired.tags.map((t) => t.name)).toEqual(['a', 'b-c']);
  });

  it('refuses any other name, set or not, with or without a default, at its position', async () => {
    const problems = await problemsOf(
      yaml(
        'version: 1',
        'tags:',
        '  - name: "x ${GITHUB_TOKEN}"',
        '  - name: ${GITHUB_TOKEN:-fallback}',
        '  - name: ${HOME}',
      ),
      { env: { ...SECRETS, HOME: '/home/runner' } },
    );
    expect(problems.map((p) => [p.pos?.line, p.pos?.col, p.message])).toEqual([
      [3, 11, expect.stringMatching(/^`\$\{GITHUB_TOKEN\}` is refused: the configuration reads/)],
      [4, 11, expect.stringMatching(/^`\$\{GITHUB_TOKEN\}` is refused/)],
      [5, 11, expect.stringMatching(/^`\$\{HOME\}` is refused/)],
    ]);
    expect(problems[0]?.hint).toContain('export INTERCOM_AS_CODE_VAR_GITHUB_TOKEN');
    expect(problems[0]?.hint).toContain('INTERCOM_AS_CODE_ALLOW_VARS=GITHUB_TOKEN');
    expect(problems[0]?.hint).toContain('--allow-var GITHUB_TOKEN');
    expect(JSON.stringify(problems)).not.toMatch(/ghs_|\/home\/runner|fallback/);
  });

  it('never reads the token, even when allowed, nor its value under another name', async () => {
    const dir = await tempDir({
      'workspace.yaml': yaml(
        'version: 1',
        'tags:',
        '  - name: ${INTERCOM_TOKEN}',
        '  - name: ${intercom_token:-x}',
        '  - name: ${INTERCOM_AS_CODE_VAR_ALIAS}',
        '  - name: ${INTERCOM_AS_CODE_VAR_BEARER}',
        '  - name: ${COPY}',
      ),
    });
    const env = {
      ...SECRETS,
      INTERCOM_AS_CODE_ALLOW_VARS: 'INTERCOM_TOKEN,COPY',
      INTERCOM_AS_CODE_VAR_ALIAS: TOKEN,
      INTERCOM_AS_CODE_VAR_BEARER: `Bearer ${TOKEN}`,
      COPY: ` ${TOKEN}\n`,
      intercom_token: TOKEN,
    };
    const error = await loadConfig(join(dir, 'workspace.yaml'), {
      env,
      allowVars: ['INTERCOM_TOKEN', 'intercom_token'],
    }).catch((e: unknown) => e);
    const problems = (error as { problems: { pos: { line: number }; message: string }[] }).problems;
    expect(problems.map((p) => [p.pos.line, p.message])).toEqual([
      [3, expect.stringMatching(/^`\$\{INTERCOM_TOKEN\}` is refused: the Intercom token is never/)],
      [4, expect.stringMatching(/^`\$\{intercom_token\}` is refused: the Intercom token/)],
      [5, expect.stringMatching(/`INTERCOM_AS_CODE_VAR_ALIAS` holds the Intercom token$/)],
      [6, expect.stringMatching(/`INTERCOM_AS_CODE_VAR_BEARER` holds the Intercom token$/)],
      [7, expect.stringMatching(/`COPY` holds the Intercom token$/)],
    ]);
    expect(JSON.stringify(problems)).not.toContain(TOKEN);
  });

  it('applies the same rule to front matter in articles_dir, positioned in the .md file', async () => {
    const dir = await tempDir({
      'workspace.yaml': yaml('version: 1', 'articles_dir: help/'),
      'help/a.md': '---\ntitle: A ${GITHUB_TOKEN}\nauthor: a@acme.example\n---\nBody\n',
    });
    const problems = await failures(join(dir, 'workspace.yaml'), SECRETS);
    expect(problems).toMatchObject([
      {
        pos: { file: expect.stringMatching(/help\/a\.md$/), line: 2, col: 8 },
        message: expect.stringMatching(/^`\$\{GITHUB_TOKEN\}` is refused/),
      },
    ]);
    expect(JSON.stringify(problems)).not.toContain(SECRETS.GITHUB_TOKEN);
  });
});
