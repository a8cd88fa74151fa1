// Paragraphs that are only layout. Markdown writes loose list items as `<li><p>…</p></li>` and
// Intercom stores every item, cell and quote that way, while a tight list has no <p>: the only
// paragraph of such an element is spacing, read as a wrapper (still a line edge). Likewise a
// paragraph holding only an image is the image, which is how Intercom lays images out.
import type { HtmlElement } from './html-tree.js';
import { hasAttributes } from './html-attributes.js';
import { LOOSE } from './html-elements.js';

/** The only paragraph, without attributes, of a list item, cell or quote; else undefined. */
export function looseParagraph(el: HtmlElement): HtmlElement | undefined {
  if (!(el.flags & LOOSE)) return undefined;
  let only: HtmlElement | undefined;
  for (const child of el.children) {
    if (typeof child === 'string' || child.name !== 'p') continue;
    if (only !== undefined) return undefined;
    only = child;
  }
  return only !== undefined && !hasAttributes(only.attrs) ? only : undefined;
}

/** The image of a paragraph holding one image and only whitespace besides; else undefined. */
export function loneImage(el: HtmlElement): HtmlElement | undefined {
  let only: HtmlElement | undefined;
  for (const child of el.children) {
    if (typeof child === 'string') {
      if (!/^[ \t\n\r\f]*$/.test(child)) return undefined;
    } else if (only !== undefined) return undefined;
    else only = child;
  }
  return only?.name === 'img' ? only : undefined;
}
