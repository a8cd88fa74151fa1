// Articles in `articles_dir` carry their settings as YAML front matter (Jekyll style: a `---` line,
// YAML, a closing `---` line, then the body). The YAML is handed on with one empty line in place of
// the opening fence, so the parser's line numbers are the file's own line numbers.

export type FrontMatter =
  | { kind: 'none' }
  | { kind: 'unclosed' }
  | {
      kind: 'ok';
      /** The YAML, preceded by an empty line so that its line N is line N of the file. */
      yaml: string;
      body: string;
      /** Lines before the body: add it to a 1-based line in the body to get the file's line. */
      bodyLine: number;
    };

const FENCE = /^---[ \t]*$/;
const CLOSE = /^(---|\.\.\.)[ \t]*$/;

/** Splits a file (line endings already normalised to \n) into front matter and body. */
export function splitFrontMatter(text: string): FrontMatter {
  const lines = text.replace(/^\uFEFF/, '').split('\n');
  if (!FENCE.test(lines[0] ?? '')) return { kind: 'none' };
  const close = lines.findIndex((line, i) => i > 0 && CLOSE.test(line));
  if (close < 0) return { kind: 'unclosed' };
  return {
    kind: 'ok',
    yaml: ['', ...lines.slice(1, close)].join('\n'),
    body: lines.slice(close + 1).join('\n'),
    bodyLine: close + 1,
  };
}
