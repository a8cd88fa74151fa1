// The oracle's first half: after a converged apply, every declared present entry has exactly one
// live object, found by the documented identity rules (an id pin, else the name within its scope),
// carrying every field the entry manages; every `ensure: absent` entry finds nothing; and nothing
// was created that no entry claims.
import type { SandboxState } from '../../../src/sandbox/index.js';
import type { DeclArticle, DeclCollection, Model } from './model.js';
import { htmlText } from './text.js';

export interface Claims {
  tags: Set<string>;
  collections: Set<string>;
  articles: Set<string>;
  companies: Set<string>;
}

const q = JSON.stringify;

export function checkDeclared(
  model: Model,
  after: SandboxState,
): { problems: string[]; claims: Claims } {
  const problems: string[] = [];
  const claims: Claims = {
    tags: new Set(),
    collections: new Set(),
    articles: new Set(),
    companies: new Set(),
  };
  checkTags(model, after, claims.tags, problems);
  const collectionIds = checkCollections(model, after, claims.collections, problems);
  checkArticles(model, after, collectionIds, claims.articles, problems);
  checkCompanies(model, after, claims.companies, problems);
  checkAdmins(model, after, problems);
  return { problems, claims };
}

function checkTags(
  model: Model,
  after: SandboxState,
  claimed: Set<string>,
  problems: string[],
): void {
  const lower = (s: string) => s.toLowerCase();
  for (const d of model.tags.filter((t) => t.ensure === 'present')) {
    const found =
      d.id !== undefined
        ? after.tags.filter((t) => t.id === d.id)
        : after.tags.filter((t) => lower(t.name) === lower(d.name));
    if (found.length !== 1) {
      problems.push(
        `tag ${q(d.name)}${d.id ? ` (pinned to ${d.id})` : ''}: expected exactly one live tag, found ${found.length}`,
      );
      continue;
    }
    const live = found[0]!;
    claimed.add(live.id);
    if (live.name !== d.name)
      problems.push(`tag ${q(d.name)}: live tag ${live.id} is named ${q(live.name)}`);
  }
  for (const d of model.tags.filter((t) => t.ensure === 'absent')) {
    const left =
      d.id !== undefined
        ? after.tags.filter((t) => t.id === d.id)
        : after.tags.filter((t) => !claimed.has(t.id) && lower(t.name) === lower(d.name));
    for (const t of left)
      problems.push(
        `tag ${q(d.name)} is ensure: absent, but live tag ${t.id} ${q(t.name)} is still there`,
      );
  }
}

/**
 * The order entries claim live objects in: pins first, then parents before their children (as
 * the planner does), and within one level entries with a scope before those without.
 */
function claimOrder<T extends { id?: string }>(
  entries: T[],
  scopeKey: (d: T) => string | null | undefined,
  depth: (d: T) => number,
): T[] {
  const rank = (d: T) =>
    d.id !== undefined ? -1 : depth(d) * 2 + (scopeKey(d) === undefined ? 1 : 0);
  return [...entries].sort((a, b) => rank(a) - rank(b));
}

function nullish(v: string | null | undefined): string | null {
  return v === undefined || v === null || v === '' ? null : v;
}

