// Which files in `articles_dir` are articles: .md and .html files at any depth, in a stable order
// (sorted by path) so plans and problem lists never depend on the file system's listing order.
// Hidden files and folders (.git, .DS_Store) are skipped, as a writer would expect.
import { readdir } from 'node:fs/promises';
import { posix } from 'node:path';
import { bodyKind } from '../render-body.js';

/** Paths relative to `root`, with `/` separators, sorted. */
export async function scanArticleFiles(root: string): Promise<string[]> {
  const found: string[] = [];
  const walk = async (rel: string): Promise<void> => {
    const entries = await readdir(rel === '' ? root : `${root}/${rel}`, { withFileTypes: true });
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const path = rel === '' ? entry.name : posix.join(rel, entry.name);
      if (entry.isDirectory()) await walk(path);
      else if (entry.isFile() && bodyKind(entry.name) !== undefined) found.push(path);
    }
  };
  await walk('');
  return found.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
