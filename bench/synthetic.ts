// WHY: the planner-alone figure needs 100,000 declared objects and their live twins without YAML,
// HTTP or a sandbox in the way: this builds the typed Desired directly and an in-memory client
// that answers exactly what the providers ask (bulk lists, company look-ups by company_id), with
// the same 5% of changes, 2% of hidden companies and a few new ones as the workspace bench.
import { IntercomApiError } from '../src/errors/intercom-api-error.js';
import type {
  ApiAdmin,
  ApiArticleListItem,
  ApiCollection,
  ApiCompany,
  ApiTag,
} from '../src/intercom/api-types.js';
import type { IntercomClient, Query } from '../src/intercom/client-types.js';
import type { Desired, DesiredArticle, DesiredCompany, SourcePos } from '../src/model/desired.js';
import { articleBody } from './article-body.js';
import { pad } from './random.js';
import type { Scale } from './scale.js';

export interface Synthetic {
  desired: Desired;
  client: IntercomClient;
  expectedChanges: number;
  objects: number;
}

const FILE = 'synthetic.yaml';

export type SyntheticMix = 'grown' | 'proportional';

/**
 * 'grown' (the figure with the #7 target): the large workspace as it is (1,000 tags, 300
 * collections, 3,000 articles with ~4 KB bodies, 50 admins) grown to `objects` by companies, the
 * kind that grows with a customer base. 'proportional' (reported for information): every kind
 * scaled up alike, which at 100,000 objects means ~12,300 articles, far more than help centers
 * hold, and makes the figure mostly a measure of HTML normalisation.
 */
export function buildSynthetic(base: Scale, mix: SyntheticMix): Synthetic {
  const objects = base.syntheticObjects;
  const all = base.tags + base.collections + base.articles + base.companies + base.admins;
  const share = (k: number): number =>
    mix === 'grown' ? k : Math.max(1, Math.round((objects * k) / all));
  const n = {
    tags: share(base.tags),
    collections: share(base.collections),
    articles: share(base.articles),
    admins: share(base.admins),
  };
  const companies = objects - n.tags - n.collections - n.articles - n.admins;
  let line = 0;
  const pos = (): SourcePos => ({ file: FILE, line: ++line, col: 5 });
  const changed = (i: number): boolean => i % 20 === 7;
  let expectedChanges = 0;
  const count = (yes: boolean): boolean => (yes && expectedChanges++, yes);

  const liveTags: ApiTag[] = [];
  const desired: Desired = {
    configPath: FILE,
    version: 1,
    workspace: {},
    prune: { tags: false, collections: false, articles: false, companies: false },
    protected: [],
    tags: [],
    collections: [],
    articles: [],
    companies: [],
    admins: [],
  };
  for (let i = 0; i < n.tags; i++) {
    const name = `tag-${pad(i, 6)}`;
    liveTags.push({ type: 'tag', id: String(i + 1), name });
    const renamed = count(changed(i));
    desired.tags.push({
      name: renamed ? `${name}-renamed` : name,
      previousNames: renamed ? [name] : [],
      ensure: 'present',
      protect: false,
      pos: pos(),
    });
  }
  const liveCollections: ApiCollection[] = [];
  const top = Math.max(1, Math.ceil(n.collections / 5));
  for (let i = 0; i < n.collections; i++) {
    const parent = i < top ? null : i % top;
    liveCollections.push({
      id: String(i + 1),
      name: `Collection ${i}`,
      description: `Topic ${i}`,
      parent_id: parent === null ? null : String(parent + 1),
    });
    desired.collections.push({
      key: `col-${i}`,
      name: `Collection ${i}`,
      description: count(changed(i)) ? `Topic ${i}, revised` : `Topic ${i}`,
      parent: parent === null ? null : `col-${parent}`,
      previousNames: [],
      ensure: 'present',
      protect: false,
      pos: pos(),
    });
  }
  const liveAdmins: ApiAdmin[] = [];
  for (let i = 0; i < n.admins; i++) {
    const email = `admin-${i}@synthetic.example`;
    liveAdmins.push({
      type: 'admin',
      id: String(i + 1),
      email,
      away_mode_enabled: false,
      away_mode_reassign: false,
      away_status_reason_id: null,
    });
    const away = count(changed(i));
    desired.admins.push({ email, away, reassign: away, pos: pos() });
  }
  const liveArticles: ApiArticleListItem[] = [];
  for (let i = 0; i < n.articles; i++) {
    const body = articleBody(i);
    const collection = i % n.collections;
    liveArticles.push({
      type: 'article',
      id: String(i + 1),
      title: `Article ${i}`,
      description: `Task ${i}`,
      body,
      author_id: (i % n.admins) + 1,
      state: 'published',
      parent_ids: [collection + 1],
    });
    const article: DesiredArticle = {
      key: `art-${i}`,
      title: `Article ${i}`,
      description: `Task ${i}`,
      author: `admin-${i % n.admins}@synthetic.example`,
      state: 'published',
      collection: `col-${collection}`,
      body: count(changed(i)) ? articleBody(i, true) : body,
      previousNames: [],
      ensure: 'present',
      protect: false,
      pos: pos(),
    };
    desired.articles.push(article);
  }
  const tagSlots = Math.max(1, Math.floor(n.tags / 20));
  // Every 20th tag: never one of the renamed ones (i % 20 === 7).
  const companyTag = (i: number): ApiTag => liveTags[(i % tagSlots) * 20]!;
  const listed: ApiCompany[] = [];
  const hidden = new Map<string, ApiCompany>();
  for (let i = 0; i < companies; i++) {
    const companyId = `co-${pad(i, 7)}`;
    const live: ApiCompany = {
      type: 'company',
      id: (i + 1).toString(16).padStart(24, '0'),
      company_id: companyId,
      name: `Company ${i}`,
      plan: { type: 'plan', id: String(1 + (i % 3)), name: `Plan ${i % 3}` },
      size: i % 1000,
      monthly_spend: i % 5000,
      custom_attributes: { region: `R${i % 4}` },
      tags: { type: 'tag.list', tags: i % 3 === 0 ? [] : [companyTag(i)] },
    };
    if (i % 50 === 17) hidden.set(companyId, live);
    else listed.push(live);
    const isNew = changed(i) && i % 200 === 7;
    const company: DesiredCompany = {
      companyId: isNew ? `${companyId}-new` : companyId,
      name: `Company ${i}`,
      plan: `Plan ${i % 3}`,
      size: count(changed(i)) && !isNew ? (i % 1000) + 1 : i % 1000,
      monthlySpend: i % 5000,
      customAttributes: { region: `R${i % 4}` },
      tags: i % 3 === 0 ? [] : [companyTag(i).name],
      ensure: 'present',
      protect: false,
      pos: pos(),
    };
    // A new company leaves the live one it stands in for undeclared (reported as unmanaged).
    desired.companies.push(company);
  }
  return {
    desired,
    client: memoryClient({ liveTags, liveCollections, liveArticles, liveAdmins, listed, hidden }),
    expectedChanges,
    objects:
      desired.tags.length +
      desired.collections.length +
      desired.articles.length +
      desired.companies.length +
      desired.admins.length,
  };
}

