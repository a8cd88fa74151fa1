// Export writes only inside the folder it was given, and only into a folder that holds nothing of
// the user's: an empty folder, or a previous export (workspace.yaml carrying the export marker,
// help-center/, and dotfiles such as .git). Before writing, the previous export's article files
// are removed, so an article deleted in Intercom does not linger and get re-created by apply.
import { mkdir, readdir, readFile, realpath, rm, rmdir, stat, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { UserError } from '../errors/user-error.js';
import { bodyKind } from '../config/render-body.js';
import { ARTICLES_DIR, EXPORT_MARKER } from './workspace-doc.js';

const OWNED = new Set(['workspace.yaml', ARTICLES_DIR.replace(/\/$/, '')]);

export async function prepareOutDir(outDir: string, force: boolean): Promise<void> {
  const info = await stat(outDir).catch(() => undefined);
  if (!info) return void (await mkdir(outDir, { recursive: true }));
  if (!info.isDirectory()) {
    throw new UserError(`${outDir} is a file, not a folder`, { hint: 'give --out a folder' });
  }
  const visible = (await readdir(outDir)).filter((name) => !name.startsWith('.'));
  if (visible.length === 0) return;
  if (!force && !(await isPreviousExport(outDir, visible))) {
    throw new UserError(`${outDir} is not empty and does not hold a previous export`, {
      hint: 'export into an empty folder (or one holding an earlier export), or pass --force to replace workspace.yaml and the .md/.html files under help-center/',
    });
  }
  await removeArticleFiles(join(outDir, ARTICLES_DIR));
}

async function isPreviousExport(outDir: string, names: string[]): Promise<boolean> {
  if (!names.every((n) => OWNED.has(n))) return false;
  const text = await readFile(join(outDir, 'workspace.yaml'), 'utf8').catch(() => '');
  return text.split('\n', 5).some((line) => line.startsWith('#') && line.includes(EXPORT_MARKER));
}

/** Deletes .md/.html files under `dir`, then the folders left empty. Symlinks are not followed. */
async function removeArticleFiles(dir: string): Promise<void> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      await removeArticleFiles(path);
      if ((await readdir(path)).length === 0) await rmdir(path);
    } else if (entry.isFile() && bodyKind(entry.name) !== undefined) {
      await rm(path);
    }
  }
}

/** Writes `rel` under `outDir`, refusing any path (or symlinked folder) that leads outside it. */
export async function writeInside(outDir: string, rel: string, content: string): Promise<void> {
  const root = resolve(outDir);
  const target = resolve(root, rel);
  if (!target.startsWith(root + sep)) throw new Error(`refusing to write outside ${root}: ${rel}`);
  const realRoot = await realpath(root);
  // Checked before any folder is created: mkdir would follow a symlink out of the export.
  await assertInside(realRoot, await nearestExisting(dirname(target)), root);
  await mkdir(dirname(target), { recursive: true });
  await assertInside(realRoot, dirname(target), root);
  await writeFile(target, content);
}

async function assertInside(realRoot: string, dir: string, root: string): Promise<void> {
  const real = await realpath(dir);
  if (real === realRoot || !relative(realRoot, real).startsWith('..')) return;
  throw new UserError(`${dir} leads outside ${root}`, {
    hint: 'remove the symbolic link, or export into another folder',
  });
}

async function nearestExisting(dir: string): Promise<string> {
  let current = dir;
  while (!(await stat(current).catch(() => undefined))) current = dirname(current);
  return current;
}
