// Export writes Markdown only when it renders back to what Intercom stores: each case is checked
// for its Markdown (what writers will edit) and for the round trip through the config's own
// Markdown pipeline and the body normaliser (what the next plan compares).
import { describe, expect, it } from 'vitest';
import { htmlToMarkdown } from '../../src/export/html-to-markdown.js';
import { exportBody, roundTrips } from '../../src/export/article-body.js';
import { stripSignatures } from '../../src/export/signed-urls.js';
import { normalizeHtml } from '../../src/providers/articles/normalize-html.js';

const CDN =
  'https://downloads.intercomcdn.com/i/o/800000001/0a1b2c3d4e5f60718293a4b5/step.png?expires=1700000000&signature=abc123&req=dSE';

describe('htmlToMarkdown', () => {
  it.each<{ name: string; html: string; markdown: string }>([
    {
      name: 'atx headings, Intercom classes and anchors dropped',
      html: '<h1 class="intercom-align-left">Title</h1><h2 id="h_0a1b2c3d4e">Sub</h2><p class="no-margin">Text</p>',
      markdown: '# Title\n\n## Sub\n\nText\n',
    },
    {
      name: 'an h3 (what Intercom turns into h2) as ###',
      html: '<h3>Step one</h3><p>Open it.</p>',
      markdown: '### Step one\n\nOpen it.\n',
    },
    {
      name: 'bold and italic in either spelling',
      html: '<p><b>a</b> <strong>b</strong> <i>c</i> <em>d</em></p>',
      markdown: '**a** **b** _c_ _d_\n',
    },
    {
      name: 'nested lists with - bullets and ordered lists keeping their start',
      html: '<ul><li><p class="no-margin">one</p></li><li>two<ol start="3"><li>deep</li><li>deeper</li></ol></li></ul>',
      markdown: '- one\n\n- two\n  3. deep\n  4. deeper\n',
    },
    {
      name: 'links without the target and rel Intercom adds',
      html: '<p>See <a href="https://acme.example/docs?x=1" target="_blank" rel="nofollow noopener">the docs</a>.</p>',
      markdown: 'See [the docs](https://acme.example/docs?x=1).\n',
    },
    {
      name: 'an image with alt text as Markdown, its CDN signature dropped',
      html: `<div class="intercom-container"><img src="${CDN}" alt="Step"></div>`,
      markdown:
        '![Step](https://downloads.intercomcdn.com/i/o/800000001/0a1b2c3d4e5f60718293a4b5/step.png)\n',
    },
    {
      name: 'an image without alt text as HTML (Markdown would add alt="")',
      html: `<p><img src="${CDN}"></p>`,
      markdown:
        '<img src="https://downloads.intercomcdn.com/i/o/800000001/0a1b2c3d4e5f60718293a4b5/step.png">\n',
    },
    {
      name: 'fenced code with its language, and inline code',
      html: '<pre><code class="language-js">const a = 1;\nrun(a);</code></pre><p>Run <code>npm i</code>.</p>',
      markdown: '```js\nconst a = 1;\nrun(a);\n```\n\nRun `npm i`.\n',
    },
    {
      name: 'a table kept as HTML',
      html: '<table><tbody><tr><td>Plan</td><td>Price</td></tr></tbody></table>',
      markdown: '<table><tbody><tr><td>Plan</td><td>Price</td></tr></tbody></table>\n',
    },
    {
      name: 'text that Markdown would read as markup, escaped',
      html: '<p>1. a &lt;tag&gt; *b* _c_ &amp;copy; [d](e)</p>',
      markdown: '1\\. a \\<tag> \\*b\\* \\_c\\_ \\&copy; \\[d\\](e)\n',
    },
    {
      name: 'a line break as a backslash and empty paragraphs as HTML',
      html: '<p>a<br>b</p><p></p><p>c</p>',
      markdown: 'a\\\nb\n\n<p></p>\n\nc\n',
    },
    {
      name: 'a video embed kept as HTML',
      html: '<div class="intercom-h2b-video"><iframe src="https://www.youtube.com/embed/x"></iframe></div>',
      markdown: '<iframe src="https://www.youtube.com/embed/x"></iframe>\n',
    },
  ])('writes $name and round-trips', ({ html, markdown }) => {
    expect(htmlToMarkdown(html)).toBe(markdown);
    expect(roundTrips(markdown, html)).toBe(true);
  });

  it('finds a round trip that fails (so the check can fail)', () => {
    expect(roundTrips('Hello **world**\n', '<p>Hello <b>world</b></p>')).toBe(true);
    expect(roundTrips('Hello **word**\n', '<p>Hello <b>world</b></p>')).toBe(false);
  });
});

describe('exportBody', () => {
  it('keeps Markdown when it round-trips', () => {
    expect(exportBody('<h2>Intro</h2><p>Hi</p>')).toEqual({ ext: 'md', text: '## Intro\n\nHi\n' });
  });

  it('keeps HTML, one block per line and unsigned, when Markdown would change it', () => {
    // Whitespace inside bold: Markdown moves it outside, which is a different normalised body.
    const html = `<p>Trailing <b>bold </b>word</p><p><img src="${CDN}"></p>`;
    const body = exportBody(html);
    expect(body.ext).toBe('html');
    expect(body.text).toBe(
      '<p>Trailing <b>bold </b>word</p>\n<p><img src="https://downloads.intercomcdn.com/i/o/800000001/0a1b2c3d4e5f60718293a4b5/step.png"></p>\n',
    );
    expect(normalizeHtml(body.text)).toBe(normalizeHtml(html));
  });

  it('writes an empty body as an empty file body', () => {
    expect(exportBody('')).toEqual({ ext: 'md', text: '' });
  });
});

describe('stripSignatures', () => {
  it('drops expires, signature and req, written with & or &amp;, and keeps other parameters', () => {
    expect(stripSignatures(`<img src="${CDN}">`)).not.toMatch(/signature|expires|req=/);
    expect(
      stripSignatures('<a href="https://x.example/f?expires=1&amp;v=2&amp;signature=s">f</a>'),
    ).toBe('<a href="https://x.example/f?v=2">f</a>');
  });
});
