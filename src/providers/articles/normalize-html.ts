// Article bodies are compared, and shown in plans, in one canonical form. Intercom rewrites what
// it stores (h3-h6 become h2, classes and anchors are added, images are re-hosted on re-signed
// CDN URLs, bare text is wrapped in <p>), so raw HTML would differ on every plan. The canonical
// form is identical for what we send and what Intercom returns, yet keeps every real edit:
// different text, a different link, a different image file, an added or removed element.
// One block per line, so a one-word edit is a one-line diff. normalize(normalize(x)) === normalize(x).
import { parseHtml, type HtmlElement, type HtmlNode } from './html-tree.js';
import { hasAttributes, renderAttributes } from './html-attributes.js';
import {
  CONTAINER,
  DROPPED,
  TRANSPARENT,
  VOID,
  contentOf,
  isBlock,
  tagOf,
} from './html-elements.js';
import { renderInline } from './html-inline.js';

/** The canonical form of an article body: one block element per line, '' for an empty body. */
export function normalizeHtml(html: string): string {
  return renderSequence(parseHtml(html), true)
    .map((item) => item.text)
    .join('\n');
}

interface Item {
  text: string;
  /** Inline runs inside a container are not blocks: a container of only those is one line. */
  block: boolean;
}

/** Children as lines. At the top level (`wrap`) loose inline content becomes a paragraph. */
function renderSequence(nodes: HtmlNode[], wrap: boolean): Item[] {
  const items: Item[] = [];
  let run: HtmlNode[] = [];
  const flush = (): void => {
    const text = renderInline(run);
    run = [];
    if (text === '') return;
    items.push(wrap ? { text: `<p>${text}</p>`, block: true } : { text, block: false });
  };
  const visit = (list: HtmlNode[]): void => {
    for (const node of list) {
      const tag = node.type === 'element' ? tagOf(node) : '#text';
      if (node.type === 'text' || !isBlock(tag)) {
        if (!DROPPED.has(tag)) run.push(node);
      } else if (TRANSPARENT.has(tag)) {
        flush();
        visit(node.children);
        flush();
      } else {
        flush();
        items.push(...renderBlock(node).map((text) => ({ text, block: true })));
      }
    }
  };
  visit(nodes);
  flush();
  return items;
}

function renderBlock(el: HtmlElement): string[] {
  const tag = tagOf(el);
  const open = `<${tag}${renderAttributes(tag, el.attrs)}>`;
  if (VOID.has(tag)) return [open];
  const lone = tag === 'p' && !hasAttributes(tag, el.attrs) ? loneImage(el) : undefined;
  if (lone) return renderBlock(lone);
  const children = contentOf(el);
  if (CONTAINER.has(tag)) {
    const items = renderSequence(children, false);
    if (items.some((item) => item.block)) return [open, ...items.map((i) => i.text), `</${tag}>`];
  }
  const inline = renderInline(children, tag === 'pre');
  return [`${open}${tag === 'pre' ? withoutFinalNewline(inline) : inline}</${tag}>`];
}

/**
 * A newline right before `</pre>` (or `</code></pre>`) is not rendered: Markdown code blocks end
 * with one and Intercom's editor writes none, so the same code block must compare equal.
 */
function withoutFinalNewline(inline: string): string {
  return inline.replace(/\n((?:<\/[a-z0-9]+>)*)$/, '$1');
}

/** A paragraph holding one image and only whitespace is the image (Intercom's own layout). */
function loneImage(el: HtmlElement): HtmlElement | undefined {
  const elements = el.children.filter((c) => c.type === 'element');
  const onlySpace = el.children.every((c) => c.type === 'element' || /^[ \t\n\r\f]*$/.test(c.text));
  const only = elements[0];
  return elements.length === 1 && only?.name === 'img' && onlySpace ? only : undefined;
}
