// A minimal element tree from htmlparser2's streaming parser. Building our own two-node tree
// keeps the normaliser independent of domhandler (not a direct dependency) and gives it exactly
// what it needs: lower-cased names, decoded text and attributes, implied end tags closed.
import { Parser } from 'htmlparser2';

export interface HtmlElement {
  type: 'element';
  name: string;
  attrs: Record<string, string>;
  children: HtmlNode[];
}

export interface HtmlText {
  type: 'text';
  text: string;
}

export type HtmlNode = HtmlElement | HtmlText;

/** Parses an HTML fragment; comments and processing instructions are dropped. */
export function parseHtml(html: string): HtmlNode[] {
  const root: HtmlElement = { type: 'element', name: '#root', attrs: {}, children: [] };
  const stack: HtmlElement[] = [root];
  const top = (): HtmlElement => stack[stack.length - 1] ?? root;

  const parser = new Parser(
    {
      onopentag(name, attribs) {
        const el: HtmlElement = { type: 'element', name, attrs: { ...attribs }, children: [] };
        top().children.push(el);
        stack.push(el);
      },
      onclosetag(name) {
        // htmlparser2 reports every opened element closed, implied ones included, innermost
        // first; the search only guards against a mismatch ever reaching the root.
        for (let i = stack.length - 1; i > 0; i--) {
          if (stack[i]?.name === name) {
            stack.length = i;
            return;
          }
        }
      },
      ontext(data) {
        const siblings = top().children;
        const last = siblings[siblings.length - 1];
        if (last?.type === 'text') last.text += data;
        else siblings.push({ type: 'text', text: data });
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();
  return root.children;
}

/** Every element in document order. */
export function* walkElements(nodes: HtmlNode[]): Generator<HtmlElement> {
  for (const node of nodes) {
    if (node.type !== 'element') continue;
    yield node;
    yield* walkElements(node.children);
  }
}
