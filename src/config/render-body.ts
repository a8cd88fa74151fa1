// Article files in `articles_dir` and translation bodies are rendered like `body_file`: Markdown
// through the same marked pipeline, HTML as is. Each warning about content Intercom will rewrite
// is placed on its line in the file the writer edits, past any front matter above the body.
import { extname } from 'node:path';
import type { SourcePos } from '../model/desired.js';
import type { Problem } from '../errors/problem.js';
import { findingMessage, htmlFindings } from './html-findings.js';
import { renderMarkdown } from './markdown-body.js';

export type BodyKind = 'markdown' | 'html';

export function bodyKind(path: string): BodyKind | undefined {
  const ext = extname(path).toLowerCase();
  if (ext === '.md' || ext === '.markdown') return 'markdown';
  if (ext === '.html' || ext === '.htm') return 'html';
  return undefined;
}

export interface RenderedBody {
  html: string;
  warnings: Problem[];
}

/** `lineBase` is the number of file lines above `text` (the front matter). */
export function renderBody(text: string, kind: BodyKind, file: string, lineBase = 0): RenderedBody {
  const rendered =
    kind === 'markdown'
      ? renderMarkdown(text)
      : { html: text, findings: htmlFindings(text), source: text };
  const warnings = rendered.findings.map((f): Problem => ({
    pos: positionIn(rendered.source, f.offset, file, lineBase),
    ...findingMessage(f, kind === 'markdown'),
    severity: 'warning',
  }));
  return { html: rendered.html, warnings };
}

function positionIn(text: string, offset: number, file: string, lineBase: number): SourcePos {
  const before = text.slice(0, offset);
  const line = before.split('\n').length + lineBase;
  return { file, line, col: offset - before.lastIndexOf('\n') };
}
