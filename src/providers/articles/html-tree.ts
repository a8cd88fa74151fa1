// A minimal element tree for the body normaliser: lower-cased names, decoded text and attributes,
// implied end tags closed, comments and processing instructions dropped, adjacent text merged.
// Text is a plain string and attributes a flat [name, value, ...] list in source order (first of
// a repeated name wins, as in htmlparser2), so a 4 KB body costs few objects. Two parsers fill
// it: the fast scanner (html-scan) for everyday HTML, and htmlparser2 for everything else.
import { Parser } from 'htmlparser2';
import { kindOf } from './html-elements.js';
import { scanHtml } from './html-scan.js';

export interface HtmlElement {
  /** The lower-cased name as written; end tags match on it. */
  name: string;
  /** The canonical name (h3 is h2, strong is b); see html-elements. */
  tag: string;
  /** Classes from html-elements (BLOCK, CONTAINER, ...). */
  flags: number;
  attrs: string[];
  children: HtmlNode[];
}

export type HtmlNode = HtmlElement | string;

/** Builds the tree from parser events, like a DOM handler. */
export class TreeBuilder {
  readonly root: HtmlElement = { name: '#root', tag: '#root', flags: 0, attrs: [], children: [] };
  /** Open elements, the root first; only `stack[0..depth]` are open (no array resizing). */
  private readonly stack: HtmlElement[] = [this.root];
  private depth = 0;

  /** The innermost open element (the root when none is). */
  top(): HtmlElement {
    return this.stack[this.depth]!;
  }

  open(name: string, attrs: string[]): void {
    const kind = kindOf(name);
    const el: HtmlElement = {
      name,
      tag: kind === undefined ? name : kind.tag,
      flags: kind === undefined ? 0 : kind.flags,
      attrs,
      children: [],
    };
    this.stack[this.depth]!.children.push(el);
    this.stack[++this.depth] = el;
  }

  /** Closes the innermost open element, never the root. */
  pop(): void {
    if (this.depth > 0) this.depth--;
  }

  /** Closes the innermost open element of that name and those inside it; false if none is. */
  close(name: string): boolean {
    for (let i = this.depth; i > 0; i--) {
      if (this.stack[i]!.name === name) {
        this.depth = i - 1;
        return true;
      }
    }
    return false;
  }

  text(data: string): void {
    const siblings = this.stack[this.depth]!.children;
    const last = siblings.length - 1;
    if (last >= 0 && typeof siblings[last] === 'string') siblings[last] += data;
    else siblings.push(data);
  }
}

/** Parses an HTML fragment into the children of a root element. */
export function parseHtml(html: string): HtmlElement {
  const fast = new TreeBuilder();
  return scanHtml(html, fast) ? fast.root : parseWithHtmlparser2(html);
}

/** The reference parse, for HTML the fast scanner does not take on (and to test it against). */
export function parseWithHtmlparser2(html: string): HtmlElement {
  const tree = new TreeBuilder();
  const parser = new Parser(
    {
      onopentag(name, attribs) {
        const attrs: string[] = [];
        for (const [key, value] of Object.entries(attribs)) attrs.push(key, value);
        tree.open(name, attrs);
      },
      // htmlparser2 reports every opened element closed, implied ones included, innermost
      // first; the search only guards against a mismatch ever reaching the root.
      onclosetag: (name) => tree.close(name),
      ontext: (data) => tree.text(data),
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();
  return tree.root;
}
