// Parsing keeps the Document (not just plain data) because every later problem needs a line and
// column. Syntax errors stop the pipeline (the data would be guesswork), but duplicate keys do
// not: the rest of the file is still sound, so its other problems are worth reporting too.
import { LineCounter, parseDocument, type Document, type YAMLError } from 'yaml';
import type { Problem } from '../errors/problem.js';
import { SourceMap } from './source-map.js';

export interface ParsedYaml {
  doc: Document;
  map: SourceMap;
  problems: Problem[];
  warnings: Problem[];
  /** A syntax error makes the data unreliable: report and stop. */
  fatal: boolean;
}

const SYNTAX_HINTS: Record<string, string> = {
  BAD_INDENT: 'check the indentation: a nested key needs more spaces than its parent',
  TAB_AS_INDENT: 'indent with spaces, not tabs',
  MISSING_CHAR: 'close the quote or bracket that was opened',
  MULTIPLE_DOCS: 'keep one document per file: remove the `---` separator',
  BLOCK_AS_IMPLICIT_KEY: 'quote a value that contains `: `, or check the indentation',
  BAD_SCALAR_START: 'put the value in quotes: it starts with a character YAML reserves',
  MULTILINE_IMPLICIT_KEY: 'a key must fit on one line; quote values that contain `: `',
  UNEXPECTED_TOKEN: 'quote the value if it contains characters such as `:`, `#`, `[` or `{`',
};

export function parseYaml(text: string, file: string): ParsedYaml {
  const lines = new LineCounter();
  const doc = parseDocument(text, {
    lineCounter: lines,
    prettyErrors: false,
    uniqueKeys: true,
  });
  const map = new SourceMap(file, doc, lines);
  const problems = doc.errors.map((error) => toProblem(error, text, map));
  const warnings = doc.warnings.map((warning): Problem => ({
    pos: map.at(warning.pos[0]),
    message: warning.message,
    severity: 'warning',
  }));
  const fatal = doc.errors.some((error) => error.code !== 'DUPLICATE_KEY');
  return { doc, map, problems, warnings, fatal };
}

function toProblem(error: YAMLError, text: string, map: SourceMap): Problem {
  const pos = map.at(error.pos[0]);
  if (error.code === 'DUPLICATE_KEY') {
    const key = keyAt(text, error.pos[0]);
    return {
      pos,
      message: key ? `duplicate key \`${key}\`` : 'duplicate key',
      hint: 'a key may appear only once in a mapping: remove or rename one of them',
    };
  }
  return {
    pos,
    message: `YAML syntax error: ${error.message.split('\n')[0]}`,
    hint: SYNTAX_HINTS[error.code] ?? 'fix the YAML syntax at this position',
  };
}

function keyAt(text: string, offset: number): string | undefined {
  const rest = text.slice(
    offset,
    text.indexOf('\n', offset) === -1 ? undefined : text.indexOf('\n', offset),
  );
  const match = /^("[^"]*"|'[^']*'|[^:]+?)\s*:(\s|$)/.exec(rest);
  return match?.[1]?.replace(/^["']|["']$/g, '');
}