function checkCollections(
  model: Model,
  after: SandboxState,
  claimed: Set<string>,
  problems: string[],
): Map<string, string> {
  const ids = new Map<string, string>();
  const byKey = new Map(model.collections.map((c) => [c.key, c]));
  const depth = (d: DeclCollection): number => {
    let n = 0;
    for (let p = d.parent; typeof p === 'string' && n < 10; p = byKey.get(p)?.parent) n++;
    return n;
  };
  const present = model.collections.filter((c) => c.ensure === 'present');
  for (const d of claimOrder(present, (d) => d.parent, depth)) {
    const label = `collection ${q(d.key)} (${q(d.name)})`;
    let found;
    if (d.id !== undefined) found = after.collections.filter((c) => c.id === d.id);
    else {
      const scope =
        d.parent === undefined ? undefined : d.parent === null ? null : ids.get(d.parent);
      if (scope === undefined && typeof d.parent === 'string') {
        problems.push(`${label}: its parent ${q(d.parent)} has no live collection`);
        continue;
      }
      found = after.collections.filter(
        (c) =>
          c.name === d.name && !claimed.has(c.id) && (scope === undefined || c.parent_id === scope),
      );
    }
    if (found.length !== 1) {
      problems.push(
        `${label}: expected exactly one live collection, found ${found.length} (${found.map((c) => c.id).join(', ')})`,
      );
      continue;
    }
    const live = found[0]!;
    claimed.add(live.id);
    ids.set(d.key, live.id);
    if (live.name !== d.name) problems.push(`${label}: live ${live.id} is named ${q(live.name)}`);
    if (d.description !== undefined && nullish(live.description) !== nullish(d.description)) {
      problems.push(`${label}: description is ${q(live.description)}, want ${q(d.description)}`);
    }
    for (const [locale, t] of Object.entries(d.translations ?? {})) {
      const lt = live.translated_content?.[locale];
      if (lt?.name !== t.name)
        problems.push(`${label}: ${locale} name is ${q(lt?.name)}, want ${q(t.name)}`);
      if (t.description !== undefined && nullish(lt?.description) !== nullish(t.description)) {
        problems.push(
          `${label}: ${locale} description is ${q(lt?.description)}, want ${q(t.description)}`,
        );
      }
    }
  }
  // Parents are checked once every entry is found.
  for (const d of present) {
    const id = ids.get(d.key);
    const live = after.collections.find((c) => c.id === id);
    if (!live || d.parent === undefined) continue;
    const want = d.parent === null ? null : (ids.get(d.parent) ?? `(${d.parent} not found)`);
    if (live.parent_id !== want)
      problems.push(`collection ${q(d.key)}: parent is ${q(live.parent_id)}, want ${q(want)}`);
  }
  for (const d of model.collections.filter((c) => c.ensure === 'absent')) {
    const scope = d.parent === undefined ? undefined : d.parent === null ? null : ids.get(d.parent);
    // Under a parent that does not exist, there is nothing left to find.
    if (d.id === undefined && typeof d.parent === 'string' && scope === undefined) continue;
    absentCheck(
      `collection ${q(d.key)} (${q(d.name)})`,
      d.id,
      after.collections.map((c) => ({ id: c.id, name: c.name, scope: c.parent_id })),
      d.name,
      scope,
      claimed,
      problems,
    );
  }
  return ids;
}

/**
 * An `ensure: absent` entry must match nothing any more: not its pinned id, not an unclaimed
 * object of its name in its scope (or, with no scope, the one object of its name).
 */
function absentCheck(
  label: string,
  id: string | undefined,
  live: { id: string; name: string; scope: string | null }[],
  name: string,
  scope: string | null | undefined,
  claimed: Set<string>,
  problems: string[],
): void {
  if (id !== undefined) {
    if (live.some((l) => l.id === id))
      problems.push(`${label} is ensure: absent, but its pinned id ${id} is still live`);
    return;
  }
  const named = live.filter((l) => l.name === name && !claimed.has(l.id));
  // Whether a title elsewhere still matches (the name-alone fallback) is the planner's call, and
  // the empty second plan already says it found nothing to delete; in its own scope it must not.
  const hit =
    scope === undefined
      ? named.length === 1
        ? named
        : []
      : named.filter((l) => l.scope === scope);
  for (const l of hit)
    problems.push(`${label} is ensure: absent, but live ${l.id} still matches it`);
}

function checkArticles(
  model: Model,
  after: SandboxState,
  collectionIds: Map<string, string>,
  claimed: Set<string>,
  problems: string[],
): void {
  const adminId = (email: string) =>
    after.admins.find((a) => a.email.toLowerCase() === email.toLowerCase())?.id;
  const scopeOf = (d: DeclArticle) =>
    d.collection === undefined
      ? undefined
      : d.collection === null
        ? null
        : collectionIds.get(d.collection);
  const present = model.articles.filter((a) => a.ensure === 'present');
  for (const d of claimOrder(
    present,
    (d) => d.collection,
    () => 0,
  )) {
    const label = `article ${q(d.key)} (${q(d.title)})`;
    const scope = scopeOf(d);
    if (d.id === undefined && scope === undefined && typeof d.collection === 'string') {
      problems.push(`${label}: its collection ${q(d.collection)} has no live collection`);
      continue;
    }
    const found =
      d.id !== undefined
        ? after.articles.filter((a) => a.id === d.id)
        : after.articles.filter(
            (a) =>
              a.title === d.title &&
              !claimed.has(a.id) &&
              (scope === undefined || a.parent_id === scope),
          );
    if (found.length !== 1) {
      problems.push(
        `${label}: expected exactly one live article, found ${found.length} (${found.map((a) => a.id).join(', ')})`,
      );
      continue;
    }
    const live = found[0]!;
    claimed.add(live.id);
    const want = (what: string, got: unknown, wanted: unknown) => {
      if (got !== wanted) problems.push(`${label}: ${what} is ${q(got)}, want ${q(wanted)}`);
    };
    want('title', live.title, d.title);
    want('author_id', String(live.author_id), adminId(d.author));
    if (d.collection !== undefined) want('parent_id', live.parent_id, scope);
    if (d.state !== undefined) want('state', live.state, d.state);
    if (d.description !== undefined)
      want('description', nullish(live.description), nullish(d.description));
    if (d.bodyText !== undefined) want('body text', htmlText(live.body), d.bodyText);
    for (const [locale, t] of Object.entries(d.translations ?? {})) {
      const lt = live.translated_content?.[locale];
      want(`${locale} title`, lt?.title, t.title);
      if (t.description !== undefined)
        want(`${locale} description`, nullish(lt?.description), nullish(t.description));
      if (t.bodyText !== undefined)
        want(`${locale} body text`, htmlText(lt?.body ?? ''), t.bodyText);
    }
  }
  for (const d of model.articles.filter((a) => a.ensure === 'absent')) {
    // In a collection that does not exist, there is nothing left to find.
    if (d.id === undefined && typeof d.collection === 'string' && scopeOf(d) === undefined)
      continue;
    absentCheck(
      `article ${q(d.key)} (${q(d.title)})`,
      d.id,
      after.articles.map((a) => ({ id: a.id, name: a.title, scope: a.parent_id })),
      d.title,
      scopeOf(d),
      claimed,
      problems,
    );
  }
}

