// One case per kind of error: each asserts the exact line and column a user would be sent to, the
// message and the hint, so a regression in either the check or the position mapping fails here.
import { describe, expect, it } from 'vitest';
import { onlyProblem, yaml, type Files } from './helpers.js';

interface Case {
  name: string;
  text: string;
  files?: Files;
  env?: Record<string, string>;
  line: number;
  col: number;
  message: string | RegExp;
  hint?: RegExp;
  /** Problem in another file than workspace.yaml (its basename). */
  file?: string;
}

const article = (...extra: string[]): string[] => [
  'articles:',
  '  - title: Welcome',
  '    author: ava@acme.example',
  ...extra.map((l) => `    ${l}`),
];

const cases: Case[] = [
  {
    name: 'unknown key, with the closest valid key as hint',
    text: yaml(
      'version: 1',
      'articles:',
      '  - title: A',
      '    author: a@acme.example',
      '  - title: B',
      '    titel: B again',
      '    author: b@acme.example',
    ),
    line: 6,
    col: 5,
    message: 'unknown key `titel` in articles[1]',
    hint: /did you mean `title`\?/,
  },
  {
    name: 'unknown top-level key',
    text: yaml('version: 1', 'tgas: []'),
    line: 2,
    col: 1,
    message: 'unknown key `tgas` in the top level',
    hint: /did you mean `tags`\?/,
  },
  {
    name: 'wrong type',
    text: yaml('version: 1', 'companies:', '  - company_id: acme', '    size: big'),
    line: 4,
    col: 11,
    message: '`size` must be an integer',
    hint: /companies\[0\]\.size is the string "big"; write a whole number/,
  },
  {
    name: 'wrong type for a boolean written as yes',
    text: yaml('version: 1', 'admins:', '  - email: a@acme.example', '    away: yes'),
    line: 4,
    col: 11,
    message: '`away` must be true or false',
    hint: /YAML 1\.2 reads `yes` as text/,
  },
  {
    name: 'bad enum, with a suggestion',
    text: yaml('version: 1', ...article('state: publshed')),
    line: 5,
    col: 12,
    message: '`state` must be one of published, draft',
    hint: /did you mean `published`\?/,
  },
  {
    name: 'wrong version',
    text: yaml('version: 2'),
    line: 1,
    col: 10,
    message: '`version` must be 1',
  },
  {
    name: 'missing required key, at the entry',
    text: yaml('version: 1', 'articles:', '  - title: Welcome', '    state: draft'),
    line: 3,
    col: 5,
    message: 'missing required key `author` in articles[0]',
    hint: /add `author: \.\.\.`/,
  },
  {
    name: 'misspelled required key, reported once as unknown',
    text: yaml('version: 1', 'tags:', '  - nmae: vip'),
    line: 3,
    col: 5,
    message: 'unknown key `nmae` in tags[0]',
    hint: /did you mean `name`\?/,
  },
  {
    name: 'missing version',
    text: yaml('tags:', '  - name: a'),
    line: 1,
    col: 1,
    message: 'missing required key `version` in the top level',
    hint: /version: 1/,
  },
  {
    name: 'author that is not an email',
    text: yaml('version: 1', 'articles:', '  - title: Welcome', '    author: ava'),
    line: 4,
    col: 13,
    message: '`author` must be an email address',
  },
  {
    name: 'monthly_spend below zero',
    text: yaml('version: 1', 'companies:', '  - company_id: acme', '    monthly_spend: -5'),
    line: 4,
    col: 20,
    message: '`monthly_spend` must be at least 0',
  },
  {
    name: 'monthly_spend above 32 bits',
    text: yaml('version: 1', 'companies:', '  - company_id: acme', '    monthly_spend: 2147483648'),
    line: 4,
    col: 20,
    message: '`monthly_spend` must be at most 2147483647',
  },
  {
    name: 'custom attribute that is a mapping',
    text: yaml(
      'version: 1',
      'companies:',
      '  - company_id: acme',
      '    custom_attributes:',
      '      region: { a: 1 }',
    ),
    line: 5,
    col: 15,
    message: '`region` must be a string, a number, a boolean or null',
  },
  {
    name: 'body and body_file together',
    text: yaml('version: 1', ...article('body: <p>x</p>', 'body_file: welcome.md')),
    files: { 'welcome.md': '# Hi\n' },
    line: 6,
    col: 5,
    message: '`body` and `body_file` cannot both be given in articles[0]',
    hint: /keep only one/,
  },
  {
    name: 'dangling collection reference',
    text: yaml(
      'version: 1',
      'collections:',
      '  - name: Getting Started',
      ...article('collection: getting-startd'),
    ),
    line: 7,
    col: 17,
    message: 'article `welcome` refers to unknown collection `getting-startd`',
    hint: /did you mean `getting-started`\?/,
  },
  {
    name: 'dangling parent',
    text: yaml('version: 1', 'collections:', '  - name: Billing', '    parent: nowhere'),
    line: 4,
    col: 13,
    message: 'collection `billing` refers to unknown parent collection `nowhere`',
    hint: /declare a collection with `key: nowhere`/,
  },
  {
    name: 'reference to a collection marked absent',
    text: yaml(
      'version: 1',
      'collections:',
      '  - name: Old',
      '    ensure: absent',
      ...article('collection: old'),
    ),
    line: 8,
    col: 17,
    message: 'article `welcome` refers to collection `old`, which is marked `ensure: absent`',
  },
  {
    name: 'parent cycle, named in full',
    text: yaml(
      'version: 1',
      'collections:',
      '  - key: a',
      '    name: A',
      '    parent: c',
      '  - key: b',
      '    name: B',
      '    parent: a',
      '  - key: c',
      '    name: C',
      '    parent: b',
    ),
    line: 5,
    col: 13,
    message: 'collections form a parent cycle: a -> c -> b -> a',
    hint: /to null/,
  },
  {
    name: 'collection that is its own parent',
    text: yaml('version: 1', 'collections:', '  - key: a', '    name: A', '    parent: a'),
    line: 5,
    col: 13,
    message: 'collections form a parent cycle: a -> a',
  },
  {
    name: 'duplicate tag, ignoring case',
    text: yaml('version: 1', 'tags:', '  - name: vip', '  - name: VIP'),
    line: 4,
    col: 11,
    message: 'duplicate tag name `VIP`',
    hint: /`vip` is already declared at line 3/,
  },
  {
    name: 'duplicate collection key',
    text: yaml(
      'version: 1',
      'collections:',
      '  - key: faq',
      '    name: FAQ',
      '  - key: faq',
      '    name: Other FAQ',
    ),
    line: 5,
    col: 10,
    message: 'duplicate collection key `faq`',
    hint: /already declared at line 3/,
  },
  {
    name: 'duplicate article key derived from titles',
    text: yaml(
      'version: 1',
      'articles:',
      '  - title: Refund policy',
      '    author: a@acme.example',
      '  - title: Refund Policy!',
      '    author: a@acme.example',
    ),
    line: 5,
    col: 12,
    message: 'duplicate article key `refund-policy` (derived from title)',
    hint: /distinct `key:`/,
  },
  {
    name: 'duplicate mapping key in the YAML',
    text: yaml('version: 1', 'tags:', '  - name: a', '    name: b'),
    line: 4,
    col: 5,
    message: 'duplicate key `name`',
  },
  {
    name: 'duplicate company_id',
    text: yaml('version: 1', 'companies:', '  - company_id: acme', '  - company_id: acme'),
    line: 4,
    col: 17,
    message: 'duplicate company_id `acme`',
  },
  {
    name: 'duplicate admin email, ignoring case',
    text: yaml(
      'version: 1',
      'admins:',
      '  - email: ava@acme.example',
      '    away: false',
      '  - email: Ava@Acme.example',
      '    away: true',
    ),
    line: 5,
    col: 12,
    message: 'duplicate admin email `Ava@Acme.example`',
  },
  {
    name: 'YAML syntax error',
    text: yaml('version: 1', 'tags:', '  - name: a: b'),
    line: 3,
    col: 11,
    message: 'YAML syntax error: Nested mappings are not allowed in compact mappings',
    hint: /quote a value that contains `: `/,
  },
  {
    name: 'YAML syntax error on a reserved character',
    text: yaml('version: 1', 'admins:', '  - email: @ava', '    away: true'),
    line: 3,
    col: 12,
    message: 'YAML syntax error: Plain value cannot start with reserved character @',
    hint: /put the value in quotes/,
  },
  {
    name: 'YAML tab indentation',
    text: yaml('version: 1', '\ttags: []'),
    line: 2,
    col: 1,
    message: 'YAML syntax error: Tabs are not allowed as indentation',
    hint: /spaces, not tabs/,
  },
  {
    name: 'unset variable',
    text: yaml('version: 1', 'workspace:', '  id: ws-${INTERCOM_AS_CODE_VAR_WORKSPACE_ID}'),
    line: 3,
    col: 7,
    message: 'environment variable `INTERCOM_AS_CODE_VAR_WORKSPACE_ID` is not set',
    hint: /export INTERCOM_AS_CODE_VAR_WORKSPACE_ID=/,
  },
  {
    name: 'malformed variable reference',
    text: yaml('version: 1', 'workspace:', '  id: "${not valid}"'),
    line: 3,
    col: 7,
    message: 'invalid variable reference `${not valid}`',
    hint: /\$\$\{/,
  },
  {
    name: 'missing body file',
    text: yaml('version: 1', ...article('body_file: docs/missing.md')),
    line: 5,
    col: 16,
    message: 'body file `docs/missing.md` not found',
  },
  {
    name: 'binary body file',
    text: yaml('version: 1', ...article('body_file: logo.html')),
    files: { 'logo.html': new Uint8Array([0x3c, 0x70, 0x3e, 0x00, 0x01]) },
    line: 5,
    col: 16,
    message: /^body file `logo\.html` is a binary file/,
  },
  {
    name: 'non-UTF-8 body file',
    text: yaml('version: 1', ...article('body_file: latin1.md')),
    files: { 'latin1.md': new Uint8Array([0x23, 0x20, 0x43, 0x61, 0x66, 0xe9, 0x0a]) },
    line: 5,
    col: 16,
    message: /^body file `latin1\.md` is not valid UTF-8/,
    hint: /UTF-8/,
  },
  {
    name: 'wrong body extension',
    text: yaml('version: 1', ...article('body_file: welcome.txt')),
    files: { 'welcome.txt': 'hello' },
    line: 5,
    col: 16,
    message: 'body file `welcome.txt` has an unsupported extension `.txt`',
    hint: /\.md.*\.html/,
  },
  {
    name: 'body file that is a directory',
    text: yaml('version: 1', ...article('body_file: docs.md')),
    files: { 'docs.md/readme.md': '# x' },
    line: 5,
    col: 16,
    message: 'body file `docs.md` is a directory, not a file',
  },
  {
    name: 'undeclared company tag',
    text: yaml(
      'version: 1',
      'tags:',
      '  - name: vip',
      'companies:',
      '  - company_id: acme',
      '    tags: [vip, beta]',
    ),
    line: 6,
    col: 17,
    message: 'tag `beta` on company `acme` is not declared under `tags:`',
    hint: /only declared tags are managed on companies/,
  },
  {
    name: 'company tag declared absent',
    text: yaml(
      'version: 1',
      'tags:',
      '  - name: legacy',
      '    ensure: absent',
      'companies:',
      '  - company_id: acme',
      '    tags:',
      '      - legacy',
    ),
    line: 8,
    col: 9,
    message: 'tag `legacy` on company `acme` is declared with `ensure: absent`',
  },
  {
    name: 'reason with away false',
    text: yaml(
      'version: 1',
      'admins:',
      '  - email: ava@acme.example',
      '    away: false',
      '    reason: On holiday',
    ),
    line: 5,
    col: 13,
    message: 'a `reason` only applies when `away` is true',
    hint: /set `away: true`/,
  },
  {
    name: 'previous name that is another tag',
    text: yaml(
      'version: 1',
      'tags:',
      '  - name: beta',
      '  - name: beta-tester',
      '    previous_names: [alpha, Beta]',
    ),
    line: 5,
    col: 29,
    message: 'previous name `Beta` of `beta-tester` is the name of another entry',
    hint: /declared at line 3/,
  },
  {
    name: 'previous name claimed twice',
    text: yaml(
      'version: 1',
      'collections:',
      '  - name: Help',
      '    previous_names: [FAQ]',
      '  - name: Support',
      '    previous_names: [FAQ]',
    ),
    line: 6,
    col: 22,
    message: 'previous name `FAQ` is also claimed by `Help`',
  },
  {
    name: 'key that cannot be derived',
    text: yaml('version: 1', 'collections:', '  - name: "???"'),
    line: 3,
    col: 11,
    message: 'cannot derive a key from name `???`',
    hint: /add a `key:`/,
  },
];

describe('config problems', () => {
  it.each(cases)('$name', async (c) => {
    const problem = await onlyProblem(c.text, { files: c.files, env: c.env });
    expect(problem.pos?.file.endsWith(c.file ?? 'workspace.yaml')).toBe(true);
    expect({ line: problem.pos?.line, col: problem.pos?.col }).toEqual({
      line: c.line,
      col: c.col,
    });
    if (typeof c.message === 'string') expect(problem.message).toBe(c.message);
    else expect(problem.message).toMatch(c.message);
    if (c.hint) expect(problem.hint).toMatch(c.hint);
    expect(problem.severity ?? 'error').toBe('error');
  });
});
