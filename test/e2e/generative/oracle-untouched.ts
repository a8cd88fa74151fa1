// The oracle's second half: objects the config does not mention (by any name, previous name or
// id) are left exactly as they were, unless their kind is pruned (then they are gone, if lists
// show them); and nothing new exists that no declared entry claims.
import type { SandboxState } from '../../../src/sandbox/index.js';
import type { Model } from './model.js';
import type { Claims } from './oracle-declared.js';

const q = JSON.stringify;

export function checkUntouched(
  model: Model,
  before: SandboxState,
  after: SandboxState,
  claims: Claims,
): string[] {
  const problems: string[] = [];
  const lower = (s: string) => s.toLowerCase();
  const tagNames = new Set(model.tags.flatMap((t) => [t.name, ...t.previous]).map(lower));
  const collectionNames = new Set(model.collections.flatMap((c) => [c.name, ...c.previous]));
  const titles = new Set(model.articles.flatMap((a) => [a.title, ...a.previous]));
  const companyIds = new Set(model.companies.map((c) => c.companyId));
  const pins = new Set(
    [...model.tags, ...model.collections, ...model.articles, ...model.companies].flatMap((d) =>
      d.id ? [d.id] : [],
    ),
  );
  const gone = (items: { id: string }[]) => {
    const ids = new Set(items.map((i) => i.id));
    return (id: string | null) => id !== null && !ids.has(id);
  };
  const collectionGone = gone(after.collections);
  const tagGone = gone(after.tags);

  for (const t of before.tags) {
    if (tagNames.has(lower(t.name)) || pins.has(t.id)) continue;
    const now = after.tags.find((x) => x.id === t.id);
    if (model.prune.tags) {
      if (now) problems.push(`undeclared tag ${t.id} ${q(t.name)} survived prune.tags`);
    } else if (!now)
      problems.push(`undeclared tag ${t.id} ${q(t.name)} was deleted (prune.tags is off)`);
    else if (now.name !== t.name)
      problems.push(`undeclared tag ${t.id} was renamed ${q(t.name)} -> ${q(now.name)}`);
  }

  for (const c of before.collections) {
    if (collectionNames.has(c.name) || pins.has(c.id)) continue;
    const now = after.collections.find((x) => x.id === c.id);
    if (model.prune.collections) {
      if (now)
        problems.push(`undeclared collection ${c.id} ${q(c.name)} survived prune.collections`);
      continue;
    }
    if (!now) {
      const why = ancestors(before, c.id).find((a) => collectionGone(a));
      problems.push(
        `undeclared collection ${c.id} ${q(c.name)} was deleted (prune.collections is off)` +
          (why
            ? `: it was inside collection ${why}, which was deleted, and the plan did not list it`
            : ''),
      );
      continue;
    }
    const diff = differences(c, now, ['name', 'description', 'parent_id', 'translated_content']);
    if (diff.length > 0)
      problems.push(`undeclared collection ${c.id} ${q(c.name)} changed: ${diff.join('; ')}`);
  }

  for (const a of before.articles) {
    if (titles.has(a.title) || pins.has(a.id)) continue;
    const now = after.articles.find((x) => x.id === a.id);
    if (model.prune.articles) {
      if (now) problems.push(`undeclared article ${a.id} ${q(a.title)} survived prune.articles`);
      continue;
    }
    if (!now) {
      problems.push(`undeclared article ${a.id} ${q(a.title)} was deleted (prune.articles is off)`);
      continue;
    }
    // An article whose collection was deleted becomes standalone; that is the only change allowed.
    const expected = collectionGone(a.parent_id) ? { ...a, parent_id: null } : a;
    const diff = differences(expected, now, [
      'title',
      'description',
      'body',
      'author_id',
      'state',
      'parent_id',
      'translated_content',
    ]);
    if (diff.length > 0)
      problems.push(`undeclared article ${a.id} ${q(a.title)} changed: ${diff.join('; ')}`);
  }

  for (const c of before.companies) {
    if (companyIds.has(c.company_id) || pins.has(c.id)) continue;
    const now = after.companies.find((x) => x.id === c.id);
    if (model.prune.companies && c.user_count > 0) {
      if (now) problems.push(`undeclared company ${q(c.company_id)} survived prune.companies`);
      continue;
    }
    if (!now) {
      problems.push(
        `undeclared company ${q(c.company_id)} (${c.user_count === 0 ? 'hidden' : 'listed'}) was deleted`,
      );
      continue;
    }
    const keep = (ids: string[]) => ids.filter((id) => !tagGone(id)).sort();
    const diff = differences(
      { ...c, updated_at: 0, tag_ids: keep(c.tag_ids) },
      { ...now, updated_at: 0, tag_ids: keep(now.tag_ids) },
      Object.keys({ ...c, ...now }),
    );
    if (diff.length > 0)
      problems.push(`undeclared company ${q(c.company_id)} changed: ${diff.join('; ')}`);
  }

  const declaredAdmins = new Set(model.admins.map((a) => a.email));
  for (const a of before.admins) {
    if (declaredAdmins.has(a.email.toLowerCase())) continue;
    const now = after.admins.find((x) => x.id === a.id);
    const diff = now ? differences(a, now, Object.keys(a)) : ['deleted'];
    if (diff.length > 0) problems.push(`undeclared admin ${a.email} changed: ${diff.join('; ')}`);
  }

  const stray = (
    kind: string,
    items: { id: string; name?: string; title?: string; company_id?: string }[],
    was: { id: string }[],
    claimed: Set<string>,
  ) => {
    const old = new Set(was.map((x) => x.id));
    for (const x of items) {
      if (!old.has(x.id) && !claimed.has(x.id)) {
        problems.push(
          `new ${kind} ${x.id} ${q(x.name ?? x.title ?? x.company_id)} is claimed by no declared entry (a duplicate?)`,
        );
      }
    }
  };
  stray('tag', after.tags, before.tags, claims.tags);
  stray('collection', after.collections, before.collections, claims.collections);
  stray('article', after.articles, before.articles, claims.articles);
  stray('company', after.companies, before.companies, claims.companies);
  return problems;
}

function ancestors(state: SandboxState, id: string): string[] {
  const out: string[] = [];
  let parent = state.collections.find((c) => c.id === id)?.parent_id ?? null;
  while (parent !== null && out.length < 10) {
    out.push(parent);
    parent = state.collections.find((c) => c.id === parent)?.parent_id ?? null;
  }
  return out;
}

function differences(a: object, b: object, keys: string[]): string[] {
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  return keys.flatMap((k) => {
    const x = JSON.stringify(ra[k]);
    const y = JSON.stringify(rb[k]);
    return x === y ? [] : [`${k}: ${x} -> ${y}`];
  });
}
