// Article bodies live in their own files so writers can review Markdown in pull requests. Each
// file is read, rendered and scanned here, and every failure becomes a problem on the `body_file`
// value: the YAML line is what the user must change, even when the file itself is at fault.
// Articles marked `ensure: absent` are skipped: deleting an article often deletes its file too.
// A file that resolves outside the repository is refused (inside-root.ts).
import { dirname, extname, isAbsolute, join, resolve } from 'node:path';
import type { SourcePos } from '../model/desired.js';
import type { Problem } from '../errors/problem.js';
import { findingMessage, htmlFindings, type Finding } from './html-findings.js';
import { renderMarkdown } from './markdown-body.js';
import { isAbsent, type RawConfig, type RawEntry } from './raw-config.js';
import { readInside, type Root } from './inside-root.js';
import type { SourceMap } from './source-map.js';

export interface Body {
  html: string;
  bodyFile?: string;
}

export interface Bodies {
  /** By article index in the YAML list. */
  bodies: Map<number, Body>;
  problems: Problem[];
  warnings: Problem[];
}

export async function loadBodies(
  raw: RawConfig,
  map: SourceMap,
  configPath: string,
  root: Root,
): Promise<Bodies> {
  const out: Bodies = { bodies: new Map(), problems: [], warnings: [] };
  await Promise.all(raw.articles.map((article) => loadBody(article, map, configPath, root, out)));
  return out;
}

async function loadBody(
  article: RawEntry,
  map: SourceMap,
  configPath: string,
  root: Root,
  out: Bodies,
): Promise<void> {
  const inline = article.fields['body'];
  if (typeof inline === 'string') {
    const pos = map.value(['articles', article.index, 'body']);
    out.bodies.set(article.index, { html: inline });
    out.warnings.push(...htmlFindings(inline).map((f) => warning(f, pos, false)));
    return;
  }
  const bodyFile = article.fields['body_file'];
  if (typeof bodyFile !== 'string' || bodyFile === '' || isAbsent(article)) return;
  const pos = map.value(['articles', article.index, 'body_file']);
  const ext = extname(bodyFile).toLowerCase();
  const markdown = ext === '.md' || ext === '.markdown';
  if (!markdown && ext !== '.html' && ext !== '.htm') {
    out.problems.push({
      pos,
      message: `body file \`${bodyFile}\` has an unsupported extension${ext ? ` \`${ext}\`` : ''}`,
      hint: 'use a Markdown (.md) or HTML (.html) file',
    });
    return;
  }
  const read = await readInside(
    resolve(dirname(configPath), bodyFile),
    `body file \`${bodyFile}\``,
    root,
  );
  if (!read.ok) {
    out.problems.push({ pos, message: read.message, hint: read.hint });
    return;
  }
  // Positions inside the body file use the same base as the config path the user gave.
  const file = isAbsolute(bodyFile) ? bodyFile : join(dirname(map.file), bodyFile);
  const rendered = markdown
    ? renderMarkdown(read.text)
    : { html: read.text, findings: htmlFindings(read.text), source: read.text };
  out.bodies.set(article.index, { html: rendered.html, bodyFile });
  out.warnings.push(
    ...rendered.findings.map((f) =>
      warning(f, positionIn(rendered.source, f.offset, file), markdown),
    ),
  );
}

function warning(finding: Finding, pos: SourcePos, markdown: boolean): Problem {
  return { pos, ...findingMessage(finding, markdown), severity: 'warning' };
}

function positionIn(text: string, offset: number, file: string): SourcePos {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { file, line, col: offset - before.lastIndexOf('\n') };
}
