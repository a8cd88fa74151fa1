// Each change carries the sentence that announces it, written once here so text, JSON and
// Markdown output all say the same thing.
import type { DeleteReason } from '../model/change.js';
import type { Kind } from '../model/objects.js';
import { KINDS } from '../model/kinds.js';

export const address = (kind: Kind, key: string): string => `${kind} "${key}"`;

export function createMessage(kind: Kind, key: string): string {
  return `${address(kind, key)} will be created`;
}

export function updateMessage(kind: Kind, key: string, id: string, renamedFrom?: string): string {
  const how = renamedFrom !== undefined ? `renamed from "${renamedFrom}"` : 'updated in place';
  return `${address(kind, key)} (id ${id}) will be ${how}`;
}

export function deleteMessage(kind: Kind, key: string, id: string, reason: DeleteReason): string {
  const pruneKey = KINDS[kind].pruneKey;
  const why = reason === 'prune' ? `prune.${pruneKey ?? ''} is on` : 'ensure: absent';
  const verb = KINDS[kind].deleteMode === 'archive' ? 'archived' : 'deleted';
  return `${address(kind, key)} (id ${id}) will be ${verb} (${why})`;
}
