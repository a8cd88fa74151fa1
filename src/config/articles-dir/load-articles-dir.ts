// `articles_dir` turns a folder of Markdown (or HTML) files with front matter into articles, so
// writers edit one file per article in pull requests. Each file becomes an article entry exactly
// as if it were written under `articles:`; load-config validates it with the rest, and every
// position points into the file. A file named as another article's translation `body_file` is
// that translation's body, not an article of its own. Nothing outside the repository is read.
import { stat } from 'node:fs/promises';
import { dirname, isAbsolute, join, posix, resolve } from 'node:path';
import type { SourcePos } from '../../model/desired.js';
import type { Problem } from '../../errors/problem.js';
import { mapLimit } from '../../util/map-limit.js';
import type { Body } from '../body-files.js';
import { isRecord } from '../data-path.js';
import { bodyKind, renderBody } from '../render-body.js';
import type { SourceMap } from '../source-map.js';
import { outside, type Root } from '../inside-root.js';
import type { Lookup } from '../variables.js';
import { applyDefaults } from './defaults.js';
import { parseArticleFile, type ArticleFile } from './parse-file.js';
import { scanArticleFiles } from './scan.js';

export interface DirArticle {
  /** The front matter, with `key` and `collection` defaults filled in. */
  data: Record<string, unknown>;
  map: SourceMap;
  body: Body;
  /** Absolute folder of the file: translation `body_file`s are relative to it. */
  dir: string;
  /** The same folder as shown in messages. */
  displayDir: string;
}

export interface ArticlesDir {
  articles: DirArticle[];
  problems: Problem[];
  warnings: Problem[];
}

export interface ArticlesDirOptions {
  /** `articles_dir` as written. */
  dir: string;
  /** Where `articles_dir` is written. */
  pos: SourcePos;
  /** Absolute path of the config file. */
  configPath: string;
  /** The config path as the user gave it, for messages. */
  displayConfig: string;
  lookup: Lookup;
  /** Nothing outside it is read. */
  root: Root;
  collectionKeys: ReadonlySet<string>;
}

/** Front matter keys that make no sense in a file whose content is the body. */
const BODY_KEYS = ['body', 'body_file'];

export async function loadArticlesDir(options: ArticlesDirOptions): Promise<ArticlesDir> {
  const out: ArticlesDir = { articles: [], problems: [], warnings: [] };
  const root = resolve(dirname(options.configPath), options.dir);
  const displayRoot = isAbsolute(options.dir)
    ? options.dir
    : join(dirname(options.displayConfig), options.dir);
  const missing = await notADirectory(root);
  if (missing) {
    out.problems.push({
      pos: options.pos,
      message: `articles_dir \`${options.dir}\` ${missing}`,
      hint: `check the path, relative to the config file (looked for ${root})`,
    });
    return out;
  }
  const scan = await scanArticleFiles(root, options.root);
  out.problems.push(...scan.outside.map((rel) => outsideFolder(rel, options)));
  const context = { lookup: options.lookup, root: options.root };
  const files = await mapLimit(scan.files, 16, (rel) =>
    parseArticleFile(join(root, rel), rel, join(displayRoot, rel), context),
  );
  const translationBodies = new Set(files.flatMap(translationFiles));
  for (const file of files) {
    if (translationBodies.has(file.abs)) continue;
    out.problems.push(...file.problems);
    out.warnings.push(...file.warnings);
    if (file.noFrontMatter) out.warnings.push(skipped(file));
    if (file.front) addArticle(file, options, out);
  }
  return out;
}

function addArticle(file: ArticleFile, options: ArticlesDirOptions, out: ArticlesDir): void {
  const front = file.front!;
  for (const key of BODY_KEYS) {
    if (front.data[key] === undefined) continue;
    out.problems.push({
      pos: front.map.key([key]),
      message: `\`${key}\` cannot be given in the front matter of \`${file.display}\``,
      hint: 'the body of a file in articles_dir is the file itself: write it below the closing ---',
    });
  }
  out.problems.push(...applyDefaults(file, front.data, options.collectionKeys));
  const rendered = renderBody(
    front.body,
    bodyKind(file.rel) ?? 'markdown',
    file.display,
    front.bodyLine,
  );
  out.warnings.push(...rendered.warnings);
  out.articles.push({
    data: front.data,
    map: front.map,
    body: { html: rendered.html, bodyFile: posix.join(options.dir.replace(/\\/g, '/'), file.rel) },
    dir: dirname(file.abs),
    displayDir: dirname(file.display),
  });
}

/** Absolute paths of the translation bodies a file's front matter names. */
function translationFiles(file: ArticleFile): string[] {
  const translations = file.front?.data['translations'];
  if (!isRecord(translations)) return [];
  return Object.values(translations).flatMap((t) =>
    isRecord(t) && typeof t['body_file'] === 'string'
      ? [resolve(dirname(file.abs), t['body_file'])]
      : [],
  );
}

/** The folder, or a symlinked folder in it, that leads outside: reported where the walk starts. */
function outsideFolder(rel: string, options: ArticlesDirOptions): Problem {
  const what =
    rel === ''
      ? `articles_dir \`${options.dir}\``
      : `folder \`${posix.join(options.dir.replace(/\\/g, '/'), rel)}\` of articles_dir`;
  return { pos: options.pos, ...outside(what, options.root) };
}

function skipped(file: ArticleFile): Problem {
  return {
    pos: { file: file.display, line: 1, col: 1 },
    message: `\`${file.display}\` has no front matter and is not an article`,
    hint: 'start it with a --- line, `title:` and `author:`, and a closing --- line, or move it out of articles_dir',
    severity: 'warning',
  };
}

async function notADirectory(path: string): Promise<string | undefined> {
  try {
    return (await stat(path)).isDirectory() ? undefined : 'is a file, not a folder';
  } catch {
    return 'not found';
  }
}
