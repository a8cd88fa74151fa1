// Company look-ups by id and by company_id in constant time. A linear find per request made a
// full scroll of 20,000 companies quadratic (about 17 s of sandbox CPU per plan, #7), which
// Intercom's own backend never shows. The state stays a plain array that tests edit freely, so
// the index is only a hint: every hit is checked against the array, and a stale or missing entry
// falls back to the linear search and rebuilds the index. Results equal `companies.find(...)`.
import type { CompanyRecord } from './state.js';

interface Index {
  byId: Map<string, number>;
  byCompanyId: Map<string, number>;
}

const indexes = new WeakMap<CompanyRecord[], Index>();

function build(companies: CompanyRecord[]): Index {
  const index: Index = { byId: new Map(), byCompanyId: new Map() };
  companies.forEach((c, i) => {
    // The first occurrence wins, as with find().
    if (!index.byId.has(c.id)) index.byId.set(c.id, i);
    if (!index.byCompanyId.has(c.company_id)) index.byCompanyId.set(c.company_id, i);
  });
  indexes.set(companies, index);
  return index;
}

function lookup(
  companies: CompanyRecord[],
  key: keyof Index,
  value: string,
  matches: (c: CompanyRecord) => boolean,
): CompanyRecord | undefined {
  const at = (indexes.get(companies) ?? build(companies))[key].get(value);
  const hit = at === undefined ? undefined : companies[at];
  // Ids and company_ids are unique in every state the sandbox builds, so a checked hit is the
  // one find() would return.
  if (hit && matches(hit)) return hit;
  const found = companies.find(matches);
  // A true miss (a 404) says nothing about the index; only a wrong one is rebuilt.
  if (found || hit) build(companies);
  return found;
}

export function companyById(companies: CompanyRecord[], id: string): CompanyRecord | undefined {
  return lookup(companies, 'byId', id, (c) => c.id === id);
}

export function companyByCompanyId(
  companies: CompanyRecord[],
  companyId: string,
): CompanyRecord | undefined {
  return lookup(companies, 'byCompanyId', companyId, (c) => c.company_id === companyId);
}
