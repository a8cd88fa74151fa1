// Every fact about a kind that is not behaviour lives in this one table, so the planner, the
// safety checks, messages and export read the same answer (octoDNS providers declare what they
// support; they do not scatter it over the algorithm). Behaviour lives in the providers.
import type { Kind } from './objects.js';
import type { PruneSettings } from './desired.js';

export interface KindFacts {
  /** The YAML section and `--kinds` word, e.g. `companies`. */
  plural: string;
  /** The `prune:` setting that deletes undeclared objects of this kind; none = never pruned. */
  pruneKey?: keyof PruneSettings;
  /** Natural keys compare without case (Intercom tag names are case-insensitive). */
  caseInsensitiveNames: boolean;
  /** What identifies an object when no id is pinned, as the plan and problems name it. */
  naturalKey: string;
  /**
   * 'full': created, updated and deleted. 'update-only': only matched live objects are updated
   * (admins: the API cannot create or delete people); an unmatched declaration is a plan problem.
   */
  lifecycle: 'full' | 'update-only';
  /** What a delete does in Intercom: 'delete' removes it, 'archive' keeps it hidden and restorable. */
  deleteMode: 'delete' | 'archive';
  /**
   * Fields that can never change after create; a difference is a plan problem, not an update.
   * Field names as the plan shows them.
   */
  immutableFields: readonly string[];
}

export const KINDS: Readonly<Record<Kind, KindFacts>> = {
  tag: {
    plural: 'tags',
    pruneKey: 'tags',
    caseInsensitiveNames: true,
    naturalKey: 'name',
    lifecycle: 'full',
    deleteMode: 'delete',
    immutableFields: [],
  },
  collection: {
    plural: 'collections',
    pruneKey: 'collections',
    caseInsensitiveNames: false,
    naturalKey: 'name within its parent',
    lifecycle: 'full',
    deleteMode: 'delete',
    immutableFields: [],
  },
  article: {
    plural: 'articles',
    pruneKey: 'articles',
    caseInsensitiveNames: false,
    naturalKey: 'title within its collection',
    lifecycle: 'full',
    deleteMode: 'delete',
    immutableFields: [],
  },
  company: {
    plural: 'companies',
    pruneKey: 'companies',
    caseInsensitiveNames: false,
    naturalKey: 'company_id',
    lifecycle: 'full',
    deleteMode: 'delete',
    immutableFields: [],
  },
  admin: {
    plural: 'admins',
    caseInsensitiveNames: false,
    naturalKey: 'email',
    lifecycle: 'update-only',
    deleteMode: 'delete',
    immutableFields: [],
  },
};

/** Normalises a natural key for comparison the way this kind's names compare. */
export function nameKey(kind: Kind, name: string): string {
  const n = name.normalize('NFC');
  return KINDS[kind].caseInsensitiveNames ? n.toLowerCase() : n;
}
