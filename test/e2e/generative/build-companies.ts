// Companies: matched by company_id (exactly), sometimes hidden (no users, so left out of lists),
// tagged with seeded tags live and with declared tags in the config.
import type { SeedCompany } from '../../../src/sandbox/index.js';
import type { BuildContext, Yaml } from './build-context.js';
import type { DeclCompany } from './model.js';
import { UniqueNames } from './text.js';

export const companySeedId = (i: number): string => `c0ffee${i.toString(16).padStart(18, '0')}`;
const MISSING_COMPANY_ID = 'ffffffffffffffffffffffff';

export function buildCompanies(ctx: BuildContext): void {
  const ids = new UniqueNames();
  const seeded: SeedCompany[] = [];
  const entries: Yaml[] = [];
  ctx.spec.companies.forEach((c, i) => {
    const companyId = ids.take(c.companyId);
    if (c.live) {
      const tags = pickTags(c.live.tags, ctx.tagSeedNames);
      seeded.push({
        id: companySeedId(i),
        company_id: companyId,
        user_count: c.live.hidden ? 0 : i + 1,
        ...c.live.fields,
        ...(tags.length > 0 ? { tags } : {}),
      });
    }
    if (c.decl === 'none') return;
    const pin = c.pin;
    const id =
      pin === 'missing'
        ? MISSING_COMPANY_ID
        : pin === 'own' && c.live
          ? companySeedId(i)
          : undefined;
    const entry: Yaml = { company_id: companyId };
    if (id !== undefined) entry.id = id;
    const decl: DeclCompany = { companyId, ensure: c.decl, fields: {}, ...(id ? { id } : {}) };
    if (c.decl === 'absent') {
      entry.ensure = 'absent';
    } else {
      if (id === MISSING_COMPANY_ID)
        ctx.mustRefuse.push(`company "${companyId}" is pinned to a missing id`);
      Object.assign(entry, c.fields);
      decl.fields = c.fields;
      if (c.tags !== undefined) {
        const present = ctx.tagConfigNames.map((n, j) => (ctx.tagPresent[j] ? n : undefined));
        decl.tags = pickTags(c.tags, present);
        entry.tags = decl.tags;
      }
    }
    if (c.protect) entry.protect = true;
    entries.push(entry);
    ctx.model.companies.push(decl);
  });
  if (seeded.length > 0) ctx.seed.companies = seeded;
  if (entries.length > 0) ctx.config.companies = entries;
}

/** Tag names picked by index among the defined ones, without repeats (ignoring case). */
function pickTags(indexes: number[], names: (string | undefined)[]): string[] {
  const pool = names.filter((n): n is string => n !== undefined);
  if (pool.length === 0) return [];
  const picked = new UniqueNames((s) => s.toLowerCase());
  const out: string[] = [];
  for (const k of indexes) {
    const name = pool[k % pool.length]!;
    if (!picked.has(name)) out.push(picked.take(name));
  }
  return out;
}
