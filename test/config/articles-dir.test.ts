// `articles_dir`: one Markdown (or HTML) file per article with YAML front matter. Problems in
// front matter point at the line in the Markdown file; the folder names the collection; the
// key comes from the path; translations come from front matter and their own body files.
import { describe, expect, it } from 'vitest';
import type { Problem } from '../../src/errors/problem.js';
import { load, problemsOf, yaml } from './helpers.js';

const CONFIG = yaml(
  'version: 1',
  'collections:',
  '  - key: billing',
  '    name: Billing',
  '  - key: faq',
  '    name: FAQ',
  '    parent: billing',
  'articles_dir: help-center/',
);

const md = (...lines: string[]): string => `${lines.join('\n')}\n`;
const FRONT = ['---', 'title: Refunds', 'author: ann@acme.example', '---'];

const where = (p: Problem): string =>
  `${p.pos?.file.replace(/^.*?(help-center\/)/, '$1')}:${p.pos?.line}:${p.pos?.col}`;

describe('articles_dir', () => {
  it('reads each file as an article: key from the path, collection from the folder, body rendered', async () => {
    const { desired } = await load(CONFIG, {
      files: {
        'help-center/billing/faq/Refunds Policy.md': md(
          ...FRONT,
          '',
          '# Refunds',
          '',
          'Within **30** days.',
        ),
        'help-center/welcome.md': md(
          '---',
          'title: Welcome',
          'author: ann@acme.example',
          'state: published',
          '---',
          'Hi',
        ),
      },
    });
    expect(
      desired.articles.map((a) => [a.key, a.title, a.collection, a.state, a.bodyFile]),
    ).toEqual([
      [
        'billing/faq/refunds-policy',
        'Refunds',
        'faq',
        undefined,
        'help-center/billing/faq/Refunds Policy.md',
      ],
      ['welcome', 'Welcome', undefined, 'published', 'help-center/welcome.md'],
    ]);
    expect(desired.articles[0]?.body).toBe(
      '<h1>Refunds</h1>\n<p>Within <strong>30</strong> days.</p>\n',
    );
    expect(where({ message: '', pos: desired.articles[0]!.pos })).toBe(
      'help-center/billing/faq/Refunds Policy.md:2:1',
    );
  });

  it('lets front matter name the key and the collection (null for none), overriding the folder', async () => {
    const { desired } = await load(CONFIG, {
      files: {
        'help-center/faq/x.md': md(
          '---',
          'key: refunds',
          'title: R',
          'author: a@b.example',
          'collection: billing',
          '---',
        ),
        'help-center/faq/y.md': md(
          '---',
          'title: S',
          'author: a@b.example',
          'collection: null',
          '---',
        ),
      },
    });
    expect(desired.articles.map((a) => [a.key, a.collection])).toEqual([
      ['refunds', 'billing'],
      ['faq/y', null],
    ]);
  });

  it('reports front matter problems at their line in the Markdown file', async () => {
    const problems = await problemsOf(CONFIG, {
      files: {
        'help-center/billing/a.md': md(
          '---',
          'title: A',
          'author: ann@acme.example',
          'stat: draft',
          '---',
          'Body',
        ),
        'help-center/billing/b.md': md('---', 'author: ann@acme.example', 'state: drafted', '---'),
        'help-center/billing/c.md': md('---', 'title: C', 'author: [unclosed', '---'),
      },
    });
    const shown = problems.map((p) => `${where(p)} ${p.message} | ${p.hint ?? ''}`);
    expect(shown).toEqual([
      expect.stringMatching(
        /^help-center\/billing\/a\.md:4:1 unknown key `stat` in the front matter \| did you mean `state`\?$/,
      ),
      expect.stringMatching(
        /^help-center\/billing\/b\.md:2:1 missing required key `title` in the front matter/,
      ),
      expect.stringMatching(
        /^help-center\/billing\/b\.md:3:8 `state` must be one of published, draft \| did you mean `draft`\?$/,
      ),
      expect.stringMatching(/^help-center\/billing\/c\.md:3:\d+ YAML syntax error/),
    ]);
  });

  it('refuses a folder that is not a collection key, suggesting the closest one', async () => {
    const problems = await problemsOf(CONFIG, {
      files: { 'help-center/biling/a.md': md(...FRONT) },
    });
    expect(problems).toHaveLength(1);
    expect(where(problems[0]!)).toBe('help-center/biling/a.md:2:1');
    expect(problems[0]?.message).toBe(
      '`' + problems[0]?.pos?.file + '` is in folder `biling`, which is not a collection key',
    );
    expect(problems[0]?.hint).toMatch(/did you mean `billing`\?/);
  });

  it('refuses body keys in front matter, an unclosed front matter and a missing folder', async () => {
    const problems = await problemsOf(CONFIG, {
      files: {
        'help-center/a.md': md('---', 'title: A', 'author: a@b.example', 'body: <p>x</p>', '---'),
        'help-center/b.md': md('---', 'title: B'),
      },
    });
    expect(problems.map((p) => `${where(p)} ${p.message}`)).toEqual([
      expect.stringMatching(/a\.md:4:1 `body` cannot be given in the front matter/),
      expect.stringMatching(/b\.md:1:1 the front matter is not closed$/),
    ]);
    const missing = await problemsOf(yaml('version: 1', 'articles_dir: nowhere/'));
    expect(missing.map((p) => `${p.pos?.line}:${p.pos?.col} ${p.message}`)).toEqual([
      '2:15 articles_dir `nowhere/` not found',
    ]);
  });

  it('reports duplicate keys across files and the YAML list', async () => {
    const problems = await problemsOf(
      CONFIG.replace(
        'articles_dir',
        'articles:\n  - key: welcome\n    title: W\n    author: a@b.example\narticles_dir',
      ),
      {
        files: {
          'help-center/welcome.md': md('---', 'title: Welcome', 'author: a@b.example', '---'),
        },
      },
    );
    expect(problems.map((p) => p.message)).toEqual(['duplicate article key `welcome`']);
    expect(problems[0]?.pos?.file).toMatch(/help-center\/welcome\.md$/);
  });

  it('warns about h3 headings and unsupported tags at their line in the file, past the front matter', async () => {
    const { warnings } = await load(CONFIG, {
      files: {
        'help-center/a.md': md(
          ...FRONT,
          '',
          'Intro',
          '',
          '### Step',
          '',
          '<form><input name="q"></form>',
        ),
        'help-center/notes.md': 'no front matter here\n',
      },
    });
    expect(warnings.map((w) => `${where(w)} ${w.message}`)).toEqual([
      'help-center/a.md:8:1 h3 heading will be turned into h2 by Intercom',
      'help-center/a.md:10:1 <form> is not kept by Intercom in article bodies',
      'help-center/a.md:10:7 <input> is not kept by Intercom in article bodies',
      expect.stringMatching(
        /help-center\/notes\.md:1:1 `.*notes\.md` has no front matter and is not an article/,
      ),
    ]);
  });
});

