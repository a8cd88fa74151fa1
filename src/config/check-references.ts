// References inside the file (article -> collection, collection -> parent, company -> tag) can be
// checked offline, so a typo is caught by `validate` rather than by a failed API call halfway
// through an apply. A reference to something marked `ensure: absent` is caught too: the plan would
// delete the very object the entry relies on.
import type { Problem } from '../errors/problem.js';
import { closest } from './closest.js';
import { entryKey, isAbsent, strings, text, type RawConfig, type RawEntry } from './raw-config.js';
import type { SourceMap } from './source-map.js';

export function checkReferences(raw: RawConfig, map: SourceMap): Problem[] {
  const collections = new Map<string, RawEntry>();
  for (const c of raw.collections) {
    const key = entryKey(c);
    if (key !== undefined && !collections.has(key)) collections.set(key, c);
  }
  return [
    ...raw.articles.flatMap((a) => collectionRef(a, 'collection', collections, map)),
    ...raw.collections.flatMap((c) => collectionRef(c, 'parent', collections, map)),
    ...companyTags(raw, map),
  ];
}

function collectionRef(
  entry: RawEntry,
  field: 'collection' | 'parent',
  collections: Map<string, RawEntry>,
  map: SourceMap,
): Problem[] {
  const ref = entry.fields[field];
  if (typeof ref !== 'string' || ref === '') return [];
  const pos = map.value([entry.kind, entry.index, field]);
  const owner = `${entry.kind === 'articles' ? 'article' : 'collection'} \`${entryKey(entry) ?? entry.index}\``;
  const target = collections.get(ref);
  if (!target) {
    const guess = closest(ref, [...collections.keys()]);
    const noun = field === 'parent' ? 'parent collection' : 'collection';
    return [
      {
        pos,
        message: `${owner} refers to unknown ${noun} \`${ref}\``,
        hint: guess
          ? `did you mean \`${guess}\`? (${field} takes a collection key, not a name)`
          : `declare a collection with \`key: ${ref}\` under \`collections:\`, or use null`,
      },
    ];
  }
  if (isAbsent(target) && !isAbsent(entry)) {
    return [
      {
        pos,
        message: `${owner} refers to collection \`${ref}\`, which is marked \`ensure: absent\``,
        hint: `point \`${field}\` at another collection or null, or keep \`${ref}\` present`,
      },
    ];
  }
  return [];
}

function companyTags(raw: RawConfig, map: SourceMap): Problem[] {
  const tags = new Map<string, RawEntry>();
  for (const t of raw.tags) {
    const name = text(t, 'name');
    if (name !== undefined && !tags.has(name.toLowerCase())) tags.set(name.toLowerCase(), t);
  }
  return raw.companies.flatMap((company) =>
    strings(company, 'tags').flatMap(({ value, index }): Problem[] => {
      const tag = tags.get(value.toLowerCase());
      const owner = `company \`${text(company, 'company_id') ?? company.index}\``;
      const pos = map.value(['companies', company.index, 'tags', index]);
      if (!tag) {
        return [
          {
            pos,
            message: `tag \`${value}\` on ${owner} is not declared under \`tags:\``,
            hint: `declare it under \`tags:\` (- name: ${value}); only declared tags are managed on companies`,
          },
        ];
      }
      if (isAbsent(tag) && !isAbsent(company)) {
        return [
          {
            pos,
            message: `tag \`${value}\` on ${owner} is declared with \`ensure: absent\``,
            hint: 'remove it from the company, or set the tag to `ensure: present`',
          },
        ];
      }
      return [];
    }),
  );
}