function checkCompanies(
  model: Model,
  after: SandboxState,
  claimed: Set<string>,
  problems: string[],
): void {
  const declaredTags = new Set(
    model.tags.filter((t) => t.ensure === 'present').map((t) => t.name.toLowerCase()),
  );
  const tagName = (id: string) => after.tags.find((t) => t.id === id)?.name.toLowerCase();
  for (const d of model.companies.filter((c) => c.ensure === 'present')) {
    const label = `company ${q(d.companyId)}`;
    const found = after.companies.filter((c) =>
      d.id !== undefined ? c.id === d.id : c.company_id === d.companyId,
    );
    if (found.length !== 1) {
      problems.push(`${label}: expected exactly one live company, found ${found.length}`);
      continue;
    }
    const live = found[0]!;
    claimed.add(live.id);
    if (live.company_id !== d.companyId)
      problems.push(`${label}: live ${live.id} has company_id ${q(live.company_id)}`);
    const { custom_attributes: attributes, ...plain } = d.fields;
    for (const [k, v] of Object.entries(plain)) {
      const got = (live as unknown as Record<string, unknown>)[k];
      if (got !== v) problems.push(`${label}: ${k} is ${q(got)}, want ${q(v)}`);
    }
    for (const [k, v] of Object.entries(attributes ?? {})) {
      if (live.custom_attributes[k] !== v)
        problems.push(
          `${label}: custom_attributes.${k} is ${q(live.custom_attributes[k])}, want ${q(v)}`,
        );
    }
    if (d.tags === undefined) continue;
    const has = new Set(live.tag_ids.map(tagName));
    const want = new Set(d.tags.map((t) => t.toLowerCase()));
    for (const t of want) if (!has.has(t)) problems.push(`${label}: is not tagged ${q(t)}`);
    for (const t of has)
      if (t && declaredTags.has(t) && !want.has(t))
        problems.push(`${label}: is still tagged ${q(t)}`);
  }
  for (const d of model.companies.filter((c) => c.ensure === 'absent')) {
    const left = after.companies.filter((c) =>
      d.id !== undefined ? c.id === d.id : c.company_id === d.companyId,
    );
    for (const c of left)
      problems.push(
        `company ${q(d.companyId)} is ensure: absent, but live ${c.id} (${c.user_count === 0 ? 'hidden, no users' : 'listed'}) is still there`,
      );
  }
}

function checkAdmins(model: Model, after: SandboxState, problems: string[]): void {
  for (const d of model.admins) {
    const live = after.admins.find((a) => a.email.toLowerCase() === d.email);
    if (!live) {
      problems.push(`admin ${d.email}: not found`);
      continue;
    }
    const label = `admin ${d.email}`;
    if (live.away_mode_enabled !== d.away)
      problems.push(`${label}: away is ${live.away_mode_enabled}, want ${d.away}`);
    if (live.away_mode_reassign !== d.reassign)
      problems.push(`${label}: reassign is ${live.away_mode_reassign}, want ${d.reassign}`);
    const label2 =
      live.away_status_reason_id === null
        ? null
        : (after.away_status_reasons.find((r) => r.id === String(live.away_status_reason_id))
            ?.label ?? `#${live.away_status_reason_id}`);
    if (d.away && d.reason !== undefined && label2 !== d.reason)
      problems.push(`${label}: reason is ${q(label2)}, want ${q(d.reason)}`);
  }
}
