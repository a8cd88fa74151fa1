// Article bodies are compared, and shown in plans, in one canonical form. Intercom rewrites what
// it stores (h3-h6 become h2, classes and anchors are added, images are re-hosted on re-signed
// CDN URLs, bare text is wrapped in <p>), so raw HTML would differ on every plan. The canonical
// form is identical for what we send and what Intercom returns, yet keeps every real edit:
// different text, a different link, a different image file, an added or removed element.
// One block per line, so a one-word edit is a one-line diff. normalize(normalize(x)) === normalize(x).
// This is the hot path of planning a big help center (two bodies per article), so lines are
// written straight into one list, and a container's content is laid out once, not tried twice.
import { parseHtml, type HtmlElement, type HtmlNode } from './html-tree.js';
import { renderAttributes } from './html-attributes.js';
import { BLOCK, CONTAINER, TRANSPARENT, VOID } from './html-elements.js';
import { renderInline } from './html-inline.js';
import { loneImage, looseParagraph } from './html-loose.js';

/** The canonical form of an article body: one block element per line, '' for an empty body. */
export function normalizeHtml(html: string): string {
  const lines: string[] = [];
  renderSequence(parseHtml(html).children, undefined, true, lines);
  return lines.join('\n');
}

/**
 * Children as lines, wrappers flattened. At the top level (`wrap`) loose inline content becomes a
 * paragraph; inside a container it is a line of its own. `unwrapped` counts as a wrapper.
 */
function renderSequence(
  nodes: HtmlNode[],
  unwrapped: HtmlElement | undefined,
  wrap: boolean,
  lines: string[],
): void {
  let run = -1;
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i]!;
    if (typeof node === 'string' || !(node.flags & BLOCK)) {
      if (run < 0) run = i;
      continue;
    }
    if (run >= 0) flush(nodes, run, i, wrap, lines);
    run = -1;
    if (node === unwrapped || node.flags & TRANSPARENT) {
      renderSequence(node.children, undefined, wrap, lines);
    } else {
      renderBlock(node, lines);
    }
  }
  if (run >= 0) flush(nodes, run, nodes.length, wrap, lines);
}

/** A run of inline nodes (hidden ones among them are skipped by renderInline). */
function flush(nodes: HtmlNode[], from: number, to: number, wrap: boolean, lines: string[]): void {
  const text = renderInline(nodes, from, to, undefined, false);
  if (text !== '') lines.push(wrap ? `<p>${text}</p>` : text);
}

function renderBlock(el: HtmlElement, lines: string[]): void {
  const tag = el.tag;
  const attributes = renderAttributes(tag, el.attrs);
  const open = `<${tag}${attributes}>`;
  if (el.flags & VOID) {
    lines.push(open);
    return;
  }
  const lone = tag === 'p' && attributes === '' ? loneImage(el) : undefined;
  if (lone) return renderBlock(lone, lines);
  const unwrapped = looseParagraph(el);
  if (el.flags & CONTAINER && holdsBlock(el.children, unwrapped)) {
    lines.push(open);
    renderSequence(el.children, unwrapped, false, lines);
    lines.push(`</${tag}>`);
    return;
  }
  const pre = tag === 'pre';
  const inline = renderInline(el.children, 0, el.children.length, unwrapped, pre);
  lines.push(`${open}${pre ? withoutFinalNewline(inline) : inline}</${tag}>`);
}

/** Whether laying `nodes` out as a sequence yields a block line: a container is one line if not. */
function holdsBlock(nodes: HtmlNode[], unwrapped: HtmlElement | undefined): boolean {
  for (const node of nodes) {
    if (typeof node === 'string' || !(node.flags & BLOCK)) continue;
    if (node !== unwrapped && !(node.flags & TRANSPARENT)) return true;
    if (holdsBlock(node.children, undefined)) return true;
  }
  return false;
}

/**
 * A newline right before `</pre>` (or `</code></pre>`) is not rendered: Markdown code blocks end
 * with one and Intercom's editor writes none, so the same code block must compare equal.
 */
function withoutFinalNewline(inline: string): string {
  return inline.replace(/\n((?:<\/[a-z0-9]+>)*)$/, '$1');
}
