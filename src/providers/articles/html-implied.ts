// htmlparser2's tree rules (Parser.js of htmlparser2 10), for the fast scanner: which start tag
// closes which open elements, which elements never have content, and what a stray </p> or </br>
// means. The scanner must build exactly the tree htmlparser2 builds, so these are copied as they
// are, not as the HTML standard has them; test/providers/html-scan.test.ts compares both parsers.
import type { TreeBuilder } from './html-tree.js';

const formTags = new Set([
  'input',
  'option',
  'optgroup',
  'select',
  'button',
  'datalist',
  'textarea',
]);
const pTag = new Set(['p']);
const tableSectionTags = new Set(['thead', 'tbody']);
const ddtTags = new Set(['dd', 'dt']);
const rtpTags = new Set(['rt', 'rp']);
const closedByBlocks = [
  ...['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'address', 'article', 'aside', 'blockquote'],
  ...['details', 'div', 'dl', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'header'],
  ...['hr', 'main', 'nav', 'ol', 'pre', 'section', 'table', 'ul'],
];

const IMPLIES_CLOSE = new Map<string, Set<string>>([
  ['tr', new Set(['tr', 'th', 'td'])],
  ['th', new Set(['th'])],
  ['td', new Set(['thead', 'th', 'td'])],
  ['body', new Set(['head', 'link', 'script'])],
  ['li', new Set(['li'])],
  ...closedByBlocks.map((tag): [string, Set<string>] => [tag, pTag]),
  ...['select', 'input', 'output', 'button', 'datalist', 'textarea'].map(
    (tag): [string, Set<string>] => [tag, formTags],
  ),
  ['option', new Set(['option'])],
  ['optgroup', new Set(['optgroup', 'option'])],
  ['dd', ddtTags],
  ['dt', ddtTags],
  ['rt', rtpTags],
  ['rp', rtpTags],
  ['tbody', tableSectionTags],
  ['tfoot', tableSectionTags],
]);

const VOID_ELEMENTS = new Set([
  ...['area', 'base', 'basefont', 'br', 'col', 'command', 'embed', 'frame', 'hr', 'img'],
  ...['input', 'isindex', 'keygen', 'link', 'meta', 'param', 'source', 'track', 'wbr'],
]);

/** A start tag, after htmlparser2's implied end tags; void elements are closed at once. */
export function openTag(tree: TreeBuilder, name: string, attrs: string[]): void {
  const closes = IMPLIES_CLOSE.get(name);
  if (closes !== undefined) {
    for (let top = tree.top(); top !== tree.root && closes.has(top.name); top = tree.top()) {
      tree.pop();
    }
  }
  tree.open(name, attrs);
  if (VOID_ELEMENTS.has(name)) tree.pop();
}

/** An end tag: closes up to the innermost open element of that name; `</p>`, `</br>` add one. */
export function closeTag(tree: TreeBuilder, name: string): void {
  if (VOID_ELEMENTS.has(name) ? name !== 'br' : tree.close(name) || name !== 'p') return;
  tree.open(name, []);
  tree.pop();
}
