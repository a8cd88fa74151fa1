// Runs changes as a dependency graph with bounded concurrency. A change starts once everything
// it depends on has succeeded; when one fails, nothing that depends on it starts (it is reported
// as skipped), while independent work and work already in flight carries on. Dependencies
// outside the given set count as satisfied: the caller runs phases.
import type { Change } from '../model/change.js';

export type Outcome =
  { status: 'done' } | { status: 'failed' } | { status: 'skipped'; because: string };

export async function runGraph(
  changes: Change[],
  concurrency: number,
  run: (change: Change) => Promise<boolean>,
  skip: (change: Change, because: string) => void,
): Promise<Map<string, Outcome>> {
  const outcome = new Map<string, Outcome>();
  const inSet = new Set(changes.map((c) => c.ref));
  const queue = [...changes];
  let running = 0;

  return new Promise((resolve) => {
    const pump = (): void => {
      let progressed = true;
      while (progressed) {
        progressed = false;
        for (let i = 0; i < queue.length && running < concurrency; i++) {
          const c = queue[i]!;
          const deps = c.dependsOn.filter((d) => inSet.has(d));
          const blocker = deps.find((d) => {
            const o = outcome.get(d);
            return o !== undefined && o.status !== 'done';
          });
          if (blocker !== undefined) {
            const o = outcome.get(blocker)!;
            const because = o.status === 'skipped' ? o.because : blocker;
            outcome.set(c.ref, { status: 'skipped', because });
            skip(c, because);
            queue.splice(i--, 1);
            progressed = true;
            continue;
          }
          if (!deps.every((d) => outcome.get(d)?.status === 'done')) continue;
          queue.splice(i--, 1);
          running++;
          progressed = true;
          void run(c).then((ok) => {
            outcome.set(c.ref, ok ? { status: 'done' } : { status: 'failed' });
            running--;
            pump();
          });
        }
      }
      if (running > 0) return;
      // Nothing runs and nothing can start: whatever is left waits on a cycle.
      for (const c of queue.splice(0)) {
        outcome.set(c.ref, { status: 'skipped', because: 'a dependency cycle' });
        skip(c, 'a dependency cycle');
      }
      resolve(outcome);
    };
    pump();
  });
}
