// Each change carries the sentence that announces it, written once here so text, JSON and
// Markdown output all say the same thing.
import type { DeleteReason } from '../model/change.js';
import type { Kind } from '../model/objects.js';
import { KINDS, type KindFacts } from '../model/kinds.js';

export const address = (kind: Kind, key: string): string => `${kind} "${key}"`;

export function createMessage(kind: Kind, key: string): string {
  return `${address(kind, key)} will be created`;
}

export function updateMessage(kind: Kind, key: string, id: string, renamedFrom?: string): string {
  const how = renamedFrom !== undefined ? `renamed from "${renamedFrom}"` : 'updated in place';
  return `${address(kind, key)} (id ${id}) will be ${how}`;
}

export function deleteMessage(
  kind: Kind,
  key: string,
  id: string,
  reason: DeleteReason,
  facts: KindFacts = KINDS[kind],
): string {
  const why = reason === 'prune' ? `prune.${facts.pruneKey ?? ''} is on` : 'ensure: absent';
  const verb = facts.deleteMode === 'archive' ? 'archived' : 'deleted';
  return `${address(kind, key)} (id ${id}) will be ${verb} (${why})`;
}
