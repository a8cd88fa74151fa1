// Reads an apply journal back for `apply --resume`. The last line may be cut short by the kill
// that left the journal behind: it is ignored, because a line is only relied on once it is
// complete. Anything else that does not parse means the file is not a journal this tool wrote,
// and resuming from a guess could repeat or skip writes, so it is refused.
import { readFile } from 'node:fs/promises';
import type { Plan } from '../planner/plan.js';
import { UserError } from '../errors/user-error.js';
import type { JournalEntry } from './journal.js';

export interface LoadedJournal {
  path: string;
  /** The plan the interrupted apply was running. */
  plan: Plan;
  /** Change ref -> live id, for every change recorded done. */
  done: Map<string, string>;
  /** Started but neither done nor failed: in flight when the process died. */
  started: Set<string>;
  /** Whose last attempt failed. */
  failed: Set<string>;
}

export async function loadJournal(path: string): Promise<LoadedJournal> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const missing = (error as { code?: unknown }).code === 'ENOENT';
    throw new UserError(
      missing ? `there is no apply journal to resume at ${path}` : `cannot read ${path}`,
      {
        hint: missing
          ? 'the last apply finished (or never started); run `apply` without --resume'
          : 'check the file permissions',
        cause: error,
      },
    );
  }
  const lines = text.split('\n');
  const entries: JournalEntry[] = [];
  for (const [i, line] of lines.entries()) {
    if (line.trim() === '') continue;
    const entry = parseEntry(line);
    if (entry !== undefined) {
      entries.push(entry);
      continue;
    }
    const last = lines.slice(i + 1).every((l) => l.trim() === '');
    if (last) break;
    throw damaged(path, `line ${i + 1} is not a journal entry`);
  }
  const header = entries[0];
  if (header?.type !== 'plan') throw damaged(path, 'it does not start with the plan');

  const done = new Map<string, string>();
  const started = new Set<string>();
  const failed = new Set<string>();
  for (const entry of entries.slice(1)) {
    if (entry.type === 'plan') throw damaged(path, 'it holds more than one plan');
    if (entry.type === 'resume') continue;
    // The latest line about a change wins: a resumed apply may retry what an earlier one failed.
    started.delete(entry.ref);
    failed.delete(entry.ref);
    if (entry.type === 'start') started.add(entry.ref);
    else if (entry.type === 'failed') failed.add(entry.ref);
    else done.set(entry.ref, entry.id);
  }
  return { path, plan: header.plan, done, started, failed };
}

function parseEntry(line: string): JournalEntry | undefined {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return undefined;
  }
  if (typeof value !== 'object' || value === null) return undefined;
  const e = value as Record<string, unknown>;
  switch (e.type) {
    case 'plan':
      return isPlan(e.plan) ? (value as JournalEntry) : undefined;
    case 'resume':
      return value as JournalEntry;
    case 'start':
    case 'failed':
      return typeof e.ref === 'string' ? (value as JournalEntry) : undefined;
    case 'done':
      return typeof e.ref === 'string' && typeof e.id === 'string'
        ? (value as JournalEntry)
        : undefined;
    default:
      return undefined;
  }
}

function isPlan(value: unknown): value is Plan {
  if (typeof value !== 'object' || value === null) return false;
  const p = value as Record<string, unknown>;
  return Array.isArray(p.changes) && typeof p.ids === 'object' && p.ids !== null;
}

function damaged(path: string, why: string): UserError {
  return new UserError(`the apply journal ${path} is damaged: ${why}`, {
    hint: 'delete it and run `apply` without --resume; the plan is made afresh from the workspace',
  });
}
