// `previous_names` tells the planner to rename a live object instead of creating one. If a former
// name is also the current name of another entry, or is claimed by two entries, the planner could
// rename the wrong object, so the ambiguity is refused here. Tag names compare without case, as
// Intercom matches them; collection names and article titles compare exactly.
import type { Problem } from '../errors/problem.js';
import { strings, text, type Kind, type RawConfig, type RawEntry } from './raw-config.js';
import type { SourceMap } from './source-map.js';

const NAME_FIELD: Partial<Record<Kind, string>> = {
  tags: 'name',
  collections: 'name',
  articles: 'title',
};

export function checkPreviousNames(raw: RawConfig, map: SourceMap): Problem[] {
  return (['tags', 'collections', 'articles'] as const).flatMap((kind) =>
    checkKind(raw[kind], NAME_FIELD[kind] ?? 'name', kind === 'tags', map),
  );
}

function checkKind(
  entries: RawEntry[],
  nameField: string,
  ignoreCase: boolean,
  map: SourceMap,
): Problem[] {
  const norm = (s: string): string => (ignoreCase ? s.toLowerCase() : s);
  const names = new Map<string, RawEntry>();
  for (const e of entries) {
    const name = text(e, nameField);
    if (name !== undefined && !names.has(norm(name))) names.set(norm(name), e);
  }
  const claimed = new Map<string, RawEntry>();
  const problems: Problem[] = [];
  for (const entry of entries) {
    const own = text(entry, nameField) ?? '';
    for (const { value, index } of strings(entry, 'previous_names')) {
      const pos = map.value([entry.kind, entry.index, 'previous_names', index]);
      const holder = names.get(norm(value));
      const earlier = claimed.get(norm(value));
      if (holder && holder !== entry) {
        problems.push({
          pos,
          message: `previous name \`${value}\` of \`${own}\` is the ${nameField} of another entry`,
          hint: `\`${value}\` is declared at line ${map.value([holder.kind, holder.index, nameField]).line}; remove it from previous_names, or rename that entry`,
        });
      } else if (earlier && earlier !== entry) {
        problems.push({
          pos,
          message: `previous name \`${value}\` is also claimed by \`${text(earlier, nameField) ?? ''}\``,
          hint: 'a live object can be renamed into one entry only: keep the previous name on one of them',
        });
      }
      if (!earlier) claimed.set(norm(value), entry);
    }
  }
  return problems;
}
