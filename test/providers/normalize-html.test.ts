import { beforeAll, describe, expect, it } from 'vitest';
import nock from 'nock';
import { normalizeHtml } from '../../src/providers/articles/normalize-html.js';
import { alignRehosted } from '../../src/providers/articles/rehosted.js';

beforeAll(() => nock.disableNetConnect());

const cdn = (name: string, sig: string): string =>
  `https://downloads.intercomcdn.com/i/o/123456/0a1b2c3d4e5f/${name}?expires=17000${sig}&signature=ab${sig}cd&req=fSEk${sig}`;

const article = `
<h1>Welcome</h1>
<p>Open <strong>Settings</strong> and pick a plan.</p>
<h3>Billing</h3>
<ul><li>Monthly</li><li>Yearly</li></ul>
<p><img src="https://example.com/assets/screenshot.png" alt="Plans"></p>
<p>Read the <a href="https://example.com/terms">terms</a>.</p>`;

/** What Intercom returns for `article` after its rewrites on save. */
const rewritten = `<h1 id="h_0a1b2c3d4e">Welcome</h1><p class="no-margin">Open <b>Settings</b> and pick a plan.</p><h2 id="h_1f2e3d4c5b">Billing</h2><ul><li><p class="no-margin">Monthly</p></li><li><p class="no-margin">Yearly</p></li></ul><div class="intercom-container"><img src="${cdn('screenshot.png', '1')}" alt="Plans"></div><p class="no-margin">Read the <a href="https://example.com/terms" target="_blank" rel="nofollow noopener noreferrer">terms</a>.</p>`;

function lineDiff(a: string, b: string): string[] {
  const left = a.split('\n');
  const right = b.split('\n');
  expect(left.length).toBe(right.length);
  return left.flatMap((line, i) => (line === right[i] ? [] : [`- ${line}`, `+ ${right[i]}`]));
}

