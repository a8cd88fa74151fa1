// After a create whose answer was lost, the object is looked for by its natural key, so a retry
// never creates it twice. The planner only planned a create because nothing had that key, so a
// match now is almost surely ours; when several match, the newest (highest numeric id) is taken,
// because a duplicate create is the one outcome this hook exists to prevent.
import type { LiveObject } from '../model/objects.js';

export interface FindByNameOptions {
  /** Compare names without case (tags). @default false */
  caseInsensitive?: boolean;
  /** Only objects in this scope (a parent collection id; null = top level). Absent = anywhere. */
  scope?: string | null;
}

export function findByName(
  live: LiveObject[],
  name: string,
  options: FindByNameOptions = {},
): LiveObject | undefined {
  const norm = options.caseInsensitive
    ? (s: string) => s.normalize('NFC').toLowerCase()
    : (s: string) => s.normalize('NFC');
  const wanted = norm(name);
  const candidates = live.filter(
    (l) =>
      norm(l.name) === wanted &&
      (options.scope === undefined || (l.scope ?? null) === options.scope),
  );
  return candidates.reduce<LiveObject | undefined>(
    (best, l) => (best === undefined || newer(l.id, best.id) ? l : best),
    undefined,
  );
}

/** Intercom ids are numeric strings for these kinds; anything else keeps list order. */
function newer(a: string, b: string): boolean {
  const x = Number(a);
  const y = Number(b);
  return Number.isFinite(x) && Number.isFinite(y) && x > y;
}
