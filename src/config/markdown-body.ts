// Markdown is rendered with marked (GFM) from the same token list that is scanned for content
// Intercom would rewrite, so a warning can name the line in the .md file the writer edits rather
// than a line of generated HTML. marked tokens carry no positions; each token's raw text is found
// in the source, searching forward inside its parent, which is exact for the constructs that
// matter (headings, images, raw HTML) and otherwise falls back to the enclosing block.
import { Marked, type Token } from 'marked';
import { htmlFindings, isHostedImage, type Finding } from './html-findings.js';

export interface RenderedMarkdown {
  html: string;
  /** Offsets are into `source` (line endings normalised to \n). */
  findings: Finding[];
  source: string;
}

interface TokenShape {
  type: string;
  raw?: string;
  depth?: number;
  href?: string;
  tokens?: Token[];
  items?: Token[];
  header?: { tokens: Token[] }[];
  rows?: { tokens: Token[] }[][];
}

const marked = new Marked({ gfm: true, async: false });

export function renderMarkdown(text: string): RenderedMarkdown {
  const source = text.replace(/\r\n?/g, '\n');
  const tokens = marked.lexer(source);
  const findings: Finding[] = [];
  walk(tokens, source, 0, source.length, findings);
  return { html: marked.parser(tokens), findings, source };
}

function walk(tokens: Token[], source: string, from: number, end: number, out: Finding[]): void {
  let cursor = from;
  for (const token of tokens) {
    const t = token as TokenShape;
    const raw = t.raw ?? '';
    const found = raw === '' ? -1 : source.indexOf(raw, cursor);
    const located = found !== -1 && found + raw.length <= end;
    const start = located ? found : cursor;
    const stop = located ? found + raw.length : end;
    if (located) cursor = stop;
    inspect(t, start, out);
    const children = [
      ...(t.tokens ?? []),
      ...(t.items ?? []),
      ...(t.header ?? []).flatMap((cell) => cell.tokens),
      ...(t.rows ?? []).flat().flatMap((cell) => cell.tokens),
    ];
    if (children.length > 0) walk(children, source, start, stop, out);
  }
}

function inspect(t: TokenShape, start: number, out: Finding[]): void {
  if (t.type === 'heading' && (t.depth ?? 0) >= 3) {
    out.push({ kind: 'heading', offset: start, level: t.depth ?? 3 });
  } else if (t.type === 'image' && !isHostedImage(t.href ?? '')) {
    out.push({ kind: 'image', offset: start, src: t.href ?? '' });
  } else if (t.type === 'html' || t.type === 'tag') {
    for (const f of htmlFindings(t.raw ?? '')) out.push({ ...f, offset: start + f.offset });
  }
}
