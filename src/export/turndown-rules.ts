// Where turndown's CommonMark output would not render back (through marked) to HTML that
// normalises equal to what Intercom stores, these rules write something that does. Markdown has
// no syntax for some of it (an image without alt text, an empty paragraph, a table without a
// header row, a styled callout), and raw HTML is valid Markdown, so those are kept as HTML.
import type TurndownService from 'turndown';
import { stripSignatures, unsignedUrl } from './signed-urls.js';

/** The slice of the DOM node turndown hands to rules that these rules use. */
interface DomNode {
  nodeName: string;
  outerHTML: string;
  textContent: string | null;
  parentNode: DomNode | null;
  children: ArrayLike<DomNode>;
  getAttribute(name: string): string | null;
  hasAttribute(name: string): boolean;
  attributes: ArrayLike<{ name: string; value: string }>;
}

const asNode = (node: unknown): DomNode => node as DomNode;
const block = (html: string): string => `\n\n${html}\n\n`;

/** ` a="1"` for every attribute, URLs unsigned. */
function attributes(node: DomNode): string {
  return Array.from(node.attributes)
    .map(({ name, value }) => {
      const v = name === 'src' || name === 'href' ? unsignedUrl(value) : value;
      return ` ${name}="${v.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"`;
    })
    .join('');
}

const escapeLabel = (text: string): string => text.replace(/([\\[\]])/g, '\\$1');

export function addRules(td: TurndownService): void {
  td.addRule('image', {
    filter: 'img',
    replacement: (_content, raw) => {
      const node = asNode(raw);
      const src = unsignedUrl(node.getAttribute('src') ?? '');
      const names = Array.from(node.attributes).map((a) => a.name);
      const plain =
        node.hasAttribute('alt') && names.every((n) => ['src', 'alt', 'title'].includes(n));
      // marked writes alt="" for `![](x)`: without alt text (or with other attributes) stay HTML.
      if (!plain || src === '' || /[\s()<>]/.test(src)) return `<img${attributes(node)}>`;
      const title = node.getAttribute('title');
      const titled = title ? ` "${title.replace(/"/g, '\\"')}"` : '';
      return `![${escapeLabel(node.getAttribute('alt') ?? '')}](${src}${titled})`;
    },
  });
  td.addRule('emptyParagraph', {
    filter: (raw) => {
      const node = asNode(raw);
      return node.nodeName === 'P' && /^\s*$/.test(node.textContent ?? '') && onlyBreaks(node);
    },
    replacement: (_content, raw) => block(`<p>${'<br>'.repeat(asNode(raw).children.length)}</p>`),
  });
  td.addRule('rawBlock', {
    filter: (raw) => {
      const node = asNode(raw);
      if (node.nodeName === 'TABLE') return true;
      if (node.nodeName !== 'DIV') return false;
      return node.hasAttribute('style') || /callout/i.test(node.getAttribute('class') ?? '');
    },
    replacement: (_content, raw) => block(stripSignatures(asNode(raw).outerHTML)),
  });
  td.addRule('listItem', {
    filter: 'li',
    replacement: (content, raw, options) => {
      const node = asNode(raw);
      const parent = node.parentNode;
      let prefix = `${options.bulletListMarker ?? '-'} `;
      if (parent?.nodeName === 'OL') {
        const start = Number(parent.getAttribute('start') ?? '1');
        const index = Array.prototype.indexOf.call(parent.children, node) as number;
        prefix = `${(Number.isFinite(start) ? start : 1) + index}. `;
      }
      const body = content
        .replace(/^\n+/, '')
        .replace(/\n+$/, '\n')
        .replace(/\n/g, `\n${' '.repeat(prefix.length)}`);
      return `${prefix}${body}${hasNext(raw) && !body.endsWith('\n') ? '\n' : ''}`;
    },
  });
  td.keep(['iframe', 'video', 'audio', 'u', 's', 'sub', 'sup', 'mark', 'del', 'ins', 'pre']);
}

function onlyBreaks(node: DomNode): boolean {
  return Array.from(node.children).every((c) => c.nodeName === 'BR');
}

function hasNext(raw: unknown): boolean {
  return (raw as { nextSibling: unknown }).nextSibling != null;
}
