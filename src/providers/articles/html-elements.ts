// How the body normaliser classifies elements: what gets a line of its own, what only groups
// other blocks, what is a wrapper without meaning, and which spellings mean the same thing in
// Intercom's stored HTML. Shared by the block layout (normalize-html) and inline text (html-inline).
import type { HtmlElement, HtmlNode } from './html-tree.js';
import { hasAttributes } from './html-attributes.js';

/** Elements that always fit on one line; their content is flattened. `img` stands alone too. */
export const LINE = new Set([
  ...['p', 'h1', 'h2', 'pre', 'tr', 'dt', 'caption', 'figcaption', 'summary', 'address'],
  ...['hr', 'img', 'iframe', 'video', 'audio'],
]);
/** Elements that hold other blocks; one line when they hold only inline content. */
export const CONTAINER = new Set([
  ...['ul', 'ol', 'li', 'dl', 'dd', 'blockquote', 'table', 'thead', 'tfoot', 'td', 'th'],
  ...['section', 'article', 'aside', 'header', 'footer', 'nav', 'main', 'figure', 'details'],
  ...['fieldset', 'form', 'hgroup'],
]);
/** Wrappers without meaning of their own (Intercom wraps images in a div; tbody is implied). */
export const TRANSPARENT = new Set(['div', 'tbody', 'html', 'body']);
/** Never shown to a reader, and not kept by Intercom. */
export const DROPPED = new Set(['script', 'style', 'head', 'template']);
export const VOID = new Set([
  'br',
  'hr',
  'img',
  'wbr',
  'input',
  'col',
  'area',
  'source',
  'track',
  'embed',
]);
/** Where a single paragraph is only spacing: Markdown's loose lists, Intercom's `<li><p>`. */
const LOOSE = new Set(['li', 'dd', 'td', 'th', 'blockquote']);
/** Same meaning, one spelling: Intercom keeps two heading levels and writes b/i. */
const RENAMED: Record<string, string> = {
  h3: 'h2',
  h4: 'h2',
  h5: 'h2',
  h6: 'h2',
  strong: 'b',
  em: 'i',
};

export const tagOf = (el: HtmlElement): string => RENAMED[el.name] ?? el.name;

export const isBlock = (tag: string): boolean =>
  LINE.has(tag) || CONTAINER.has(tag) || TRANSPARENT.has(tag);

/** Children, with the only paragraph of a list item, cell or quote unwrapped (kept a boundary). */
export function contentOf(el: HtmlElement): HtmlNode[] {
  if (!LOOSE.has(tagOf(el))) return el.children;
  const paragraphs = el.children.filter((c) => c.type === 'element' && c.name === 'p');
  const only = paragraphs[0];
  if (paragraphs.length !== 1 || only?.type !== 'element' || hasAttributes('p', only.attrs)) {
    return el.children;
  }
  return el.children.map((c) => (c === only ? { ...only, name: 'div' } : c));
}
