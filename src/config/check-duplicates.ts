// Two entries with the same identity would both claim one live object and the plan would flip
// between them, so each duplicate is an error placed on the later entry and pointing back at the
// first. Tag names and emails compare without case because Intercom treats them that way.
import type { Problem } from '../errors/problem.js';
import {
  entryKey,
  identityName,
  keySourceField,
  text,
  type Kind,
  type RawConfig,
  type RawEntry,
} from './raw-config.js';
import type { SourceMap } from './source-map.js';

interface Identity {
  kind: Kind;
  /** Singular noun and field for messages: "tag name", "collection key"... */
  label: string;
  field: (entry: RawEntry) => string;
  value: (entry: RawEntry) => string | undefined;
  caseInsensitive: boolean;
  hint: string;
}

const IDENTITIES: Identity[] = [
  {
    kind: 'tags',
    label: 'tag name',
    field: (e) => (text(e, 'name') === undefined ? 'id' : 'name'),
    value: (e) => identityName(e, 'name'),
    caseInsensitive: true,
    hint: 'Intercom tag names ignore case: keep one entry',
  },
  {
    kind: 'collections',
    label: 'collection key',
    field: keySourceField,
    value: entryKey,
    caseInsensitive: false,
    hint: 'give each collection a distinct `key:`',
  },
  {
    kind: 'articles',
    label: 'article key',
    field: keySourceField,
    value: entryKey,
    caseInsensitive: false,
    hint: 'give each article a distinct `key:`',
  },
  {
    kind: 'companies',
    label: 'company_id',
    field: (e) => (text(e, 'company_id') === undefined ? 'id' : 'company_id'),
    value: (e) => identityName(e, 'company_id'),
    caseInsensitive: false,
    hint: 'declare each company once',
  },
  {
    kind: 'admins',
    label: 'admin email',
    field: () => 'email',
    value: (e) => text(e, 'email'),
    caseInsensitive: true,
    hint: 'declare each admin once (emails ignore case)',
  },
];

export function checkDuplicates(raw: RawConfig, map: SourceMap): Problem[] {
  return IDENTITIES.flatMap((identity) => duplicatesOf(identity, raw[identity.kind], map));
}

function duplicatesOf(identity: Identity, entries: RawEntry[], map: SourceMap): Problem[] {
  const problems: Problem[] = [];
  const seen = new Map<string, RawEntry>();
  for (const entry of entries) {
    const value = identity.value(entry);
    if (value === undefined) continue;
    const norm = identity.caseInsensitive ? value.toLowerCase() : value;
    const first = seen.get(norm);
    if (!first) {
      seen.set(norm, entry);
      continue;
    }
    const field = identity.field(entry);
    const derived =
      field !== 'key' && identity.label.endsWith('key') ? ` (derived from ${field})` : '';
    const firstPos = map.value([identity.kind, first.index, identity.field(first)]);
    problems.push({
      pos: map.value([identity.kind, entry.index, field]),
      message: `duplicate ${identity.label} \`${value}\`${derived}`,
      hint: `\`${identity.value(first) ?? value}\` is already declared at line ${firstPos.line}; ${identity.hint}`,
    });
  }
  return problems;
}

/** Keys derived from names made only of punctuation come out empty and cannot be referenced. */
export function checkDerivedKeys(raw: RawConfig, map: SourceMap): Problem[] {
  return [...raw.collections, ...raw.articles].flatMap((entry): Problem[] => {
    const field = keySourceField(entry);
    if (entryKey(entry) !== undefined || text(entry, field) === undefined) return [];
    return [
      {
        pos: map.value([entry.kind, entry.index, field]),
        message: `cannot derive a key from ${field} \`${text(entry, field) ?? ''}\``,
        hint: 'add a `key:` made of letters or digits',
      },
    ];
  });
}
