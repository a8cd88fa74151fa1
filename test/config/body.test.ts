// Body files: rendering, and warnings about content Intercom rewrites, placed where the writer
// edits it (the .md or .html line, or the inline body's YAML position).
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { load, yaml } from './helpers.js';

const withBody = (line: string): string =>
  yaml('version: 1', 'articles:', '  - title: Doc', '    author: a@acme.example', `    ${line}`);

describe('body files', () => {
  it('renders Markdown with GFM and takes HTML as is', async () => {
    const md = '# Title\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n~~gone~~ https://acme.example\n';
    const { desired } = await load(
      yaml(
        'version: 1',
        'articles:',
        '  - title: Doc',
        '    author: a@acme.example',
        '    body_file: docs/doc.md',
        '  - title: Raw',
        '    author: a@acme.example',
        '    body_file: docs/raw.HTM',
      ),
      { files: { 'docs/doc.md': md, 'docs/raw.HTM': '<p>as <i>is</i></p>\n' } },
    );
    const [doc, raw] = desired.articles;
    expect(doc?.bodyFile).toBe('docs/doc.md');
    expect(doc?.body).toContain('<h1>Title</h1>');
    expect(doc?.body).toContain('<table>');
    expect(doc?.body).toContain('<del>gone</del>');
    expect(doc?.body).toContain('<a href="https://acme.example">');
    expect(raw).toMatchObject({ bodyFile: 'docs/raw.HTM', body: '<p>as <i>is</i></p>\n' });
  });

  it('does not read the body of an article marked absent', async () => {
    const { desired } = await load(
      yaml(
        'version: 1',
        'articles:',
        '  - title: Old',
        '    author: a@acme.example',
        '    ensure: absent',
        '    body_file: deleted.md',
      ),
    );
    expect(desired.articles[0]).toMatchObject({ ensure: 'absent', bodyFile: 'deleted.md' });
    expect(desired.articles[0]?.body).toBeUndefined();
  });
});

describe('rewrite warnings', () => {
  it('gives Markdown warnings the line and column in the .md file', async () => {
    const md = [
      '# Fine', // 1
      '', // 2
      '#### Deep heading', // 3
      '', // 4
      'Text ![shot](img/shot.png) and ![ok](https://cdn.acme.example/a.png)', // 5
      '', // 6
      '> ### Quoted', // 7
      '', // 8
      '<h5>raw html</h5>', // 9
      '', // 10
      '- item <img src="data:image/png;base64,AA">', // 11
    ].join('\n');
    const { warnings, path } = await load(withBody('body_file: help/page.md'), {
      files: { 'help/page.md': md },
    });
    const file = join(path, '../help/page.md');
    expect(warnings.map((w) => [w.pos, w.message, w.severity])).toEqual([
      [{ file, line: 3, col: 1 }, 'h4 heading will be turned into h2 by Intercom', 'warning'],
      [
        { file, line: 5, col: 6 },
        'image source `img/shot.png` is not an absolute http(s) URL',
        'warning',
      ],
      [{ file, line: 7, col: 3 }, 'h3 heading will be turned into h2 by Intercom', 'warning'],
      [{ file, line: 9, col: 1 }, 'h5 heading will be turned into h2 by Intercom', 'warning'],
      [
        { file, line: 11, col: 8 },
        'image source `data:image/png;base64,AA` is not an absolute http(s) URL',
        'warning',
      ],
    ]);
  });

  it('gives HTML file warnings the line in the .html file', async () => {
    const html = '<h1>ok</h1>\n<p>x</p>\n  <h3 class="x">sub</h3>\n<img src="/local.png">\n';
    const { warnings, path } = await load(withBody('body_file: page.html'), {
      files: { 'page.html': html },
    });
    expect(warnings.map((w) => [w.pos?.file, w.pos?.line, w.pos?.col, w.hint])).toEqual([
      [join(path, '../page.html'), 3, 3, expect.stringContaining('<h1> or <h2>')],
      [join(path, '../page.html'), 4, 1, expect.stringContaining('https://')],
    ]);
  });

  it('places inline body warnings on the body value', async () => {
    const { warnings, path } = await load(
      withBody('body: "<p>Hi</p><h6>small</h6><img src=\'a.png\'>"'),
    );
    expect(warnings.map((w) => [w.pos, w.message])).toEqual([
      [{ file: path, line: 5, col: 11 }, 'h6 heading will be turned into h2 by Intercom'],
      [{ file: path, line: 5, col: 11 }, 'image source `a.png` is not an absolute http(s) URL'],
    ]);
  });

  it('has nothing to say about h1, h2 and http(s) images', async () => {
    const { warnings } = await load(
      withBody(
        "body: \"<h1>a</h1><h2>b</h2><img src='HTTPS://x.example/a.png'><img src='http://x.example/b.png'>\"",
      ),
    );
    expect(warnings).toEqual([]);
  });
});
