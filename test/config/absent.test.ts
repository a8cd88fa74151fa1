// An entry marked `ensure: absent` is only ever deleted, so it needs only what identifies its live
// object: no author, and with an `id` pin not even a name. Everything else keeps its requirements.
import { describe, expect, it } from 'vitest';
import { load, problemsOf, yaml } from './helpers.js';

describe('ensure: absent', () => {
  it('needs no author on an article, in the YAML list or in articles_dir', async () => {
    const { desired } = await load(
      yaml(
        'version: 1',
        'collections:',
        '  - key: billing',
        '    name: Billing',
        'articles:',
        '  - title: Old FAQ',
        '    collection: billing',
        '    ensure: absent',
        'articles_dir: help-center/',
      ),
      { files: { 'help-center/billing/gone.md': '---\ntitle: Gone\nensure: absent\n---\nBye\n' } },
    );
    expect(desired.articles.map((a) => [a.key, a.title, a.collection, a.ensure])).toEqual([
      ['old-faq', 'Old FAQ', 'billing', 'absent'],
      ['billing/gone', 'Gone', 'billing', 'absent'],
    ]);
    expect(desired.articles.map((a) => 'author' in a)).toEqual([false, false]);
  });

  it('needs only the id pin of a tag, collection, article or company, named #<id>', async () => {
    const { desired } = await load(
      yaml(
        'version: 1',
        'tags:',
        '  - { id: 11, ensure: absent }',
        'collections:',
        '  - { id: 12, ensure: absent }',
        'articles:',
        '  - { id: "13", ensure: absent }',
        'companies:',
        '  - { id: 14, ensure: absent }',
      ),
    );
    expect(desired.tags.map((t) => [t.name, t.id])).toEqual([['#11', '11']]);
    expect(desired.collections.map((c) => [c.key, c.name, c.id])).toEqual([['#12', '#12', '12']]);
    expect(desired.articles.map((a) => [a.key, a.title, a.id])).toEqual([['#13', '#13', '13']]);
    expect(desired.companies.map((c) => [c.companyId, c.id])).toEqual([['#14', '14']]);
  });

  it('still needs a name or an id, said once per entry; a present entry needs everything', async () => {
    const problems = await problemsOf(
      yaml(
        'version: 1',
        'tags:',
        '  - ensure: absent',
        'articles:',
        '  - ensure: absent',
        '    author: ann@acme.example',
        '  - title: Kept',
        'companies:',
        '  - name: Acme',
        '    ensure: absent',
      ),
    );
    expect(problems.map((p) => [p.pos?.line, p.pos?.col, p.message])).toEqual([
      [3, 5, 'missing required key `name` or `id` in tags[0]'],
      [5, 5, 'missing required key `title` or `id` in articles[0]'],
      [7, 5, 'missing required key `author` in articles[1]'],
      [9, 5, 'missing required key `company_id` or `id` in companies[0]'],
    ]);
    expect(problems[1]?.hint).toBe(
      'add `title: ...` or `id: ...`; an entry marked `ensure: absent` needs nothing else',
    );
  });

  it('reports a misspelled name on an absent entry once, as an unknown key', async () => {
    const problems = await problemsOf(
      yaml('version: 1', 'tags:', '  - { nmae: vip, ensure: absent }'),
    );
    expect(problems.map((p) => [p.message, p.hint])).toEqual([
      ['unknown key `nmae` in tags[0]', 'did you mean `name`?'],
    ]);
  });

  it('keeps the #<id> stand-in from colliding with a tag of that name', async () => {
    const problems = await problemsOf(
      yaml('version: 1', 'tags:', '  - name: "#7"', '  - { id: 7, ensure: absent }'),
    );
    expect(problems.map((p) => [p.pos?.line, p.message])).toEqual([[4, 'duplicate tag name `#7`']]);
  });
});
