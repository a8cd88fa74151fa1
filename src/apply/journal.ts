// The apply journal: a local JSON Lines file that records the plan being applied and, for every
// change, a line before it starts and a line when it is done or has failed. A process that is
// killed mid-apply leaves the journal behind, and `apply --resume` reads it to continue where the
// dead process stopped instead of repeating what was done (see journal-read.ts, resume-plan.ts).
// Every line is written with one append and flushed to disk (fdatasync) before the apply moves
// on, so a change reported done is never missing from the journal. Lines are queued, so changes
// running concurrently never interleave their bytes.
import { constants as fsConstants } from 'node:fs';
import { lstat, mkdir, open, rm, rmdir, type FileHandle } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import type { Plan } from '../planner/plan.js';
import { UserError } from '../errors/user-error.js';
import type { ApplyResult, ErrorInfo } from './events.js';

export const JOURNAL_DIR = '.intercom-as-code';
export const JOURNAL_FILE = 'journal.jsonl';

export type JournalEntry =
  | { type: 'plan'; created_at: string; config_path: string; plan: Plan }
  /** A later process took the journal over with `apply --resume`. */
  | { type: 'resume'; at: string }
  | { type: 'start'; ref: string; at: string }
  | { type: 'done'; ref: string; id: string; at: string }
  | { type: 'failed'; ref: string; error: ErrorInfo; at: string };

export interface Journal {
  readonly path: string;
  /**
   * Records that a change is about to run. Rejects when the journal cannot be written (now or
   * earlier), so no change runs unrecorded.
   */
  start(ref: string): Promise<void>;
  /** Records success; never rejects (a write failure is kept in `error`). */
  done(ref: string, id: string): Promise<void>;
  /** Records failure; never rejects. */
  failed(ref: string, error: ErrorInfo): Promise<void>;
  /** The first write failure, if any. */
  readonly error: Error | undefined;
  close(): Promise<void>;
}

/** `.intercom-as-code/journal.jsonl` in the directory of the config file. */
export function defaultJournalPath(configPath: string): string {
  return join(dirname(resolve(configPath)), JOURNAL_DIR, JOURNAL_FILE);
}

/** Starts a new journal for `plan`, replacing any earlier one at `path`. */
export async function openJournal(path: string, plan: Plan): Promise<Journal> {
  const journal = await journalAt(path, 'w');
  await journal.write({
    type: 'plan',
    created_at: new Date().toISOString(),
    config_path: plan.configPath,
    plan,
  });
  journal.throwIfBroken();
  return journal;
}

/** Continues an existing journal (for `apply --resume`): appends, never rewrites the plan. */
export async function reopenJournal(path: string): Promise<Journal> {
  const journal = await journalAt(path, 'a');
  await journal.write({ type: 'resume', at: new Date().toISOString() });
  journal.throwIfBroken();
  return journal;
}

/**
 * Closes the journal at the end of an apply, and removes it when nothing failed or was skipped:
 * there is nothing left to resume. Otherwise it stays for `apply --resume`.
 * @returns whether the journal was removed
 */
export async function completeJournal(journal: Journal, result: ApplyResult): Promise<boolean> {
  await journal.close();
  const clean = result.failed.length === 0 && result.skipped.length === 0;
  if (!clean || journal.error !== undefined) return false;
  await removeJournal(journal.path);
  return true;
}

/** Removes a journal (and its directory when that is left empty); a missing one is fine. */
export async function removeJournal(path: string): Promise<void> {
  await rm(path, { force: true });
  await rmdir(dirname(path)).catch(() => {});
}

interface JournalWriter extends Journal {
  write(entry: JournalEntry): Promise<void>;
  throwIfBroken(): void;
}

async function journalAt(path: string, flags: 'w' | 'a'): Promise<JournalWriter> {
  let handle: FileHandle;
  try {
    await mkdir(dirname(path), { recursive: true });
    await refuseSymlinkedDir(dirname(path));
    handle = await open(path, openFlags(flags), 0o600);
  } catch (error) {
    throw journalError(path, error);
  }
  let queue: Promise<void> = Promise.resolve();
  let error: Error | undefined;
  let closed = false;

  const write = (entry: JournalEntry): Promise<void> => {
    queue = queue.then(async () => {
      if (error !== undefined || closed) return;
      try {
        await handle.appendFile(`${JSON.stringify(entry)}\n`, 'utf8');
        await handle.datasync();
      } catch (cause) {
        error = journalError(path, cause);
      }
    });
    return queue;
  };
  const throwIfBroken = (): void => {
    if (error !== undefined) throw error;
  };
  const at = (): string => new Date().toISOString();

  return {
    path,
    get error() {
      return error;
    },
    write,
    throwIfBroken,
    async start(ref) {
      throwIfBroken();
      await write({ type: 'start', ref, at: at() });
      throwIfBroken();
    },
    done: (ref, id) => write({ type: 'done', ref, id, at: at() }),
    failed: (ref, info) => write({ type: 'failed', ref, error: info, at: at() }),
    async close() {
      await queue;
      if (closed) return;
      closed = true;
      await handle.close();
    },
  };
}

/**
 * Never follow a symlink where the journal goes: one planted there (by a pull request, say)
 * would make apply overwrite its target. O_NOFOLLOW refuses a symlinked file; the directory is
 * checked by hand, since O_NOFOLLOW only looks at the last path component.
 */
function openFlags(mode: 'w' | 'a'): number {
  const { O_WRONLY, O_CREAT, O_TRUNC, O_APPEND, O_NOFOLLOW } = fsConstants;
  return O_WRONLY | O_CREAT | O_NOFOLLOW | (mode === 'w' ? O_TRUNC : O_APPEND);
}

async function refuseSymlinkedDir(dir: string): Promise<void> {
  if ((await lstat(dir)).isSymbolicLink()) {
    throw new Error(`${dir} is a symbolic link; the journal is only written to a real directory`);
  }
}

function journalError(path: string, cause: unknown): UserError {
  const why = cause instanceof Error ? cause.message : String(cause);
  return new UserError(`cannot write the apply journal ${path}: ${why}`, {
    hint: 'check that the directory is writable and the disk is not full',
    cause,
  });
}
