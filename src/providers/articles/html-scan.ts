// The fast path of the body normaliser's parser. htmlparser2's tokenizer walks a body one
// character at a time through a state machine and was a third of normalising; article HTML is
// nearly always plain tags, quoted attributes, text and comments, which indexOf and short loops
// read several times faster. This scanner reads exactly that subset with htmlparser2's own rules
// (html-implied, html-entities) and gives up, returning false, on anything else: an unterminated
// tag, `<!DOCTYPE`, `<?`, script/style/title/textarea/xmp (raw text), svg/math (foreign content),
// an entity it cannot decode exactly. The caller then parses the body with htmlparser2.
import type { TreeBuilder } from './html-tree.js';
import { closeTag, openTag } from './html-implied.js';
import { decodeReferences } from './html-entities.js';
import { isSpace, readAttributes } from './html-scan-attributes.js';

/** Names whose content htmlparser2 tokenizes differently (raw text, foreign content). */
const OTHER_RULES = new Set([
  ...['script', 'style', 'title', 'textarea', 'xmp'],
  ...['svg', 'math', 'mi', 'mo', 'mn', 'ms', 'mtext', 'annotation-xml', 'foreignobject', 'desc'],
]);

/** Shared by the many elements without attributes; never written to. */
const NO_ATTRIBUTES: string[] = [];

const isAlpha = (c: number): boolean => (c | 32) >= 97 && (c | 32) <= 122;

/** Fills `tree` from `html` and returns true, or returns false if htmlparser2 must parse it. */
export function scanHtml(html: string, tree: TreeBuilder): boolean {
  const length = html.length;
  let at = 0;
  while (at < length) {
    const lt = html.indexOf('<', at);
    const end = lt < 0 ? length : lt;
    if (end > at) {
      let text = html.slice(at, end);
      if (text.includes('&')) {
        const decoded = decodeReferences(text, false);
        if (decoded === undefined) return false;
        text = decoded;
      }
      tree.text(text);
    }
    if (lt < 0) return true;
    const c = html.charCodeAt(lt + 1);
    if (isAlpha(c)) at = startTag(html, lt + 1, tree);
    else if (c === 47) at = endTag(html, lt + 2, tree);
    else if (c === 33) at = comment(html, lt + 2);
    else if (c === 63 || lt + 1 === length) return false;
    else {
      // `<` not followed by a name, `/`, `!` or `?` is text (`a <3 b`).
      tree.text('<');
      at = lt + 1;
    }
    if (at < 0) return false;
  }
  return true;
}

/** `<name attributes>` from the name on; the index after `>`, or -1 to give up. */
function startTag(html: string, from: number, tree: TreeBuilder): number {
  let at = from + 1;
  for (let c = html.charCodeAt(at); c === c && !isSpace(c) && c !== 47 && c !== 62;) {
    c = html.charCodeAt(++at);
  }
  if (at >= html.length) return -1;
  const name = html.slice(from, at).toLowerCase();
  if (OTHER_RULES.has(name)) return -1;
  if (html.charCodeAt(at) === 62) {
    openTag(tree, name, NO_ATTRIBUTES);
    return at + 1;
  }
  const attrs: string[] = [];
  const end = readAttributes(html, at, attrs);
  if (end >= 0) openTag(tree, name, attrs);
  return end;
}

/** `</name>` from the name on (htmlparser2 skips anything after the name up to `>`). */
function endTag(html: string, from: number, tree: TreeBuilder): number {
  if (!isAlpha(html.charCodeAt(from))) return -1;
  let at = from + 1;
  for (let c = html.charCodeAt(at); c === c && !isSpace(c) && c !== 62;) {
    c = html.charCodeAt(++at);
  }
  const gt = html.indexOf('>', at);
  if (gt < 0) return -1;
  const name = html.slice(from, at).toLowerCase();
  if (OTHER_RULES.has(name)) return -1;
  closeTag(tree, name);
  return gt + 1;
}

/** `<!-- ... -->`, dropped; it may end at `<!-->`, and an unterminated one runs to the end. */
function comment(html: string, from: number): number {
  if (html.charCodeAt(from) !== 45 || html.charCodeAt(from + 1) !== 45) return -1;
  const end = html.indexOf('-->', from);
  return end < 0 ? html.length : end + 3;
}