describe('normalizeHtml', () => {
  it('puts one block per line', () => {
    expect(normalizeHtml(article).split('\n')).toEqual([
      '<h1>Welcome</h1>',
      '<p>Open <b>Settings</b> and pick a plan.</p>',
      '<h2>Billing</h2>',
      '<ul>',
      '<li>Monthly</li>',
      '<li>Yearly</li>',
      '</ul>',
      '<img alt="Plans" src="https://example.com/assets/screenshot.png">',
      '<p>Read the <a href="https://example.com/terms">terms</a>.</p>',
    ]);
  });

  it('reads back a stored article as what was sent, despite Intercom rewrites', () => {
    // The image is the one difference left; the article diff aligns it (rehosted.ts).
    const have = normalizeHtml(rewritten);
    expect(alignRehosted(normalizeHtml(article), have)).toBe(have);
  });

  it('treats h3-h6 as h2, as Intercom stores them', () => {
    for (const level of [3, 4, 5, 6]) {
      expect(normalizeHtml(`<h${level}>Setup</h${level}>`)).toBe(normalizeHtml('<h2>Setup</h2>'));
    }
    expect(normalizeHtml('<h1>Setup</h1>')).not.toBe(normalizeHtml('<h2>Setup</h2>'));
  });

  it('treats a re-hosted CDN image as the original image', () => {
    const have = normalizeHtml(`<img src="${cdn('shot%20one.png', '9')}">`);
    expect(
      alignRehosted(
        normalizeHtml('<p><img src="https://example.com/a/b/shot%20one.png?v=2"></p>'),
        have,
      ),
    ).toBe(have);
  });

  it('keeps an image Intercom does not re-host exactly as written', () => {
    // Only absolute http(s) images are fetched and re-hosted; a relative one stays (broken).
    expect(normalizeHtml('<img src="img/shot.png">')).toBe('<img src="img/shot.png">');
    expect(normalizeHtml('<img src="img/shot.png">')).not.toBe(
      normalizeHtml(`<img src="${cdn('shot.png', '1')}">`),
    );
  });

  it('ignores the signature parameters that change on every read', () => {
    const first = `<p><a href="${cdn('guide.pdf', '1')}&page=2">guide</a></p><img src="${cdn('x.png', '1')}">`;
    const second = `<p><a href="${cdn('guide.pdf', '2')}&page=2">guide</a></p><img src="${cdn('x.png', '2')}">`;
    expect(normalizeHtml(first)).toBe(normalizeHtml(second));
    expect(normalizeHtml(first)).toContain('guide.pdf?page=2');
    expect(normalizeHtml(first)).not.toMatch(/expires|signature|req=/);
  });

  it('ignores whitespace, attribute order and attribute-name case', () => {
    expect(normalizeHtml('<P   Title="t"  ALT="a">  Hello \n\t <i>big</i>   world  </P>')).toBe(
      normalizeHtml('<p alt="a" title="t">Hello <em>big</em> world</p>'),
    );
  });

  it('treats the single paragraph of a list item, cell or quote as spacing only', () => {
    expect(normalizeHtml('<ul>\n<li>\n<p>a</p>\n</li>\n</ul>')).toBe(
      normalizeHtml('<ul><li>a</li></ul>'),
    );
    expect(normalizeHtml('<table><tr><td><p>1</p></td></tr></table>')).toBe(
      normalizeHtml('<table><tbody><tr><td>1</td></tr></tbody></table>'),
    );
    expect(normalizeHtml('<blockquote><p>q</p></blockquote>')).toBe('<blockquote>q</blockquote>');
    // Two paragraphs are two blocks, not one run of text.
    expect(normalizeHtml('<li><p>a</p><p>b</p></li>')).toBe('<li>\n<p>a</p>\n<p>b</p>\n</li>');
  });

  it('wraps loose top-level text in a paragraph, as Intercom does', () => {
    expect(normalizeHtml('Body of the Article')).toBe(
      normalizeHtml('<p class="no-margin">Body of the Article</p>'),
    );
  });

  it('shows a one-word edit as exactly one differing line', () => {
    const edited = article.replace('pick a plan', 'choose a plan');
    expect(lineDiff(normalizeHtml(article), normalizeHtml(edited))).toEqual([
      '- <p>Open <b>Settings</b> and pick a plan.</p>',
      '+ <p>Open <b>Settings</b> and choose a plan.</p>',
    ]);
  });

  it.each([
    ['different text', '<p>Hello</p>', '<p>Hello!</p>'],
    [
      'a different link',
      '<p><a href="https://a.example/x">x</a></p>',
      '<p><a href="https://a.example/y">x</a></p>',
    ],
    [
      'a different image file',
      '<img src="https://e.example/one.png">',
      '<img src="https://e.example/two.png">',
    ],
    [
      'a relative image made absolute, same file name',
      '<img src="images/one.png">',
      '<img src="https://e.example/images/one.png">',
    ],
    ['a relative image moved', '<img src="old/one.png">', '<img src="new/one.png">'],
    ['an added element', '<p>a</p>', '<p>a</p><p>b</p>'],
    ['a removed list item', '<ul><li>a</li><li>b</li></ul>', '<ul><li>a</li></ul>'],
    ['bold added', '<p>a b</p>', '<p>a <b>b</b></p>'],
    ['another heading level', '<h1>a</h1>', '<h2>a</h2>'],
    ['a line break', '<p>a b</p>', '<p>a<br>b</p>'],
    ['a writer-given id', '<h2 id="setup">a</h2>', '<h2>a</h2>'],
    ['code whitespace', '<pre>a  b</pre>', '<pre>a b</pre>'],
  ])('keeps a real change visible: %s', (_what, before, after) => {
    expect(normalizeHtml(before)).not.toBe(normalizeHtml(after));
  });

  it.each([
    ['the sample article', article],
    ['the rewritten article', rewritten],
    ['nested lists', '<ul><li>one <em>x</em><ul><li>sub</li></ul></li><li>two</li></ul>'],
    [
      'a table',
      '<table><tr><th> A </th><th>B</th></tr><tr><td><p>1</p></td><td>2</td></tr></table>',
    ],
    [
      'preformatted code',
      '<pre><code class="language-js">const a  =  1;\n  return a;\n</code></pre>',
    ],
    ['entities', '<p>Fish &amp; chips &lt;3 &nbsp;&quot;ok&quot; caf&eacute;</p>'],
    [
      'loose list items',
      '<ul><li><p>a</p><ul><li><p>s</p></li></ul></li><li><p>x</p><p>y</p></li></ul>',
    ],
    [
      'an image in a list item',
      '<ul><li><div class="intercom-container"><img src="a.png"></div></li></ul>',
    ],
    ['blockquote and rule', '<blockquote><p>q</p></blockquote><hr><p>a<br/> b</p>'],
    [
      'a linked image',
      '<p><a href="https://x.example"><img src="https://x.example/i/logo.svg?expires=1"></a></p>',
    ],
    ['relative and encoded image paths', '<img src="a/b.png?v=1"><img src="x/shot%20one.png">'],
    ['mixed loose text and blocks', 'intro <b>bold</b><div>in a div</div>tail<p>para</p>'],
    ['empty input', ''],
    ['only whitespace', '  \n '],
  ])('is idempotent for %s', (_what, html) => {
    const once = normalizeHtml(html);
    expect(normalizeHtml(once)).toBe(once);
  });

  it('returns an empty string for an empty body', () => {
    expect(normalizeHtml('')).toBe('');
    expect(normalizeHtml(' \n<!-- nothing -->\n ')).toBe('');
  });

  it('drops scripts and comments, which Intercom does not keep', () => {
    expect(normalizeHtml('<p>a</p><!-- note --><script>alert(1)</script>')).toBe('<p>a</p>');
  });
});

