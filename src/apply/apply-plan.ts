// Runs a Plan. Creates and updates go first, in dependency order; deletes go last and only if
// everything before them succeeded, so an article is never lost with a collection that was meant
// to be emptied first. The engine emits events and never prints: the CLI decides how to show them.
import type { Change } from '../model/change.js';
import type { Kind, LiveObject } from '../model/objects.js';
import type { IntercomClient } from '../intercom/client-types.js';
import type { Provider } from '../providers/provider.js';
import type { ApplyRefs } from '../providers/refs.js';
import type { Plan } from '../planner/plan.js';
import { isUserError } from '../errors/user-error.js';
import type { ApplyListener, ApplyResult, ErrorInfo } from './events.js';
import { runGraph } from './run-graph.js';

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
}

export async function applyPlan(options: ApplyOptions): Promise<ApplyResult> {
  const { plan, client } = options;
  const now = options.now ?? Date.now;
  const emit: ApplyListener = options.onEvent ?? (() => {});
  const concurrency = Math.max(1, options.concurrency ?? 4);
  const providers = new Map(options.providers.map((p) => [p.kind, p]));
  const refs = createApplyRefs(plan);
  const result: ApplyResult = { applied: [], failed: [], skipped: [], durationMs: 0 };
  const started = now();

  const run = async (change: Change): Promise<boolean> => {
    const t0 = now();
    emit({ type: 'change-start', change });
    try {
      const live = await execute(providers.get(change.kind)!, client, change, refs);
      if (live) refs.set(change.kind, change.key, live.id);
      result.applied.push(change);
      const id = change.action === 'create' ? (live?.id ?? '') : change.id;
      emit({ type: 'change-done', change, id, durationMs: now() - t0 });
      return true;
    } catch (error) {
      const info = toErrorInfo(error);
      result.failed.push({ change, error: info });
      emit({ type: 'change-failed', change, error: info });
      return false;
    }
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
  emit({ type: 'apply-done', result });
  return result;
}

async function execute(
  provider: Provider,
  client: IntercomClient,
  change: Change,
  refs: ApplyRefs,
): Promise<LiveObject | undefined> {
  if (change.action === 'create') return provider.create(client, change, refs);
  if (change.action === 'update') return provider.update(client, change, refs);
  await provider.delete(client, change, refs);
  return undefined;
}

function createApplyRefs(
  plan: Plan,
): ApplyRefs & { set(kind: Kind, key: string, id: string): void } {
  const ids = new Map<string, string>();
  for (const [kind, byKey] of Object.entries(plan.ids)) {
    for (const [key, id] of Object.entries(byKey ?? {})) ids.set(`${kind}\u0000${key}`, id);
  }
  return {
    idOf: (kind, key) => ids.get(`${kind}\u0000${key}`),
    adminId: (email) => ids.get(`admin\u0000${email.toLowerCase()}`),
    set: (kind, key, id) => void ids.set(`${kind}\u0000${key}`, id),
  };
}

function toErrorInfo(error: unknown): ErrorInfo {
  if (isUserError(error)) return { name: error.name, message: error.message, hint: error.hint };
  if (error instanceof Error) return { name: error.name, message: error.message };
  return { name: 'Error', message: String(error) };
}
