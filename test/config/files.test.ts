// Problems with the config file itself, and the promise that one run reports every problem.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_FILE_BYTES } from '../../src/config/read-text-file.js';
import { failures, problemsOf, tempDir, yaml, type Files } from './helpers.js';

describe('reading the config file', () => {
  it.each<{ name: string; files: Files; file: string; message: RegExp }>([
    {
      name: 'a missing file',
      files: {},
      file: 'nope.yaml',
      message: /^config file `.*nope\.yaml` not found$/,
    },
    {
      name: 'a directory',
      files: { 'dir.yaml/x': '' },
      file: 'dir.yaml',
      message: /is a directory, not a file$/,
    },
    {
      name: 'non-UTF-8 content, with the line of the first bad byte',
      files: {
        'w.yaml': new Uint8Array([...Buffer.from('version: 1\ntags:\n  - name: caf'), 0xe9, 0x0a]),
      },
      file: 'w.yaml',
      message: /is not valid UTF-8 \(first invalid byte at line 3, byte 14\)$/,
    },
    {
      name: 'a file over 5 MB',
      files: { 'big.yaml': `version: 1\n#${'x'.repeat(MAX_FILE_BYTES)}\n` },
      file: 'big.yaml',
      message: /is too large \(\d+ bytes, the limit is 5242880\)$/,
    },
  ])('reports $name as a problem, not a crash', async ({ files, file, message }) => {
    const dir = await tempDir(files);
    const problems = await failures(join(dir, file));
    expect(problems).toHaveLength(1);
    expect(problems[0]?.message).toMatch(message);
    expect(problems[0]?.hint).toBeTruthy();
  });

  it('reports an empty file as missing its version', async () => {
    const problems = await problemsOf('');
    expect(problems.map((p) => p.message)).toEqual([
      'the configuration must be a mapping of keys such as `version:` and `tags:`',
    ]);
  });

  it('refuses several YAML documents in one file', async () => {
    const problems = await problemsOf(yaml('version: 1', '---', 'version: 1'));
    expect(problems).toEqual([
      expect.objectContaining({
        message: expect.stringMatching(/^YAML syntax error: Source contains multiple documents/),
        hint: expect.stringContaining('---'),
      }),
    ]);
  });
});

describe('several problems in one file', () => {
  it('are all reported together, in file order', async () => {
    const text = yaml(
      'version: 1', // 1
      'workspace:', // 2
      '  id: ${INTERCOM_AS_CODE_VAR_ID}', // 3
      'tags:', // 4
      '  - name: vip', // 5
      '  - name: Vip', // 6
      'collections:', // 7
      '  - name: Billing', // 8
      '    parent: missing', // 9
      'articles:', // 10
      '  - title: A', // 11
      '    author: a@acme.example', // 12
      '    titel: typo', // 13
      '    collection: nowhere', // 14
      '    body_file: gone.md', // 15
      'companies:', // 16
      '  - company_id: acme', // 17
      '    size: big', // 18
      '    tags: [ghost]', // 19
      '    size: 3', // 20
      'admins:', // 21
      '  - email: a@acme.example', // 22
      '    away: false', // 23
      '    reason: lunch', // 24
    );
    const problems = await problemsOf(text);
    expect(problems.map((p) => [p.pos?.line, p.pos?.col, p.message])).toEqual([
      [3, 7, 'environment variable `INTERCOM_AS_CODE_VAR_ID` is not set'],
      [6, 11, 'duplicate tag name `Vip`'],
      [9, 13, 'collection `billing` refers to unknown parent collection `missing`'],
      [13, 5, 'unknown key `titel` in articles[0]'],
      [14, 17, 'article `a` refers to unknown collection `nowhere`'],
      [15, 16, 'body file `gone.md` not found'],
      [19, 12, 'tag `ghost` on company `acme` is not declared under `tags:`'],
      [20, 5, 'duplicate key `size`'],
      [24, 13, 'a `reason` only applies when `away` is true'],
    ]);
    expect(problems.every((p) => p.hint)).toBe(true);
  });
});
