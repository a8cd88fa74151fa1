// What a file's place in `articles_dir` says when its front matter does not: the key is the path
// (without extension), and the collection is the folder the file sits in. The rule is simply that
// a folder's name is a collection key, so `help-center/billing/refunds.md` is in `billing`,
// however deeply `billing` is nested; files at the top of the folder name no collection.
import { posix } from 'node:path';
import type { Problem } from '../../errors/problem.js';
import { closest } from '../closest.js';
import { slugify } from '../slug.js';
import type { ArticleFile } from './parse-file.js';

/** `getting-started/Billing/Refunds.md` -> `getting-started/billing/refunds`. */
export function pathKey(rel: string): string {
  const withoutExt = rel.slice(0, rel.length - posix.extname(rel).length);
  return withoutExt
    .split('/')
    .map(slugify)
    .filter((s) => s !== '')
    .join('/');
}

/** The folder holding the file, or undefined at the top of articles_dir. */
export function folderOf(rel: string): string | undefined {
  const dir = posix.dirname(rel);
  return dir === '.' ? undefined : posix.basename(dir);
}

/** Fills `key` and `collection` in place; a folder that names no collection is a problem. */
export function applyDefaults(
  file: ArticleFile,
  data: Record<string, unknown>,
  collectionKeys: ReadonlySet<string>,
): Problem[] {
  const key = pathKey(file.rel);
  if (data['key'] === undefined && key !== '') data['key'] = key;
  const folder = folderOf(file.rel);
  if (data['collection'] !== undefined || folder === undefined) return [];
  if (collectionKeys.has(folder)) {
    data['collection'] = folder;
    return [];
  }
  const guess = closest(folder, [...collectionKeys]);
  return [
    {
      pos: file.front?.map.entry([]) ?? { file: file.display, line: 1, col: 1 },
      message: `\`${file.display}\` is in folder \`${folder}\`, which is not a collection key`,
      hint: guess
        ? `did you mean \`${guess}\`? Name the folder after a collection key, or set \`collection:\` in the front matter`
        : 'name the folder after a collection key, or set `collection:` in the front matter (null for none)',
    },
  ];
}