interface Live {
  liveTags: ApiTag[];
  liveCollections: ApiCollection[];
  liveArticles: ApiArticleListItem[];
  liveAdmins: ApiAdmin[];
  listed: ApiCompany[];
  hidden: Map<string, ApiCompany>;
}

function memoryClient(live: Live): IntercomClient {
  const refuse = (what: string): never => {
    throw new Error(`synthetic client: unexpected ${what}`);
  };
  const get = async (path: string, query?: Query): Promise<unknown> => {
    if (path === '/tags') return { type: 'list', data: live.liveTags };
    if (path === '/admins') return { type: 'admin.list', admins: live.liveAdmins };
    if (path === '/away_status_reasons') return { type: 'list', data: [] };
    if (path === '/companies' && typeof query?.company_id === 'string') {
      const found = live.hidden.get(query.company_id);
      if (found) return found;
      throw new IntercomApiError({ status: 404, method: 'GET', path, code: 'company_not_found' });
    }
    return refuse(`GET ${path}`);
  };
  return {
    get: async <T>(path: string, query?: Query) => (await get(path, query)) as T,
    post: async () => refuse('POST'),
    put: async () => refuse('PUT'),
    delete: async () => refuse('DELETE'),
    listPages: async <T>(path: string) => {
      if (path === '/articles') return live.liveArticles as T[];
      if (path === '/help_center/collections') return live.liveCollections as T[];
      return refuse(`list ${path}`);
    },
    scrollCompanies: async <T>() => live.listed as T[],
    stats: () => ({ requests: 0, retries: 0, byRoute: {} }),
  };
}
