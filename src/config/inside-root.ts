// A pull request controls every path in the config and front matter, and what is read ends up in
// the public plan comment, so no path may reach a file outside the repository (an SSH key, the
// runner's /etc/passwd) by `../`, an absolute path or a symlink. Each file is resolved with
// realpath and must stay under the root: the nearest folder at or above the config that holds a
// `.git` entry, or the config's own folder when there is none. Symlinks that stay inside are fine.
import { lstat, realpath } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, relative, sep } from 'node:path';
import { readTextFile, type ReadResult } from './read-text-file.js';

export interface Root {
  /** Real absolute path of the folder nothing is read outside of. */
  dir: string;
  /** How messages name it. */
  name: 'the repository' | "the config file's folder";
}

export async function findRoot(configPath: string): Promise<Root> {
  const start = await realTarget(dirname(configPath));
  for (let dir = start; ; dir = dirname(dir)) {
    if (await exists(join(dir, '.git'))) return { dir, name: 'the repository' };
    if (dirname(dir) === dir) return { dir: start, name: "the config file's folder" };
  }
}

/** The real path of `abs`; for a path that does not exist, its nearest existing ancestor's. */
export async function realTarget(abs: string): Promise<string> {
  try {
    return await realpath(abs);
  } catch {
    // Missing (or unreadable): resolve what does exist, so `link/gone.md` with `link` pointing
    // outside is still outside, and let the read report the rest.
    const parent = dirname(abs);
    return parent === abs ? abs : join(await realTarget(parent), basename(abs));
  }
}

export function isInside(root: Root, real: string): boolean {
  const rel = relative(root.dir, real);
  return rel === '' || (!isAbsolute(rel) && rel !== '..' && !rel.startsWith(`..${sep}`));
}

export function outside(what: string, root: Root): { message: string; hint: string } {
  return {
    message: `${what} is outside ${root.name}`,
    hint: `only files under ${root.dir} are read, so that a pull request cannot show other files of the machine in its plan: move the file there, or point the symlink inside it`,
  };
}

/** readTextFile, for a file that must resolve to a path inside `root`. */
export async function readInside(abs: string, what: string, root: Root): Promise<ReadResult> {
  const real = await realTarget(abs);
  // The resolved path is read, not the written one: it is the path that was checked.
  return isInside(root, real) ? readTextFile(real, what) : { ok: false, ...outside(what, root) };
}

async function exists(path: string): Promise<boolean> {
  return lstat(path).then(
    () => true,
    () => false,
  );
}
