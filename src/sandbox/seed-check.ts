// Checks a seed before it becomes state, and reports every problem at once with its location
// (`companies[2].tags[0]`), so a hand-edited seed file fails with a message rather than a crash
// or a workspace that silently points at things that do not exist.
import { checkSeedTranslations } from './seed-translations.js';

type Obj = Record<string, unknown>;

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): v is string => typeof v === 'string' && v !== '';

export function checkSeed(seed: unknown): string[] {
  const problems: string[] = [];
  const need = (ok: boolean, message: string): void => {
    if (!ok) problems.push(message);
  };
  if (!isObj(seed)) return ['the seed must be a JSON object'];
  const list = (key: string): Obj[] => {
    const v = seed[key];
    if (v === undefined) return [];
    if (!Array.isArray(v) || !v.every(isObj)) {
      problems.push(`${key} must be an array of objects`);
      return [];
    }
    return v;
  };
  for (const key of ['app', 'help_center']) {
    need(seed[key] === undefined || isObj(seed[key]), `${key} must be an object`);
  }
  const admins = list('admins');
  admins.forEach((a, i) => {
    need(str(a.id) && /^\d+$/.test(a.id), `admins[${i}].id must be a numeric string`);
    need(str(a.name) && str(a.email), `admins[${i}] needs a name and an email`);
  });
  const adminIds = new Set(admins.map((a) => a.id));
  need(seed.me === undefined || adminIds.has(seed.me), 'me must be the id of one of the admins');
  list('away_status_reasons').forEach((r, i) => {
    need(str(r.id) && /^\d+$/.test(r.id), `away_status_reasons[${i}].id must be a numeric string`);
    need(str(r.label), `away_status_reasons[${i}].label is required`);
  });
  const tags = list('tags');
  tags.forEach((t, i) => need(str(t.name), `tags[${i}].name is required`));
  const tagNames = new Set(tags.map((t) => String(t.name).toLowerCase()));
  need(tagNames.size === tags.length, 'tags must have distinct names (case-insensitive)');
  const tagIds = new Set(tags.map((t) => t.id));
  list('segments').forEach((s, i) => {
    need(str(s.id) && str(s.name), `segments[${i}] needs an id and a name`);
    const ids = Array.isArray(s.tag_ids) ? s.tag_ids : [];
    need(Array.isArray(s.tag_ids), `segments[${i}].tag_ids must be an array`);
    ids.forEach((t, j) =>
      need(tagIds.has(t), `segments[${i}].tag_ids[${j}] is not a seeded tag id`),
    );
  });
  const collections = list('collections');
  const collectionIds = new Set(collections.map((c) => c.id));
  collections.forEach((c, i) => {
    need(str(c.name), `collections[${i}].name is required`);
    const p = c.parent_id;
    need(
      p === undefined || p === null || collectionIds.has(p),
      `collections[${i}].parent_id is not a seeded collection id`,
    );
  });
  list('articles').forEach((a, i) => {
    need(str(a.title), `articles[${i}].title is required`);
    need(
      adminIds.size === 0 || adminIds.has(String(a.author_id)),
      `articles[${i}].author_id is not a seeded admin id`,
    );
    need(typeof a.author_id === 'number', `articles[${i}].author_id must be a number`);
    const p = a.parent_id;
    need(
      p === undefined || p === null || collectionIds.has(p),
      `articles[${i}].parent_id is not a seeded collection id`,
    );
    need(
      [undefined, 'published', 'draft'].includes(a.state as string),
      `articles[${i}].state must be published or draft`,
    );
  });
  const companies = list('companies');
  companies.forEach((c, i) => {
    need(str(c.company_id), `companies[${i}].company_id is required`);
    need(
      c.id === undefined || (str(c.id) && /^[0-9a-f]{24}$/.test(c.id)),
      `companies[${i}].id must be 24 hex characters`,
    );
    const names = Array.isArray(c.tags) ? c.tags : [];
    names.forEach((n, j) =>
      need(
        typeof n === 'string' && tagNames.has(n.toLowerCase()),
        `companies[${i}].tags[${j}] is not a seeded tag name`,
      ),
    );
  });
  need(
    new Set(companies.map((c) => c.company_id)).size === companies.length,
    'companies must have distinct company_id values',
  );
  problems.push(...checkSeedTranslations(seed));
  return problems;
}
