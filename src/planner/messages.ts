// Each change carries the sentence that announces it, written once here so text, JSON and
// Markdown output all say the same thing.
import type { DeleteReason } from '../model/change.js';
import type { Kind } from '../model/objects.js';

const PRUNE_SETTING: Partial<Record<Kind, string>> = {
  tag: 'prune.tags',
  collection: 'prune.collections',
  article: 'prune.articles',
  company: 'prune.companies',
};

export const address = (kind: Kind, key: string): string => `${kind} "${key}"`;

export function createMessage(kind: Kind, key: string): string {
  return `${address(kind, key)} will be created`;
}

export function updateMessage(kind: Kind, key: string, id: string, renamedFrom?: string): string {
  const how = renamedFrom !== undefined ? `renamed from "${renamedFrom}"` : 'updated in place';
  return `${address(kind, key)} (id ${id}) will be ${how}`;
}

export function deleteMessage(kind: Kind, key: string, id: string, reason: DeleteReason): string {
  const why = reason === 'prune' ? `${PRUNE_SETTING[kind] ?? 'prune'} is on` : 'ensure: absent';
  return `${address(kind, key)} (id ${id}) will be deleted (${why})`;
}
