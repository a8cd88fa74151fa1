// One apply at a time per config: two applies planning at once would both plan the same creates
// and make duplicates, and the second would replace the first's journal. The lock is a file
// beside the journal, created exclusively, naming the process that holds it. A lock whose
// process is gone (same host, no such pid) is stale and taken over; one held on another host
// cannot be judged from here, so it is refused with the way to remove it.
import { hostname } from 'node:os';
import { constants as fsConstants } from 'node:fs';
import { mkdir, open, readFile, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { UserError } from '../errors/user-error.js';

export const LOCK_FILE = 'apply.lock';

export interface ApplyLock {
  readonly path: string;
  release(): Promise<void>;
}

interface Holder {
  pid: number;
  host: string;
  started: string;
}

export interface LockOptions {
  /** @default process.pid */
  pid?: number;
  /** @default os.hostname() */
  host?: string;
  /** Whether a process with this pid runs on this host. @default a signal-0 probe */
  alive?: (pid: number) => boolean;
}

/** `.intercom-as-code/apply.lock` in the directory of the config file. */
export function lockPathFor(journalPath: string): string {
  return join(dirname(journalPath), LOCK_FILE);
}

export async function acquireApplyLock(
  journalPath: string,
  options: LockOptions = {},
): Promise<ApplyLock> {
  const path = lockPathFor(journalPath);
  const me: Holder = {
    pid: options.pid ?? process.pid,
    host: options.host ?? hostname(),
    started: new Date().toISOString(),
  };
  const alive = options.alive ?? isAlive;
  await mkdir(dirname(path), { recursive: true });
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const { O_WRONLY, O_CREAT, O_EXCL, O_NOFOLLOW } = fsConstants;
      const handle = await open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW, 0o600);
      await handle.writeFile(JSON.stringify(me) + '\n');
      await handle.close();
      return { path, release: () => rm(path, { force: true }) };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const holder = await readHolder(path);
    const stale = holder !== undefined && holder.host === me.host && !alive(holder.pid);
    if (!stale) throw busy(path, holder);
    await rm(path, { force: true });
  }
  throw busy(path, await readHolder(path));
}

async function readHolder(path: string): Promise<Holder | undefined> {
  try {
    const value = JSON.parse(await readFile(path, 'utf8')) as Partial<Holder>;
    if (typeof value.pid === 'number' && typeof value.host === 'string') {
      return { pid: value.pid, host: value.host, started: String(value.started ?? '') };
    }
  } catch {
    // Unreadable or half-written: treated as held, never silently taken.
  }
  return undefined;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function busy(path: string, holder: Holder | undefined): UserError {
  const who = holder
    ? `process ${holder.pid} on ${holder.host} (since ${holder.started})`
    : 'another process';
  return new UserError(`another apply is running on this config: ${who} holds ${path}`, {
    hint: `wait for it to finish; if that process is gone (another machine, a lost container), delete ${path}; nothing was changed`,
  });
}
