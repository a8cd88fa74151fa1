// Intercom matches an article by its title within its collection and a collection by its name
// within its parent. Two entries with one title in one place would both claim the same live
// object, and `plan` would fail on it (or create both, then fail on the next plan), so this is a
// `validate` problem: placed on the later entry's title, naming where the first one is. An entry
// pinned by `id` is matched by its id, not its title, so it is left out: it may share a title
// (Intercom allows that), e.g. to keep one of two live duplicates and delete the other by title.
import type { SourcePos } from '../model/desired.js';
import type { Problem } from '../errors/problem.js';
import { entryKey, text, type RawConfig, type RawEntry } from './raw-config.js';
import type { SourceMap } from './source-map.js';

interface Scoped {
  kind: 'articles' | 'collections';
  noun: string;
  nameField: string;
  scopeField: string;
  /** Where an entry is matched, in words: `in collection \`billing\``. */
  place: (scope: string | null | undefined) => string;
  rule: string;
}

const SCOPED: Scoped[] = [
  {
    kind: 'articles',
    noun: 'article title',
    nameField: 'title',
    scopeField: 'collection',
    place: (scope) =>
      typeof scope === 'string'
        ? `in collection \`${scope}\``
        : scope === null
          ? 'in no collection (`collection: null`)'
          : 'with no `collection:`',
    rule: 'articles match by title within their collection',
  },
  {
    kind: 'collections',
    noun: 'collection name',
    nameField: 'name',
    scopeField: 'parent',
    place: (scope) =>
      typeof scope === 'string'
        ? `under parent \`${scope}\``
        : scope === null
          ? 'at the top level (`parent: null`)'
          : 'with no `parent:`',
    rule: 'collections match by name within their parent',
  },
];

export function checkScopedNames(raw: RawConfig, map: SourceMap): Problem[] {
  return SCOPED.flatMap((s) => duplicatesIn(s, raw[s.kind], map));
}

function duplicatesIn(s: Scoped, entries: RawEntry[], map: SourceMap): Problem[] {
  const problems: Problem[] = [];
  const seen = new Map<string, RawEntry>();
  for (const entry of entries) {
    const name = text(entry, s.nameField);
    const scope = entry.fields[s.scopeField];
    // A scope of the wrong type is the schema's to report.
    if (
      name === undefined ||
      text(entry, 'id') !== undefined ||
      !(scope === undefined || scope === null || typeof scope === 'string')
    )
      continue;
    // A present entry with its scope omitted is created at the top level, like `null`, so the
    // two share a slot (an absent one is only looked up, so it keeps its own); the name goes last
    // so no key can run into it.
    const absent = entry.fields.ensure === 'absent';
    const slot = JSON.stringify([scope === undefined && absent ? 0 : (scope ?? null), name]);
    const first = seen.get(slot);
    if (!first) {
      seen.set(slot, entry);
      continue;
    }
    const at = where(map.value([s.kind, first.index, s.nameField]));
    problems.push({
      pos: map.value([s.kind, entry.index, s.nameField]),
      message: `duplicate ${s.noun} \`${name}\` ${s.place(scope)}`,
      hint: `\`${entryKey(first) ?? name}\` at ${at} has it too; ${s.rule}, so both would claim one live object: change one, or pin each with \`id:\``,
    });
  }
  return problems;
}

function where(pos: SourcePos): string {
  return `${pos.file}:${pos.line}:${pos.col}`;
}