describe('normalizeHtml: element names that are also Object properties', () => {
  it('keeps <constructor> and <toString> as the tags they are', () => {
    expect(normalizeHtml('<p><constructor>x</constructor><tostring>y</tostring></p>')).toBe(
      '<p><constructor>x</constructor><tostring>y</tostring></p>',
    );
  });
});

describe('images: only what Intercom re-hosting changes is ignored', () => {
  const CDN = 'https://downloads.intercomcdn.com/i/o/123/abcdef/shot.png?expires=1&signature=x';
  // As the article diff compares them: both normalised, the desired aligned to the live.
  const same = (desired: string, live: string): boolean => {
    const have = normalizeHtml(live);
    return alignRehosted(normalizeHtml(desired), have) === have;
  };

  it('matches a desired absolute URL with the CDN URL Intercom made of it', () => {
    expect(same('<img src="https://a.example/img/shot.png">', `<img src="${CDN}">`)).toBe(true);
  });

  it('matches a live image Intercom did not re-host only with the very same URL', () => {
    expect(
      same('<img src="https://a.example/shot.png">', '<img src="https://a.example/shot.png">'),
    ).toBe(true);
    expect(
      same('<img src="https://a.example/shot.png">', '<img src="https://b.example/shot.png">'),
    ).toBe(false);
  });

  it('does not match a relative path, another file name, or images out of order', () => {
    expect(same('<img src="img/shot.png">', `<img src="${CDN}">`)).toBe(false);
    expect(same('<img src="https://a.example/other.png">', `<img src="${CDN}">`)).toBe(false);
    const two = `<img src="${CDN}"><img src="${CDN.replace('shot', 'next')}">`;
    expect(
      same('<img src="https://a.example/shot.png"><img src="https://a.example/next.png">', two),
    ).toBe(true);
    expect(
      same('<img src="https://a.example/next.png"><img src="https://a.example/shot.png">', two),
    ).toBe(false);
  });

  it('is idempotent', () => {
    const once = normalizeHtml(`<p>x</p><img src="${CDN}"><img src="https://b.example/y.png">`);
    expect(normalizeHtml(once)).toBe(once);
  });
});
