// Which files in `articles_dir` are articles: .md and .html files at any depth, in a stable order
// (sorted by path) so plans and problem lists never depend on the file system's listing order.
// Hidden files and folders (.git, .DS_Store) are skipped, as a writer would expect. Symlinks are
// followed like the files and folders they point at, but a folder that resolves outside the
// repository is not walked (its files would show in the public plan) and is reported instead; a
// symlinked file outside is refused when it is read. A symlink back up the tree is walked once.
import { readdir, stat } from 'node:fs/promises';
import { posix } from 'node:path';
import { bodyKind } from '../render-body.js';
import { isInside, realTarget, type Root } from '../inside-root.js';

export interface Scan {
  /** Paths relative to the folder, with `/` separators, sorted. */
  files: string[];
  /** Folders (relative, `''` for the folder itself) that resolve outside `root`, not walked. */
  outside: string[];
}

export async function scanArticleFiles(dir: string, root: Root): Promise<Scan> {
  const scan: Scan = { files: [], outside: [] };
  const walk = async (rel: string, above: ReadonlySet<string>): Promise<void> => {
    const abs = rel === '' ? dir : `${dir}/${rel}`;
    const real = await realTarget(abs);
    if (!isInside(root, real)) return void scan.outside.push(rel);
    if (above.has(real)) return;
    const entries = await readdir(abs, { withFileTypes: true });
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const path = rel === '' ? entry.name : posix.join(rel, entry.name);
      const kind = entry.isSymbolicLink() ? await linkKind(`${dir}/${path}`) : entry;
      if (kind.isDirectory()) await walk(path, new Set([...above, real]));
      else if (kind.isFile() && bodyKind(entry.name) !== undefined) scan.files.push(path);
    }
  };
  await walk('', new Set());
  scan.files.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  scan.outside.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return scan;
}

type Kind = { isDirectory(): boolean; isFile(): boolean };

/** What a symlink points at; a dangling one counts as a file, so reading it says it is missing. */
async function linkKind(path: string): Promise<Kind> {
  return stat(path).catch(() => ({ isDirectory: () => false, isFile: () => true }));
}
