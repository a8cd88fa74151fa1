// Article translations carry a title, a description and a body per locale. Their bodies are read
// and rendered here exactly like the article's own (Markdown through marked, HTML as is), with
// warnings placed in the file the translator edits. A translation `body_file` is relative to the
// file that names it: workspace.yaml, or the article's Markdown file in articles_dir; either way
// it must resolve inside the repository (inside-root.ts).
import { isAbsolute, join, relative, resolve } from 'node:path';
import type { ArticleTranslation } from '../model/desired.js';
import type { Problem } from '../errors/problem.js';
import { isRecord } from './data-path.js';
import { findingMessage, htmlFindings } from './html-findings.js';
import { isAbsent, type RawConfig, type RawEntry } from './raw-config.js';
import { readInside, type Root } from './inside-root.js';
import { bodyKind, renderBody } from './render-body.js';
import type { SourceMap } from './source-map.js';

export interface TranslationBase {
  /** Absolute folder that translation body files are relative to. */
  dir: string;
  /** The same folder as shown in messages. */
  displayDir: string;
}

export interface Translations {
  /** By article index in the (combined) article list. */
  translations: Map<number, Record<string, ArticleTranslation>>;
  problems: Problem[];
  warnings: Problem[];
}

export async function loadTranslations(
  raw: RawConfig,
  map: SourceMap,
  configDir: string,
  root: Root,
  baseOf: (index: number) => TranslationBase,
): Promise<Translations> {
  const out: Translations = { translations: new Map(), problems: [], warnings: [] };
  await Promise.all(
    raw.articles.map(async (article) => {
      const declared = article.fields['translations'];
      if (!isRecord(declared) || isAbsent(article)) return;
      const result: Record<string, ArticleTranslation> = {};
      for (const [locale, value] of Object.entries(declared)) {
        if (!isRecord(value) || typeof value['title'] !== 'string') continue;
        const t = await translation(article, locale, value, map, { configDir, root, baseOf }, out);
        if (t) result[locale] = t;
      }
      out.translations.set(article.index, result);
    }),
  );
  return out;
}

async function translation(
  article: RawEntry,
  locale: string,
  value: Record<string, unknown>,
  map: SourceMap,
  where: { configDir: string; root: Root; baseOf: (index: number) => TranslationBase },
  out: Translations,
): Promise<ArticleTranslation | undefined> {
  const path = ['articles', article.index, 'translations', locale];
  const t: ArticleTranslation = { title: value['title'] as string };
  const description = value['description'];
  if (typeof description === 'string' || description === null) t.description = description;
  const inline = value['body'];
  if (typeof inline === 'string') {
    t.body = inline;
    const pos = map.value([...path, 'body']);
    for (const f of htmlFindings(inline)) {
      out.warnings.push({ pos, ...findingMessage(f, false), severity: 'warning' });
    }
    return t;
  }
  const file = value['body_file'];
  if (typeof file !== 'string' || file === '') return t;
  const pos = map.value([...path, 'body_file']);
  const kind = bodyKind(file);
  if (!kind) {
    out.problems.push({
      pos,
      message: `translation body file \`${file}\` has an unsupported extension`,
      hint: 'use a Markdown (.md) or HTML (.html) file',
    });
    return undefined;
  }
  const base = where.baseOf(article.index);
  const abs = resolve(base.dir, file);
  const read = await readInside(abs, `translation body file \`${file}\``, where.root);
  if (!read.ok) {
    out.problems.push({ pos, message: read.message, hint: read.hint });
    return undefined;
  }
  const display = isAbsolute(file) ? file : join(base.displayDir, file);
  const rendered = renderBody(read.text.replace(/\r\n?/g, '\n'), kind, display);
  out.warnings.push(...rendered.warnings);
  t.body = rendered.html;
  t.bodyFile = relative(where.configDir, abs).split('\\').join('/');
  return t;
}
