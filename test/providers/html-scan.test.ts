// The fast scanner must build exactly the tree htmlparser2 builds, or normalised bodies would
// depend on which parser read them. It copies htmlparser2's rules (html-implied) and asks its
// tokenizer about references (html-entities), so these tests also catch an htmlparser2 upgrade
// that changes them.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { scanHtml } from '../../src/providers/articles/html-scan.js';
import {
  TreeBuilder,
  parseWithHtmlparser2,
  type HtmlElement,
} from '../../src/providers/articles/html-tree.js';

/** Attribute order aside: htmlparser2's object lists integer-like names first. */
function shape(el: HtmlElement): unknown {
  const attrs: string[][] = [];
  for (let i = 0; i < el.attrs.length; i += 2) attrs.push([el.attrs[i]!, el.attrs[i + 1]!]);
  attrs.sort(([a], [b]) => (a! < b! ? -1 : 1));
  const children = el.children.map((c) => (typeof c === 'string' ? c : shape(c)));
  return { name: el.name, tag: el.tag, flags: el.flags, attrs, children };
}

/** The fast tree when the scanner takes `html` on, else undefined. */
function scanned(html: string): unknown {
  const tree = new TreeBuilder();
  return scanHtml(html, tree) ? shape(tree.root) : undefined;
}

const cdn = 'https://downloads.intercomcdn.com/i/o/1/0a1b/x.png?expires=17&signature=ab&req=fS';

describe('scanHtml', () => {
  it.each([
    ['a body', '<h1>T</h1>\n<p>Open <b>x</b> &amp; <i>y</i>.</p>\n<ul>\n<li>a</li>\n</ul>\n'],
    ['a stored body', `<h2 id="h_1a">S</h2><div class="c"><img src="${cdn}" alt="a"></div>`],
    ['implied ends', '<p>a<p>b<ul><li>1<li>2</ul><table><tr><td>x<td>y<tr><th>z</table>'],
    ['stray end tags', '</p>a</br></img></b><b>x</i>y</b></div>'],
    ['void and self-closing', '<br/><img src=a.png/><hr /><p/>x<input><link><meta x=1>'],
    ['attributes', `<a HREF = 'x' b c=d/e f="1" f="2" __proto__="p" =g "h"=i j=>t</a>`],
    ['references', '&lt;&#39;&#x27;&nbsp;&copy;&eacute; a & b &amp;x<a t="&amp;&quot;">x</a>'],
    ['comments', 'a<!-- x -->b<!---->c<!-->d<!--->e<!-- f --->g'],
    ['literal <', 'a <3 b << c <p>d'],
  ])('builds the same tree as htmlparser2: %s', (_what, html) => {
    expect(scanned(html)).toEqual(shape(parseWithHtmlparser2(html)));
  });

  it.each([
    ['raw text elements', '<script>a<b</script>'],
    ['foreign content', '<svg><path/></svg>'],
    ['a declaration', '<!DOCTYPE html><p>a</p>'],
    ['an unterminated tag', '<p>a</p><a href="x'],
    ['a reference that depends on what follows', '<p>AT&T</p>'],
    ['the decoder reading past `=`', '<p>&eta=2</p>'],
  ])('leaves %s to htmlparser2', (_what, html) => {
    expect(scanned(html)).toBeUndefined();
  });

  it('builds the same tree as htmlparser2 for random tag soup', () => {
    const piece = fc.constantFrom(
      ...['<p>', '</p>', '<li>', '</li>', '<ul>', '</ul>', '<td>', '<tr>', '<table>', '<div>'],
      ...['</div>', '<b>', '</b>', '<STRONG>', '<h3 id="h_9">', '</h3>', '<br>', '</br>', '<pre>'],
      ...[`<img src="${cdn}">`, '<a href="?a=1&b=2&amp;c">', '</a>', '<span class=x>', '<x-y>'],
      ...['text', ' ', '\n', '\t', '  ', '&amp;', '&#39;', '&nbsp;', '&', '&copy', '&eta=', '<'],
      ...['<!-- c -->', '<!--', '-->', '<!DOCTYPE x>', '<script>', '</script>', '"', "'", '='],
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        const html = pieces.join('');
        const fast = scanned(html);
        if (fast !== undefined) expect(fast).toEqual(shape(parseWithHtmlparser2(html)));
      }),
      { numRuns: 500 },
    );
  });
});
