// Attributes of a start tag for the fast scanner (html-scan), following htmlparser2's tokenizer:
// a name runs to `=`, whitespace, `/` or `>` (its first character whatever it is); `/` outside a
// value is ignored; a value is double-quoted, single-quoted or runs to whitespace or `>`; a name
// without `=` has the value ''. Names are lower-cased and the first of a repeated name wins.
// htmlparser2 collects them in a plain object, where `__proto__` is silently not stored.
import { decodeReferences } from './html-entities.js';

/** HTML whitespace; with `/` and `>` it ends tag and attribute names. */
export const isSpace = (c: number): boolean =>
  c === 32 || c === 10 || c === 9 || c === 13 || c === 12;

/** Reads from after the tag name to `>` into `attrs`; the index after `>`, or -1 to give up. */
export function readAttributes(html: string, from: number, attrs: string[]): number {
  const length = html.length;
  let at = from;
  for (;;) {
    let c = html.charCodeAt(at);
    if (c === 62) return at + 1;
    if (at >= length) return -1;
    if (isSpace(c) || c === 47) {
      at++;
      continue;
    }
    const start = at;
    for (c = html.charCodeAt(++at); c === c && c !== 61 && !isSpace(c) && c !== 47 && c !== 62;) {
      c = html.charCodeAt(++at);
    }
    const name = html.slice(start, at).toLowerCase();
    while (isSpace(c)) c = html.charCodeAt(++at);
    let value = '';
    if (c === 61) {
      c = html.charCodeAt(++at);
      while (isSpace(c)) c = html.charCodeAt(++at);
      let end: number;
      if (c === 34 || c === 39) {
        end = html.indexOf(c === 34 ? '"' : "'", at + 1);
        if (end < 0) return -1;
        value = html.slice(at + 1, end);
        at = end + 1;
      } else {
        for (end = at; c === c && !isSpace(c) && c !== 62;) c = html.charCodeAt(++end);
        value = html.slice(at, end);
        at = end;
      }
      if (value.includes('&')) {
        const decoded = decodeReferences(value, true);
        if (decoded === undefined) return -1;
        value = decoded;
      }
    }
    if (at >= length) return -1;
    if (name !== '__proto__' && !has(attrs, name)) attrs.push(name, value);
  }
}

function has(attrs: string[], name: string): boolean {
  for (let i = 0; i < attrs.length; i += 2) if (attrs[i] === name) return true;
  return false;
}