describe('translations', () => {
  it('reads article translations from front matter, with bodies relative to the Markdown file', async () => {
    const { desired } = await load(CONFIG, {
      files: {
        'help-center/billing/refunds.md': md(
          ...FRONT.slice(0, 3),
          'translations:',
          '  fr:',
          '    title: Remboursements',
          '    description: null',
          '    body_file: refunds.fr.md',
          '---',
          'Within 30 days.',
        ),
        'help-center/billing/refunds.fr.md': '### Sous 30 jours\n',
      },
    });
    expect(desired.articles).toHaveLength(1);
    expect(desired.articles[0]?.translations).toEqual({
      fr: {
        title: 'Remboursements',
        description: null,
        body: '<h3>Sous 30 jours</h3>\n',
        bodyFile: 'help-center/billing/refunds.fr.md',
      },
    });
  });

  it('reads collection and YAML article translations', async () => {
    const { desired } = await load(
      yaml(
        'version: 1',
        'collections:',
        '  - name: Billing',
        '    translations:',
        '      fr: { name: Facturation, description: Factures }',
        '      pt-BR: { name: Cobrança }',
        'articles:',
        '  - title: Refunds',
        '    author: a@b.example',
        '    translations:',
        '      de: { title: Erstattung, body: "<p>Hallo</p>" }',
      ),
    );
    expect(desired.collections[0]?.translations).toEqual({
      fr: { name: 'Facturation', description: 'Factures' },
      'pt-BR': { name: 'Cobrança' },
    });
    expect(desired.articles[0]?.translations).toEqual({
      de: { title: 'Erstattung', body: '<p>Hallo</p>' },
    });
  });

  it('refuses an unknown locale with a suggestion, and a translation without its title', async () => {
    const problems = await problemsOf(
      yaml(
        'version: 1',
        'articles:',
        '  - title: Refunds',
        '    author: a@b.example',
        '    translations:',
        '      fra: { title: Remboursements }',
        '      de: { description: x }',
      ),
    );
    expect(problems.map((p) => `${p.pos?.line}:${p.pos?.col} ${p.message} | ${p.hint}`)).toEqual([
      expect.stringMatching(
        /^6:7 unknown key `fra` in articles\[0\]\.translations \| did you mean `fr`\?/,
      ),
      expect.stringMatching(
        /^7:13 missing required key `title` in articles\[0\]\.translations\.de/,
      ),
    ]);
  });

  it('reports a missing translation body file on the body_file line', async () => {
    const problems = await problemsOf(CONFIG, {
      files: {
        'help-center/a.md': md(
          ...FRONT.slice(0, 3),
          'translations:',
          '  fr: { title: A, body_file: a.fr.md }',
          '---',
        ),
      },
    });
    expect(problems.map((p) => `${where(p)} ${p.message}`)).toEqual([
      'help-center/a.md:5:30 translation body file `a.fr.md` not found',
    ]);
  });
});
