// Character references for the fast scanner (html-scan), decoded exactly as htmlparser2 decodes
// them. Its decoder has rules no short list captures: `&copy2024` is ©2024 in text but stays in an
// attribute, `&eta=2` in text is "ë2", and after some names it reads on past `;`, `=` or a quote.
// So each reference, with the character after it, is handed to htmlparser2's own tokenizer once
// and the answer is remembered: a body repeats a few (`&amp;`, `&#39;`, `&signature=` in a signed
// URL), and a plan reads thousands of bodies. Where the decoder's answer depends on what comes
// after that character, the scanner gives up and htmlparser2 parses the whole body.
import { Tokenizer, type TokenizerCallbacks } from 'htmlparser2';

const isAlnum = (c: number): boolean => (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122);

/** Decoded snippets by context and text; null where the scanner must give up. Bounded. */
const known = new Map<string, string | null>();
const KNOWN_LIMIT = 4_096;

/** `raw` (text, or an attribute value) with its references decoded; undefined to give up. */
export function decodeReferences(raw: string, attribute: boolean): string | undefined {
  let out = '';
  let done = 0;
  for (let amp = raw.indexOf('&'); amp >= 0; amp = raw.indexOf('&', done)) {
    const c = raw.charCodeAt(amp + 1);
    // `a & b`: nothing but `#` or a letter or digit can start a reference, so `&` stays.
    if (c === c && c !== 35 && !isAlnum(c)) {
      out += raw.slice(done, amp + 1);
      done = amp + 1;
      continue;
    }
    let end = amp + 2;
    while (end < raw.length && isAlnum(raw.charCodeAt(end))) end++;
    // The decoder's answer depends on the character after the name: it must be here, and not
    // start another reference.
    if (end >= raw.length || raw.charCodeAt(end) === 38 || c !== c) return undefined;
    const decoded = decodeSnippet(raw.slice(amp, end + 1), attribute);
    if (decoded === undefined) return undefined;
    out += raw.slice(done, amp) + decoded;
    done = end + 1;
  }
  return out + raw.slice(done);
}

function decodeSnippet(snippet: string, attribute: boolean): string | undefined {
  const key = (attribute ? 'a' : 't') + snippet;
  let decoded = known.get(key);
  if (decoded === undefined) {
    decoded = tokenize(snippet, attribute) ?? null;
    if (known.size < KNOWN_LIMIT) known.set(key, decoded);
  }
  return decoded ?? undefined;
}

/**
 * What htmlparser2 makes of `snippet` (a reference and one more character) in text or in an
 * attribute value; undefined if its decoder has not settled by the snippet's end.
 */
function tokenize(snippet: string, attribute: boolean): string | undefined {
  const prefix = !attribute ? '<p>' : snippet.includes('"') ? "<a x='" : '<a x="';
  const chunk = prefix + snippet;
  const amp = prefix.length;
  let out = '';
  let settled = false;
  const data = (start: number, end: number): void => {
    if (start <= amp && end > amp) settled = true;
    out += chunk.slice(start, end);
  };
  const entity = (codePoint: number): void => {
    settled = true;
    out += String.fromCodePoint(codePoint);
  };
  const ignore = (): void => {};
  const callbacks: TokenizerCallbacks = {
    ...{ onattribend: ignore, onattribname: ignore, oncdata: ignore, onclosetag: ignore },
    ...{ oncomment: ignore, ondeclaration: ignore, onend: ignore, onopentagend: ignore },
    ...{ onopentagname: ignore, onprocessinginstruction: ignore, onselfclosingtag: ignore },
    ...(attribute
      ? { onattribdata: data, onattribentity: entity, ontext: ignore, ontextentity: ignore }
      : { onattribdata: ignore, onattribentity: ignore, ontext: data, ontextentity: entity }),
  };
  // No end(): that would settle an entity still being read, which the real input may continue.
  new Tokenizer({ decodeEntities: true }, callbacks).write(chunk);
  return settled ? out : undefined;
}
