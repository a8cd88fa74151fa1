// `--kinds tags,collections` names kinds in the plural, as workspace.yaml's sections do; the model
// speaks in the singular. Both spellings are accepted, and a typo is an error with a suggestion.
import { UserError } from '../errors/user-error.js';
import { closest } from '../config/closest.js';
import { KIND_ORDER, type Kind } from '../model/objects.js';

export const EXPORT_KINDS: readonly Kind[] = KIND_ORDER;

/** `tags,articles` -> ['tag', 'article'], in KIND_ORDER. */
export function parseKinds(text: string): Kind[] {
  const wanted = new Set<Kind>();
  for (const word of text.split(',').map((w) => w.trim().toLowerCase())) {
    if (word === '') continue;
    const kind = EXPORT_KINDS.find(
      (k) => k === word || `${k}s` === word || (k === 'company' && word === 'companies'),
    );
    if (!kind) {
      const names = EXPORT_KINDS.map((k) => (k === 'company' ? 'companies' : `${k}s`));
      const guess = closest(word, names);
      throw new UserError(`unknown kind "${word}" in --kinds`, {
        hint: guess
          ? `did you mean "${guess}"?`
          : `use a comma-separated list of: ${names.join(', ')}`,
      });
    }
    wanted.add(kind);
  }
  if (wanted.size === 0) {
    throw new UserError('--kinds names no kind', {
      hint: 'e.g. --kinds tags,collections,articles',
    });
  }
  return EXPORT_KINDS.filter((k) => wanted.has(k));
}
