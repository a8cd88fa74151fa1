// A Plan is plain JSON: it is printed, saved with `plan --out`, and run by `apply`.
import type { Change } from '../model/change.js';
import type { Kind } from '../model/objects.js';
import type { Problem } from '../errors/problem.js';

export interface UnmanagedObject {
  kind: Kind;
  id: string;
  name: string;
}

export interface PlanSummary {
  create: number;
  update: number;
  delete: number;
}

export interface Plan {
  formatVersion: '1.0';
  /** ISO timestamp. */
  createdAt: string;
  configPath: string;
  /** In display order: deletes first, then by kind order, then by key. */
  changes: Change[];
  /** Live objects nobody declared and no prune removes: reported, never touched. */
  unmanaged: UnmanagedObject[];
  summary: PlanSummary;
  warnings: Problem[];
  /**
   * Desired key -> live id of every matched object, per kind (admins by lower-case email), so
   * apply resolves references to unchanged objects without reading the workspace again.
   */
  ids: Partial<Record<Kind, Record<string, string>>>;
  /**
   * Live objects of each kind when the plan was made (listed plus found by lookup), so the bulk
   * safety thresholds (planner/safety.ts) can be checked, also on a saved plan.
   */
  liveCounts: Partial<Record<Kind, number>>;
}

/** The counts of a list of changes, so a plan's summary can never disagree with it. */
export function summarize(changes: readonly Change[]): PlanSummary {
  const count = (action: Change['action']): number =>
    changes.filter((c) => c.action === action).length;
  return { create: count('create'), update: count('update'), delete: count('delete') };
}
