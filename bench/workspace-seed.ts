// WHY: the large workspace the plan and apply figures run against. It is rebuilt from the scale
// alone in every process that needs it (sandbox hosts, the baseline's id list, the config writer),
// so nothing large crosses process boundaries and every run sees the same ids.
import type { SandboxSeed, SeedCompany } from '../src/sandbox/index.js';
import { articleBody } from './article-body.js';
import { pad } from './random.js';
import type { Scale } from './scale.js';

export const WORKSPACE_ID = 'bench001';
const PLANS = ['Starter', 'Growth', 'Enterprise'];
const INDUSTRIES = ['Software', 'Retail', 'Finance', 'Health', 'Education'];
const REGIONS = ['EMEA', 'AMER', 'APAC', 'LATAM'];
const TIERS = ['bronze', 'silver', 'gold'];
export const AWAY_REASON = 'On holiday';

export const tagName = (i: number): string => `tag-${pad(i + 1, 5)}`;
export const collectionName = (i: number): string => `Collection ${pad(i + 1, 4)}`;
export const collectionKey = (i: number): string => `col-${pad(i + 1, 4)}`;
export const articleTitle = (i: number): string => `Article ${pad(i + 1, 5)}: getting things done`;
export const articleKey = (i: number): string => `art-${pad(i + 1, 5)}`;
export const companyId = (i: number): string => `co-${pad(i + 1, 6)}`;
/** Intercom's 24-hex company id, fixed per index so a plan's ids hold in every sandbox. */
export const companyHexId = (i: number): string => (i + 1).toString(16).padStart(24, '0');
export const adminEmail = (i: number): string => `admin-${pad(i + 1, 3)}@bench.example`;

/** Collections are a two-level tree: the first fifth are top level, the rest sit under them. */
export function collectionParent(scale: Scale, i: number): number | null {
  const top = Math.max(1, Math.ceil(scale.collections / 5));
  return i < top ? null : i % top;
}

export const articleCollection = (scale: Scale, i: number): number => i % scale.collections;
export const articleAuthor = (scale: Scale, i: number): number => i % scale.admins;
export const isHidden = (scale: Scale, i: number): boolean => i % scale.hiddenEvery === 17;

/** Companies only carry tags from the first tenth, never a tag the plan config renames. */
export function companyTagIndices(scale: Scale, i: number): number[] {
  const pool = Math.max(1, Math.floor(scale.tags / 10));
  const pick = (n: number): number => (n % 20 === 7 ? n + 1 : n) % scale.tags;
  if (i % 3 === 0) return [];
  const first = pick(i % pool);
  const second = pick((i * 7 + 3) % pool);
  return i % 5 === 0 && second !== first ? [first, second].sort((a, b) => a - b) : [first];
}

export function companySeed(scale: Scale, i: number): SeedCompany {
  return {
    id: companyHexId(i),
    company_id: companyId(i),
    name: `Company ${i + 1}`,
    plan: PLANS[i % PLANS.length],
    size: 10 + ((i * 37) % 990),
    industry: INDUSTRIES[i % INDUSTRIES.length],
    monthly_spend: (i * 113) % 10_000,
    session_count: i % 100,
    user_count: isHidden(scale, i) ? 0 : 1 + (i % 40),
    custom_attributes: { region: REGIONS[i % REGIONS.length] ?? 'EMEA', tier: tierOf(i) },
    tags: companyTagIndices(scale, i).map(tagName),
  };
}

export const tierOf = (i: number): string => TIERS[i % TIERS.length] ?? 'gold';
export const regionOf = (i: number): string => REGIONS[i % REGIONS.length] ?? 'EMEA';
export const planOf = (i: number): string => PLANS[i % PLANS.length] ?? 'Growth';

export function buildSeed(scale: Scale): SandboxSeed {
  const range = (n: number): number[] => Array.from({ length: n }, (_, i) => i);
  return {
    app: { id_code: WORKSPACE_ID, name: 'Bench Workspace', region: 'US' },
    admins: range(scale.admins).map((i) => ({
      id: String(i + 1),
      name: `Admin ${i + 1}`,
      email: adminEmail(i),
    })),
    away_status_reasons: [
      { id: '1', label: AWAY_REASON },
      { id: '2', label: 'Sick leave' },
    ],
    tags: range(scale.tags).map((i) => ({ id: String(i + 1), name: tagName(i) })),
    collections: range(scale.collections).map((i) => {
      const parent = collectionParent(scale, i);
      return {
        id: String(i + 1),
        name: collectionName(i),
        description: `Everything about topic ${i + 1}`,
        parent_id: parent === null ? null : String(parent + 1),
      };
    }),
    articles: range(scale.articles).map((i) => ({
      id: String(i + 1),
      title: articleTitle(i),
      description: `How to do task ${i + 1}`,
      body: articleBody(i),
      author_id: articleAuthor(scale, i) + 1,
      state: i % 4 === 0 ? 'draft' : 'published',
      parent_id: String(articleCollection(scale, i) + 1),
    })),
    companies: range(scale.companies).map((i) => companySeed(scale, i)),
  };
}

/** What the per-object baseline knows, like a Terraform state file: the path of each object. */
export function declaredLivePaths(scale: Scale): string[] {
  const range = (n: number): number[] => Array.from({ length: n }, (_, i) => i);
  return [
    ...range(scale.tags).map((i) => `/tags/${i + 1}`),
    ...range(scale.collections).map((i) => `/help_center/collections/${i + 1}`),
    ...range(scale.articles).map((i) => `/articles/${i + 1}`),
    ...range(scale.companies).map((i) => `/companies/${companyHexId(i)}`),
    ...range(scale.admins).map((i) => `/admins/${i + 1}`),
  ];
}
