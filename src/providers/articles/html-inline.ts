// Inline content of the body normaliser, written on one line: whitespace runs collapse to one
// space and are trimmed where a block starts or ends and around <br>, as a browser renders them,
// so reflowed source text is no change; inside <pre> every character is kept.
import type { HtmlNode } from './html-tree.js';
import { escapeText, hasAttributes, renderAttributes } from './html-attributes.js';
import { DROPPED, TRANSPARENT, VOID, contentOf, isBlock, tagOf } from './html-elements.js';

type Token =
  | { kind: 'text'; text: string; verbatim: boolean }
  | { kind: 'tag'; html: string; boundary: boolean };

export function renderInline(nodes: HtmlNode[], verbatim = false): string {
  const tokens: Token[] = [];
  const emit = (list: HtmlNode[], pre: boolean): void => {
    for (const node of list) {
      if (node.type === 'text') {
        tokens.push({ kind: 'text', text: node.text, verbatim: pre });
        continue;
      }
      const tag = tagOf(node);
      if (DROPPED.has(tag)) continue;
      const boundary = tag === 'br' || (isBlock(tag) && tag !== 'img');
      if (TRANSPARENT.has(tag) || (tag === 'span' && !hasAttributes(tag, node.attrs))) {
        if (boundary) tokens.push({ kind: 'tag', html: '', boundary });
        emit(node.children, pre);
        if (boundary) tokens.push({ kind: 'tag', html: '', boundary });
        continue;
      }
      tokens.push({ kind: 'tag', html: `<${tag}${renderAttributes(tag, node.attrs)}>`, boundary });
      if (VOID.has(tag)) continue;
      emit(contentOf(node), pre || tag === 'pre');
      tokens.push({ kind: 'tag', html: `</${tag}>`, boundary });
    }
  };
  emit(nodes, verbatim);
  return collapseWhitespace(tokens);
}

/** Whitespace that collapsing changes: anything but a lone space. */
const COLLAPSIBLE = /[\t\n\r\f]| {2}/;

function collapseWhitespace(tokens: Token[]): string {
  const out: Token[] = [];
  let afterSpace = true;
  const trimEnd = (): void => {
    for (let i = out.length - 1; i >= 0; i--) {
      const t = out[i]!;
      if (t.kind === 'tag' && t.boundary) return;
      if (t.kind !== 'text') continue;
      if (t.verbatim) return;
      t.text = t.text.replace(/ $/, '');
      if (t.text === '') out.splice(i, 1);
      return;
    }
  };
  for (const t of tokens) {
    if (t.kind === 'tag') {
      if (t.boundary) trimEnd();
      out.push(t);
      if (t.boundary) afterSpace = true;
      continue;
    }
    if (t.verbatim) {
      out.push(t);
      afterSpace = false;
      continue;
    }
    // HTML whitespace only: a no-break space is content and stays. Most text has single spaces
    // only, which the replace would keep as they are; skipping it is a fifth of normalising (#7).
    let text = COLLAPSIBLE.test(t.text) ? t.text.replace(/[ \t\n\r\f]+/g, ' ') : t.text;
    if (afterSpace) text = text.replace(/^ /, '');
    if (text === '') continue;
    out.push({ kind: 'text', text, verbatim: false });
    afterSpace = text.endsWith(' ');
  }
  trimEnd();
  return out.map((t) => (t.kind === 'text' ? escapeText(t.text) : t.html)).join('');
}
