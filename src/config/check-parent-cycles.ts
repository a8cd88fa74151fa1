// A parent cycle cannot be created in Intercom in any order, so it must be caught before planning.
// Each cycle is reported once, on the first of its collections in the file, with the whole loop
// spelled out: the user has to see every member to decide which link to break.
import type { Problem } from '../errors/problem.js';
import { entryKey, type RawConfig, type RawEntry } from './raw-config.js';
import type { SourceMap } from './source-map.js';

export function checkParentCycles(raw: RawConfig, map: SourceMap): Problem[] {
  const byKey = new Map<string, RawEntry>();
  for (const c of raw.collections) {
    const key = entryKey(c);
    if (key !== undefined && !byKey.has(key)) byKey.set(key, c);
  }
  const parentOf = (key: string): string | undefined => {
    const parent = byKey.get(key)?.fields['parent'];
    return typeof parent === 'string' && byKey.has(parent) ? parent : undefined;
  };

  const problems: Problem[] = [];
  const reported = new Set<string>();
  for (const [start, entry] of byKey) {
    const chain: string[] = [];
    let key: string | undefined = start;
    while (key !== undefined && !chain.includes(key)) {
      chain.push(key);
      key = parentOf(key);
    }
    // Only a walk that came back to its own start is reported from here; a walk that ran into a
    // cycle further up reports it when the loop reaches that cycle's own first member.
    if (key !== start || reported.has(start)) continue;
    chain.forEach((k) => reported.add(k));
    problems.push({
      pos: map.value(['collections', entry.index, 'parent']),
      message: `collections form a parent cycle: ${[...chain, start].join(' -> ')}`,
      hint: 'set `parent:` of one of them to another collection or to null',
    });
  }
  return problems;
}
