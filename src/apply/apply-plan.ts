// Runs a Plan. Creates and updates go first, in dependency order; deletes go last and only if
// everything before them succeeded, so an article is never lost with a collection that was meant
// to be emptied first. The engine emits events and never prints: the CLI decides how to show them.
// Each change runs through recovery.ts (a lost answer is never a duplicate) and, when a journal
// is given, is recorded before and after so a killed apply can be resumed.
import type { Change } from '../model/change.js';
import type { IntercomClient } from '../intercom/client-types.js';
import type { Provider } from '../providers/provider.js';
import type { Plan } from '../planner/plan.js';
import { isUserError } from '../errors/user-error.js';
import type { ApplyListener, ApplyResult, ErrorInfo } from './events.js';
import { runGraph } from './run-graph.js';
import { runChange, type ChangeOutcome } from './recovery.js';
import { completeJournal, type Journal } from './journal.js';

export interface ApplyOptions {
  plan: Plan;
  client: IntercomClient;
  providers: Provider[];
  /**
   * Changes in flight at once.
   * @default 4
   * @example 8
   */
  concurrency?: number;
  /** Receives every event; the engine itself prints nothing. */
  onEvent?: ApplyListener;
  /** @default Date.now */
  now?: () => number;
  /**
   * Records each change before and after it runs (see journal.ts), so a killed apply can be
   * resumed. applyPlan completes it at the end: removed when everything was applied, kept
   * (closed) otherwise.
   */
  journal?: Journal;
}

export async function applyPlan(options: ApplyOptions): Promise<ApplyResult> {
  const { plan, client, journal } = options;
  const now = options.now ?? Date.now;
  const emit: ApplyListener = options.onEvent ?? (() => {});
  const concurrency = Math.max(1, options.concurrency ?? 4);
  const providers = new Map(options.providers.map((p) => [p.kind, p]));
  // Ids of objects created in this apply, by change ref: what placeholders are filled with.
  const created = new Map<string, string>();
  const result: ApplyResult = { applied: [], failed: [], skipped: [], durationMs: 0 };
  const started = now();

  const run = async (change: Change): Promise<boolean> => {
    const t0 = now();
    emit({ type: 'change-start', change });
    let outcome: ChangeOutcome;
    try {
      await journal?.start(change.ref);
      outcome = await runChange(providers.get(change.kind)!, client, change, (ref) =>
        created.get(ref),
      );
    } catch (error) {
      const info = toErrorInfo(error);
      await journal?.failed(change.ref, info);
      result.failed.push({ change, error: info });
      emit({ type: 'change-failed', change, error: info });
      return false;
    }
    const { id, recovered } = outcome;
    if (change.action === 'create') created.set(change.ref, id);
    // Journaled before it is reported: a change shown as done is never missing from the journal.
    await journal?.done(change.ref, id);
    result.applied.push(change);
    const durationMs = now() - t0;
    emit({ type: 'change-done', change, id, durationMs, ...(recovered ? { recovered } : {}) });
    return true;
  };
  const skip = (change: Change, because: string): void => {
    result.skipped.push({ change, because });
    emit({ type: 'change-skipped', change, because });
  };

  emit({ type: 'apply-start', total: plan.changes.length, concurrency });
  const writes = plan.changes.filter((c) => c.action !== 'delete');
  const deletes = plan.changes.filter((c) => c.action === 'delete');
  await runGraph(writes, concurrency, run, skip);
  if (result.failed.length > 0 || result.skipped.length > 0) {
    for (const c of deletes) skip(c, 'an earlier change failed');
  } else {
    await runGraph(deletes, concurrency, run, skip);
  }
  result.durationMs = now() - started;
  // A journal that cannot be removed only costs a later `--resume` that finds nothing left to do.
  if (journal) await completeJournal(journal, result).catch(() => false);
  emit({ type: 'apply-done', result });
  return result;
}

function toErrorInfo(error: unknown): ErrorInfo {
  if (isUserError(error)) return { name: error.name, message: error.message, hint: error.hint };
  if (error instanceof Error) return { name: error.name, message: error.message };
  return { name: 'Error', message: String(error) };
}
