// A saved plan was computed from one version of the config; `apply FILE` must notice when the
// YAML or any article body file has changed since, because the plan no longer says what the
// files say. The hash covers the config's bytes and every body file's path and bytes, framed
// with their lengths so no two different sets of files can produce the same input. A body file
// that is missing hashes as missing, so its appearing later changes the hash too.
import { createHash, type Hash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import type { Desired } from '../model/desired.js';
import { UserError } from '../errors/user-error.js';

export async function hashConfig(desired: Desired): Promise<string> {
  const hash = createHash('sha256');
  const config = await readBytes(desired.configPath);
  if (config === undefined) {
    throw new UserError(`config file ${desired.configPath} no longer exists`, {
      hint: 'restore it, or pass the config the plan was made from',
    });
  }
  frame(hash, 'config', config);
  const dir = dirname(desired.configPath);
  const bodyFiles = new Set<string>();
  for (const a of desired.articles) if (a.bodyFile !== undefined) bodyFiles.add(a.bodyFile);
  for (const file of [...bodyFiles].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))) {
    frame(hash, `body_file ${file}`, await readBytes(resolve(dir, file)));
  }
  return hash.digest('hex');
}

function frame(hash: Hash, label: string, bytes: Buffer | undefined): void {
  const name = Buffer.from(label, 'utf8');
  hash.update(`${name.length}:`).update(name);
  if (bytes === undefined) hash.update('-;');
  else hash.update(`${bytes.length}:`).update(bytes).update(';');
}

async function readBytes(path: string): Promise<Buffer | undefined> {
  try {
    return await readFile(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new UserError(`cannot read ${path}: ${(error as Error).message}`, {
      hint: 'check that the file is readable',
      cause: error,
    });
  }
}
