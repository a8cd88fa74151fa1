// Inline content of the body normaliser, written on one line: whitespace runs collapse to one
// space and are trimmed where a block starts or ends and around <br>, as a browser renders them,
// so reflowed source text is no change; inside <pre> every character is kept.
// It is written as it is walked, without a token list: the only look-back whitespace needs is the
// trailing space of the last text since the last block edge, so that text is held apart (`last`,
// with the inline tags after it in `tail`) until the next text or edge settles it.
import type { HtmlElement, HtmlNode } from './html-tree.js';
import { escapeText, hasAttributes, renderAttributes } from './html-attributes.js';
import { BOUNDARY, DROPPED, TRANSPARENT, VOID } from './html-elements.js';
import { looseParagraph } from './html-loose.js';

/** Whitespace that collapsing changes: anything but a lone space. */
const COLLAPSIBLE = /[\t\n\r\f]| {2}/;
/** That, or a character escapeText changes: most text has neither, and one scan tells. */
const SPECIAL = /[\t\n\r\f&<>\u00a0]| {2}/;
const WHITESPACE_RUN = /[ \t\n\r\f]+/g;
const WHITESPACE = ' \t\n\r\f';

let done = '';
let last = '';
let tail = '';
let lastVerbatim = false;
let afterSpace = true;

/**
 * `nodes[from..to)` on one line. `unwrapped` is a loose paragraph among them that counts as a
 * wrapper (see looseParagraph); `verbatim` keeps whitespace as it is, inside <pre>.
 */
export function renderInline(
  nodes: HtmlNode[],
  from: number,
  to: number,
  unwrapped: HtmlElement | undefined,
  verbatim: boolean,
): string {
  done = last = tail = '';
  lastVerbatim = false;
  afterSpace = true;
  emit(nodes, from, to, unwrapped, verbatim);
  trimEnd();
  const line = done + last + tail;
  done = last = tail = '';
  return line;
}

function emit(
  nodes: HtmlNode[],
  from: number,
  to: number,
  unwrapped: HtmlElement | undefined,
  pre: boolean,
): void {
  for (let i = from; i < to; i++) {
    const node = nodes[i]!;
    if (typeof node === 'string') {
      text(node, pre);
      continue;
    }
    const flags = node === unwrapped ? TRANSPARENT | BOUNDARY : node.flags;
    if (flags & DROPPED) continue;
    const boundary = (flags & BOUNDARY) !== 0;
    const tag = node.tag;
    if (flags & TRANSPARENT || (tag === 'span' && !hasAttributes(node.attrs))) {
      if (boundary) edge('');
      emit(node.children, 0, node.children.length, undefined, pre);
      if (boundary) edge('');
      continue;
    }
    const open = `<${tag}${renderAttributes(tag, node.attrs)}>`;
    if (boundary) edge(open);
    else tail += open;
    if (flags & VOID) continue;
    const children = node.children;
    emit(children, 0, children.length, looseParagraph(node), pre || tag === 'pre');
    if (boundary) edge(`</${tag}>`);
    else tail += `</${tag}>`;
  }
}

function text(raw: string, verbatim: boolean): void {
  let value = raw;
  let plain = false;
  if (!verbatim && raw.length === 1 && WHITESPACE.includes(raw)) {
    // The newline between two tags: two in five text nodes of a typical body.
    if (afterSpace) return;
    value = ' ';
    plain = true;
  } else if (!verbatim) {
    plain = !SPECIAL.test(value);
    // HTML whitespace only: a no-break space is content and stays. Most text has single spaces
    // only, which the replace would keep as they are; skipping it is a fifth of normalising (#7).
    if (!plain && COLLAPSIBLE.test(value)) value = value.replace(WHITESPACE_RUN, ' ');
    if (afterSpace && value.charCodeAt(0) === 32) value = value.slice(1);
    if (value === '') return;
  }
  done += last + tail;
  last = plain ? value : escapeText(value);
  tail = '';
  lastVerbatim = verbatim;
  afterSpace = !verbatim && value.charCodeAt(value.length - 1) === 32;
}

/** A block edge or <br>: no space before it, and none kept after it. */
function edge(html: string): void {
  trimEnd();
  done += last + tail + html;
  last = tail = '';
  afterSpace = true;
}

function trimEnd(): void {
  if (!lastVerbatim && last.charCodeAt(last.length - 1) === 32) last = last.slice(0, -1);
}
